import { canSupersede, markSuperseded, raiseDecision, recordDecision, type DecisionResult } from '../../../src/domain/decisions/rules';
import type { Decision } from '../../../src/domain/decisions/types';
import { aDecidedDecision, aPolicy, aRaisedDecision, HOUR, MONDAY_10_NY, PRODUCT_OWNER, raiseInput } from './policyBuilders';

const ok = (result: DecisionResult): Decision => {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result.decision;
};
const policy = aPolicy();

describe('superseding', () => {
  const old = aDecidedDecision({ id: 'D-1' });
  const later = MONDAY_10_NY + 48 * HOUR;

  it('chains: raise a successor, decide it, then link the old one — nothing else of the old record changes', () => {
    const successor = ok(raiseDecision(raiseInput({ id: 'D-2', supersedes: old, question: 'Exclude archived rows after all?' }), policy, later));
    expect(successor.supersedes).toBe('D-1');
    const decided = ok(recordDecision(successor, { byAccountId: PRODUCT_OWNER, outcome: 'Exclude them.', approval: null }, policy, later + HOUR));
    const linked = ok(markSuperseded(old, decided, later + HOUR));
    expect(linked).toEqual({
      ...old,
      supersededBy: 'D-2',
      history: [...old.history, { type: 'superseded', at: later + HOUR, byAccountId: PRODUCT_OWNER, byDecisionId: 'D-2' }],
      version: old.version + 1,
    });
    expect(canSupersede(old)).toBe(true);
    expect(canSupersede(linked)).toBe(false);

    // The chain goes on: D-3 supersedes D-2, but nothing can supersede D-1 again.
    expect(raiseDecision(raiseInput({ id: 'D-3', supersedes: decided }), policy, later).ok).toBe(true);
    expect(raiseDecision(raiseInput({ id: 'D-3', supersedes: linked }), policy, later)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'D-1 was already superseded by D-2',
    });
    expect(markSuperseded(linked, decided, later)).toEqual({ ok: false, code: 'conflict', message: 'D-1 was already superseded by D-2' });
  });

  it('only supersedes a decided decision of the same issue and category', () => {
    expect(raiseDecision(raiseInput({ id: 'D-2', supersedes: aRaisedDecision() }), policy, later)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'D-1 is not decided yet; only a decided decision can be superseded',
    });
    expect(raiseDecision(raiseInput({ id: 'D-2', issueId: '10002', issueKey: 'ENG-2', supersedes: old }), policy, later)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'D-1 is a decision of another issue; a decision can only supersede one on the same issue',
    });
    expect(raiseDecision(raiseInput({ id: 'D-2', category: 'technical', supersedes: old }), policy, later)).toEqual({
      ok: false,
      code: 'invalid',
      message: 'D-1 is a Product & UX decision; the decision that supersedes it must be one too',
    });
  });

  it('links only a decided successor that names the old decision', () => {
    const pendingSuccessor = ok(raiseDecision(raiseInput({ id: 'D-2', supersedes: old }), policy, later));
    expect(markSuperseded(old, pendingSuccessor, later)).toEqual({ ok: false, code: 'invalid', message: 'D-2 must be decided before it supersedes D-1' });
    const unrelated = aDecidedDecision({ id: 'D-9' });
    expect(markSuperseded(old, unrelated, later)).toEqual({ ok: false, code: 'invalid', message: 'D-9 does not supersede D-1' });
    expect(markSuperseded(aRaisedDecision(), unrelated, later)).toEqual({ ok: false, code: 'invalid', message: 'D-1 is not decided; only a decided decision can be superseded' });
  });
});

describe('versions', () => {
  it('bump by one on every write: raise 1, record 2, supersede 3', () => {
    const raised = aRaisedDecision();
    const decided = ok(recordDecision(raised, { byAccountId: PRODUCT_OWNER, outcome: 'Yes', approval: null }, policy, MONDAY_10_NY + HOUR));
    const successor = ok(recordDecision(aRaisedDecision({ id: 'D-2', supersedes: decided }), { byAccountId: PRODUCT_OWNER, outcome: 'No', approval: null }, policy, MONDAY_10_NY + 2 * HOUR));
    expect([raised.version, decided.version, ok(markSuperseded(decided, successor, MONDAY_10_NY + 2 * HOUR)).version]).toEqual([1, 2, 3]);
  });
});
