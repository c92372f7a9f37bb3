import { ACCEPTANCE_PROPERTY_KEY, acceptanceMirror, acceptanceMirrorMatches } from '../../../src/domain/acceptance/mirror';
import { HOUR, record, T0, verdict } from './acceptanceBuilders';

describe('acceptanceMirror (the searchable issue property, acceptanceState)', () => {
  const rejectedThenAccepted = record('10042', [
    verdict({ round: 1, verdict: 'changes-requested', at: T0, feedback: 'Fix the copy.' }),
    verdict({ round: 2, verdict: 'accepted', at: T0 + 3 * HOUR }),
  ]);

  it('says what the last verdict of the trusted record says', () => {
    expect(ACCEPTANCE_PROPERTY_KEY).toBe('engagement-health-acceptance');
    expect(acceptanceMirror(rejectedThenAccepted)).toEqual({ state: 'accepted', round: 2, verdictAt: '2026-01-12T18:00:00.000Z' });
    expect(acceptanceMirror(record('10043', [verdict({ verdict: 'changes-requested', feedback: 'No.' })]))).toEqual({ state: 'changes-requested', round: 1, verdictAt: '2026-01-12T15:00:00.000Z' });
  });

  it('is cleared (nothing for JQL to find) without a verdict', () => {
    expect(acceptanceMirror(undefined)).toEqual({ state: null, round: null, verdictAt: null });
    expect(acceptanceMirror(record('10044', []))).toEqual({ state: null, round: null, verdictAt: null });
  });

  it('stays small however many rounds the record holds', () => {
    const long = record('10045', Array.from({ length: 5_000 }, (_, n) => verdict({ round: n + 1, verdict: n % 2 ? 'accepted' : 'changes-requested', at: T0 + n * HOUR })));
    expect(JSON.stringify(acceptanceMirror(long)).length).toBeLessThan(200);
  });

  it('matches a stored copy regardless of key order; a missing property matches "no verdict"; a forged one matches nothing', () => {
    const expected = acceptanceMirror(rejectedThenAccepted);
    expect(acceptanceMirrorMatches(JSON.parse(JSON.stringify({ verdictAt: expected.verdictAt, round: 2, state: 'accepted' })), expected)).toBe(true);
    expect(acceptanceMirrorMatches({ state: 'accepted' }, expected)).toBe(false);
    expect(acceptanceMirrorMatches(null, expected)).toBe(false);
    const none = acceptanceMirror(undefined);
    expect(acceptanceMirrorMatches(null, none)).toBe(true);
    expect(acceptanceMirrorMatches(undefined, none)).toBe(true);
    expect(acceptanceMirrorMatches({ state: null, round: null, verdictAt: null }, none)).toBe(true);
    expect(acceptanceMirrorMatches({ state: 'accepted' }, none)).toBe(false);
  });
});
