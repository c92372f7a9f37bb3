import {
  canRecord,
  canWithdraw,
  hasImpactPrecision,
  isImpactEstimate,
  raiseDecision,
  recordDecision,
  withdrawDecision,
  type DecisionResult,
} from '../../../src/domain/decisions/rules';
import { DECISION_LIMITS } from '../../../src/domain/decisions/limits';
import type { Decision } from '../../../src/domain/decisions/types';
import {
  aDecidedDecision,
  aPolicy,
  aRaisedDecision,
  DECISION_MAKER,
  DEVELOPER,
  HOUR,
  MONDAY_10_NY,
  PRODUCT_OWNER,
  raiseInput,
  TECH_LEAD,
} from './policyBuilders';

const ok = (result: DecisionResult): Decision => {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result.decision;
};
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const policy = aPolicy();

describe('raiseDecision', () => {
  it('raises a pending decision with the owners, SLA due time and stale time on the business clock', () => {
    const d = ok(raiseDecision(raiseInput({ question: '  Which copy for the empty state?  ', optionsConsidered: [' A ', 'B'] }), policy, MONDAY_10_NY));
    expect(d).toEqual({
      id: 'D-1',
      projectKey: 'ENG',
      issueId: '10001',
      issueKey: 'ENG-1',
      category: 'product',
      question: 'Which copy for the empty state?',
      optionsConsidered: ['A', 'B'],
      raisedBy: TECH_LEAD,
      raisedAt: MONDAY_10_NY,
      ownerIds: [PRODUCT_OWNER],
      dueAt: Date.parse('2026-01-15T15:00:00Z'), // 24 business hours in New York: Thursday 10:00 EST
      staleAt: Date.parse('2026-01-23T15:00:00Z'), // 72 business hours: 9 working days later
      status: 'pending',
      outcome: null,
      decidedBy: null,
      decidedAt: null,
      approval: null,
      impactPoints: null,
      supersedes: null,
      supersededBy: null,
      history: [{ type: 'raised', at: MONDAY_10_NY, byAccountId: TECH_LEAD }],
      version: 1,
    });
  });

  it('has no due time without an SLA, and counts technical clocks in the delivery team calendar', () => {
    const d = ok(raiseDecision(raiseInput({ category: 'technical' }), policy, MONDAY_10_NY));
    expect(d.dueAt).toBeNull();
    expect(d.ownerIds).toEqual([TECH_LEAD]);
    // Monday 16:00 in Warsaw: 1 h that day, 32 h Tue–Fri, 32 h Mon–Thu, 7 h on Friday 23 Jan → 16:00 CET.
    expect(iso(d.staleAt)).toBe('2026-01-23T15:00:00.000Z');
  });

  it('counts wall-clock hours on a wall clock', () => {
    const d = ok(raiseDecision(raiseInput(), aPolicy({ clockMode: 'wall' }), MONDAY_10_NY));
    expect(d.dueAt).toBe(MONDAY_10_NY + 24 * HOUR);
    expect(d.staleAt).toBe(MONDAY_10_NY + 72 * HOUR);
  });

  it('copies the owners, so a later change of the policy does not change the record', () => {
    const p = aPolicy();
    const d = ok(raiseDecision(raiseInput(), p, MONDAY_10_NY));
    p.categories.product.ownerIds.push('someone-else');
    expect(d.ownerIds).toEqual([PRODUCT_OWNER]);
  });

  it.each([
    ['an empty question', { question: '   ' }, 'Write the question in 1 to 1000 characters'],
    ['a question over 1000 characters', { question: 'q'.repeat(1001) }, 'Write the question in 1 to 1000 characters'],
    ['more than 10 options', { optionsConsidered: Array.from({ length: 11 }, (_, i) => `Option ${i}`) }, 'List at most 10 options considered'],
    ['an empty option', { optionsConsidered: ['A', '  '] }, 'Write each option considered in 1 to 200 characters'],
    ['an option over 200 characters', { optionsConsidered: ['o'.repeat(201)] }, 'Write each option considered in 1 to 200 characters'],
    ['an unknown category', { category: 'legal' as never }, 'Choose Technical, Product & UX or Scope & timeline'],
  ])('refuses %s', (_what, overrides, message) => {
    expect(raiseDecision(raiseInput(overrides), policy, MONDAY_10_NY)).toEqual({ ok: false, code: 'invalid', message });
  });

  it('accepts the limits exactly: 1000 characters, 10 options of 200, no options', () => {
    const options = Array.from({ length: 10 }, () => 'o'.repeat(200));
    expect(raiseDecision(raiseInput({ question: 'q'.repeat(1000), optionsConsidered: options }), policy, MONDAY_10_NY).ok).toBe(true);
    expect(raiseDecision(raiseInput({ optionsConsidered: [] }), policy, MONDAY_10_NY).ok).toBe(true);
  });

  it('refuses a category that nobody owns yet', () => {
    const p = aPolicy();
    p.categories.technical.ownerIds = [];
    expect(raiseDecision(raiseInput({ category: 'technical' }), p, MONDAY_10_NY)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'No one owns Technical decisions yet; a project admin names the owners in the project settings',
    });
  });
});

describe('raiseDecision: a scope decision’s estimated impact', () => {
  it('keeps the estimate on a Scope & timeline decision; left out or null, it is not estimated', () => {
    expect(ok(raiseDecision(raiseInput({ category: 'scope', impactPoints: 40 }), policy, MONDAY_10_NY)).impactPoints).toBe(40);
    expect(ok(raiseDecision(raiseInput({ category: 'scope', impactPoints: 2.5 }), policy, MONDAY_10_NY)).impactPoints).toBe(2.5);
    expect(ok(raiseDecision(raiseInput({ category: 'scope', impactPoints: null }), policy, MONDAY_10_NY)).impactPoints).toBeNull();
    expect(ok(raiseDecision(raiseInput({ category: 'scope' }), policy, MONDAY_10_NY)).impactPoints).toBeNull();
  });

  it('refuses an estimate on another category', () => {
    expect(raiseDecision(raiseInput({ category: 'technical', impactPoints: 3 }), policy, MONDAY_10_NY)).toEqual({ ok: false, code: 'invalid', message: 'Only Scope & timeline decisions carry an estimated impact' });
    expect(raiseDecision(raiseInput({ category: 'product', impactPoints: null }), policy, MONDAY_10_NY).ok).toBe(true);
  });

  it.each([0, -5, 1_000_000.5, 2_000_000, 2.25, Number.NaN, Number.POSITIVE_INFINITY])('refuses an estimate of %p points', (impactPoints) => {
    expect(raiseDecision(raiseInput({ category: 'scope', impactPoints }), policy, MONDAY_10_NY)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Estimate the impact in more than 0 and at most 1,000,000 story points, to 1 decimal place',
    });
  });

  it('accepts the bounds exactly: a tenth of a point and 1,000,000 points', () => {
    expect(DECISION_LIMITS.impactPointsMax).toBe(1_000_000);
    expect([0.1, 1_000_000, 1.1, 999_999.9].map(isImpactEstimate)).toEqual([true, true, true, true]);
    expect([1.15, 0.05, 0.30000000000000004].map(hasImpactPrecision)).toEqual([false, false, false]);
  });
});

describe('raiseDecision: open decisions per issue', () => {
  it('refuses a new decision once the issue holds the most open (pending) decisions it may, saying what to do', () => {
    expect(DECISION_LIMITS.openPerIssueMax).toBe(50);
    expect(raiseDecision(raiseInput({ openOnIssue: 50 }), policy, MONDAY_10_NY)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'ENG-1 already has 50 open decisions, the most one issue can hold; decide or withdraw one of them before raising another',
    });
    expect(raiseDecision(raiseInput({ openOnIssue: 51 }), policy, MONDAY_10_NY)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('raises up to the limit; decided and withdrawn decisions do not count', () => {
    expect(raiseDecision(raiseInput({ openOnIssue: 49 }), policy, MONDAY_10_NY).ok).toBe(true);
    expect(raiseDecision(raiseInput({ openOnIssue: 0 }), policy, MONDAY_10_NY).ok).toBe(true);
  });
});

describe('recordDecision', () => {
  const pending = aRaisedDecision();

  it('lets an owner record the outcome: decided fields, history, version + 1', () => {
    const at = MONDAY_10_NY + 2 * HOUR;
    const d = ok(recordDecision(pending, { byAccountId: PRODUCT_OWNER, outcome: ' Include them. ', approval: null }, policy, at));
    expect(d).toEqual({
      ...pending,
      status: 'decided',
      outcome: 'Include them.',
      decidedBy: PRODUCT_OWNER,
      decidedAt: at,
      history: [...pending.history, { type: 'decided', at, byAccountId: PRODUCT_OWNER }],
      version: 2,
    });
    expect(pending.status).toBe('pending'); // the input is not mutated
  });

  it('refuses anyone but a current owner of the category', () => {
    for (const who of [DEVELOPER, TECH_LEAD, DECISION_MAKER]) {
      expect(recordDecision(pending, { byAccountId: who, outcome: 'Yes', approval: null }, policy, MONDAY_10_NY)).toEqual({
        ok: false,
        code: 'forbidden',
        message: 'Only Product & UX owners can record this decision',
      });
    }
  });

  it('follows the policy now: a new owner may record, a removed one may not', () => {
    const changed = aPolicy();
    changed.categories.product.ownerIds = ['new-po'];
    expect(recordDecision(pending, { byAccountId: 'new-po', outcome: 'Yes', approval: null }, changed, MONDAY_10_NY).ok).toBe(true);
    expect(recordDecision(pending, { byAccountId: PRODUCT_OWNER, outcome: 'Yes', approval: null }, changed, MONDAY_10_NY)).toMatchObject({ code: 'forbidden' });
  });

  it('needs an outcome of 1–5000 characters', () => {
    const message = 'Write the outcome in 1 to 5000 characters';
    for (const outcome of [' ', 'o'.repeat(5001)]) {
      expect(recordDecision(pending, { byAccountId: PRODUCT_OWNER, outcome, approval: null }, policy, MONDAY_10_NY)).toEqual({ ok: false, code: 'invalid', message });
    }
    expect(recordDecision(pending, { byAccountId: PRODUCT_OWNER, outcome: 'o'.repeat(5000), approval: null }, policy, MONDAY_10_NY).ok).toBe(true);
  });

  it('refuses an approval on a category other than scope & timeline', () => {
    expect(
      recordDecision(pending, { byAccountId: PRODUCT_OWNER, outcome: 'Yes', approval: { verdict: 'approved', text: 'ok' } }, policy, MONDAY_10_NY),
    ).toEqual({ ok: false, code: 'invalid', message: 'Only Scope & timeline decisions carry a written approval; Product & UX decisions record the outcome only' });
  });

  describe('scope & timeline', () => {
    const scope = aRaisedDecision({ category: 'scope', question: 'Add CSV export to release 2?' });

    it('requires the decision maker’s written approval or rejection', () => {
      expect(recordDecision(scope, { byAccountId: DECISION_MAKER, outcome: 'Added', approval: null }, policy, MONDAY_10_NY)).toEqual({
        ok: false,
        code: 'invalid',
        message: 'A Scope & timeline decision needs the written approval or rejection of the decision maker',
      });
      expect(recordDecision(scope, { byAccountId: DECISION_MAKER, outcome: 'Added', approval: { verdict: 'approved', text: '  ' } }, policy, MONDAY_10_NY)).toEqual({
        ok: false,
        code: 'invalid',
        message: 'Write the approval in 1 to 5000 characters',
      });
      expect(
        recordDecision(scope, { byAccountId: DECISION_MAKER, outcome: 'Added', approval: { verdict: 'maybe' as never, text: 'Hm' } }, policy, MONDAY_10_NY),
      ).toEqual({ ok: false, code: 'invalid', message: 'Choose approve or reject' });
    });

    it('records the approval text with the verdict, and a rejection too', () => {
      const approved = ok(
        recordDecision(scope, { byAccountId: DECISION_MAKER, outcome: 'Added to release 2', approval: { verdict: 'approved', text: ' I approve +5 points. ' } }, policy, MONDAY_10_NY),
      );
      expect(approved.approval).toEqual({ verdict: 'approved', text: 'I approve +5 points.' });
      const rejected = ok(recordDecision(scope, { byAccountId: DECISION_MAKER, outcome: 'Not now', approval: { verdict: 'rejected', text: 'No budget.' } }, policy, MONDAY_10_NY));
      expect(rejected.approval).toEqual({ verdict: 'rejected', text: 'No budget.' });
    });

    it('cannot be recorded by the product owner or tech lead', () => {
      expect(recordDecision(scope, { byAccountId: PRODUCT_OWNER, outcome: 'Added', approval: { verdict: 'approved', text: 'ok' } }, policy, MONDAY_10_NY)).toEqual({
        ok: false,
        code: 'forbidden',
        message: 'Only Scope & timeline owners can record this decision',
      });
    });
  });

  it('is immutable once decided, and a withdrawn one cannot be recorded', () => {
    const decided = aDecidedDecision();
    expect(recordDecision(decided, { byAccountId: PRODUCT_OWNER, outcome: 'Changed my mind', approval: null }, policy, MONDAY_10_NY)).toEqual({
      ok: false,
      code: 'conflict',
      message: 'This decision was already decided; raise a new one that supersedes it to change it',
    });
    const withdrawn = ok(withdrawDecision(pending, { byAccountId: TECH_LEAD, reason: null }, MONDAY_10_NY));
    expect(recordDecision(withdrawn, { byAccountId: PRODUCT_OWNER, outcome: 'Yes', approval: null }, policy, MONDAY_10_NY)).toEqual({
      ok: false,
      code: 'conflict',
      message: 'This decision was withdrawn',
    });
  });
});

describe('withdrawDecision', () => {
  const pending = aRaisedDecision();

  it('lets whoever raised it withdraw a pending decision, with an optional reason', () => {
    const at = MONDAY_10_NY + HOUR;
    const d = ok(withdrawDecision(pending, { byAccountId: TECH_LEAD, reason: '  Answered in the spec.  ' }, at));
    expect(d.status).toBe('withdrawn');
    expect(d.version).toBe(2);
    expect(d.history.at(-1)).toEqual({ type: 'withdrawn', at, byAccountId: TECH_LEAD, reason: 'Answered in the spec.' });
    expect(ok(withdrawDecision(pending, { byAccountId: TECH_LEAD, reason: '   ' }, at)).history.at(-1)).toMatchObject({ reason: null });
  });

  it('refuses anyone else, even an owner', () => {
    for (const who of [PRODUCT_OWNER, DEVELOPER]) {
      expect(withdrawDecision(pending, { byAccountId: who, reason: null }, MONDAY_10_NY)).toEqual({
        ok: false,
        code: 'forbidden',
        message: 'Only the person who raised this decision can withdraw it',
      });
    }
  });

  it('refuses a reason over 1000 characters', () => {
    expect(withdrawDecision(pending, { byAccountId: TECH_LEAD, reason: 'r'.repeat(1001) }, MONDAY_10_NY)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses a decided or already withdrawn decision', () => {
    expect(withdrawDecision(aDecidedDecision(), { byAccountId: TECH_LEAD, reason: null }, MONDAY_10_NY)).toMatchObject({ ok: false, code: 'conflict' });
    const withdrawn = ok(withdrawDecision(pending, { byAccountId: TECH_LEAD, reason: null }, MONDAY_10_NY));
    expect(withdrawDecision(withdrawn, { byAccountId: TECH_LEAD, reason: null }, MONDAY_10_NY)).toEqual({
      ok: false,
      code: 'conflict',
      message: 'This decision was withdrawn',
    });
  });
});

describe('canRecord and canWithdraw', () => {
  const pending = aRaisedDecision();
  it('say who may act on a pending decision and that nobody may on a closed one', () => {
    expect(canRecord(pending, PRODUCT_OWNER, policy)).toBe(true);
    expect(canRecord(pending, TECH_LEAD, policy)).toBe(false);
    expect(canWithdraw(pending, TECH_LEAD)).toBe(true);
    expect(canWithdraw(pending, PRODUCT_OWNER)).toBe(false);
    const decided = aDecidedDecision();
    expect(canRecord(decided, PRODUCT_OWNER, policy)).toBe(false);
    expect(canWithdraw(decided, TECH_LEAD)).toBe(false);
  });
});
