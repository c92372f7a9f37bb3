/**
 * The raise payload's estimated impact (issue 10, rule 4): a number of story points on a
 * Scope & timeline decision only, within the domain's bounds; each refusal names the field.
 */
import { parsePayload } from '../../../src/forge/context';
import { payloadSchemas } from '../../../src/forge/payloads';
import { AppError } from '../../../src/app/errors';

const scope = { category: 'scope', question: 'Add Apple Pay to the release?', optionsConsidered: [] };

/** The field messages of a refused payload, or the parsed payload. */
function parse(payload: unknown) {
  try {
    return { ok: true as const, payload: parsePayload(payloadSchemas.raise, payload) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false as const, code: error.code, fields: error.fields };
  }
}

describe('decisions/raise payload: impactPoints', () => {
  it.each([40, 2.5, 0.1, 1_000_000, 1.1])('accepts %p points on a scope decision', (impactPoints) => {
    expect(parse({ ...scope, impactPoints })).toEqual({ ok: true, payload: { ...scope, impactPoints } });
  });

  it('accepts a scope decision without an estimate, left out or null', () => {
    expect(parse(scope)).toEqual({ ok: true, payload: scope });
    expect(parse({ ...scope, impactPoints: null })).toEqual({ ok: true, payload: { ...scope, impactPoints: null } });
  });

  it.each([
    ['zero', 0, 'The estimated impact must be more than 0 points.'],
    ['negative', -8, 'The estimated impact must be more than 0 points.'],
    ['too big', 1_000_000.1, 'The estimated impact must be at most 1,000,000 points.'],
    ['more than one decimal place', 2.25, 'Write the estimated impact to at most 1 decimal place.'],
    ['NaN', Number.NaN, 'The estimated impact must be a number of story points.'],
    ['infinite', Number.POSITIVE_INFINITY, 'The estimated impact must be a number of story points.'],
    ['a string', '40', 'The estimated impact must be a number of story points.'],
    ['a list', [40], 'The estimated impact must be a number of story points.'],
  ])('refuses an estimate that is %s, naming the field', (_what, impactPoints, message) => {
    expect(parse({ ...scope, impactPoints })).toEqual({ ok: false, code: 'invalid', fields: { impactPoints: message } });
  });

  it.each(['technical', 'product'])('refuses an estimate on a %s decision with a clear field error; null is fine', (category) => {
    expect(parse({ ...scope, category, impactPoints: 5 })).toEqual({ ok: false, code: 'invalid', fields: { impactPoints: 'Only Scope & timeline decisions carry an estimated impact.' } });
    expect(parse({ ...scope, category, impactPoints: null }).ok).toBe(true);
  });
});
