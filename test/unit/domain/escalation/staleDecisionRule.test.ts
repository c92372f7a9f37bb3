import { staleDecisionEscalations } from '../../../../src/domain/escalation/staleDecisionRule';
import type { Decision } from '../../../../src/domain/decisions/types';
import type { EngagementPolicy } from '../../../../src/domain/policy/types';
import { aRaisedDecision, TECH_LEAD } from '../policyBuilders';
import { aPendingDecision, anEscalationPolicy, at, CLIENT_SPONSOR, DECISION_MAKER, PRODUCT_OWNER } from './escalationBuilders';

const run = (decisions: Decision[], policy: EngagementPolicy, now: number) => staleDecisionEscalations(decisions, { policy, now });
const business = anEscalationPolicy();

describe('staleDecisionEscalations', () => {
  // Product & UX, raised Tuesday 27 Oct 10:00 EDT; stale at 72 business hours of New York: Monday 9 Nov 10:00 EST.
  const raisedAt = at('2026-10-27T14:00:00Z');
  const staleAt = at('2026-11-09T15:00:00Z');
  const decision = aPendingDecision({ raisedAt, dueAt: at('2026-10-30T14:00:00Z'), staleAt });

  it('escalates at the stale time to the client sponsor when the category names no one to escalate to, then the owners', () => {
    expect(run([decision], business, staleAt - 1)).toEqual([]);
    expect(run([decision], business, staleAt)).toEqual([
      {
        id: 'stale-decision:D-1:escalate',
        rule: 'stale-decision',
        subjectId: 'D-1',
        step: 'escalate',
        issueId: '10001',
        issueKey: 'ENG-1',
        dueAt: staleAt,
        recipients: [
          { accountId: CLIENT_SPONSOR, role: 'client-sponsor' },
          { accountId: PRODUCT_OWNER, role: 'owner' },
        ],
        facts: {
          rule: 'stale-decision',
          decisionId: 'D-1',
          question: 'Should the export include archived rows?',
          category: 'product',
          raisedBy: 'acc-tech-lead',
          raisedAt,
          countedHoursWaiting: 72,
          clockWords: 'business hours',
          thresholdHours: 72,
        },
      },
    ]);
  });

  it('keeps its due time and id later, counting the business hours waited since it was raised', () => {
    const [later] = run([decision], business, at('2026-11-09T20:00:00Z')); // Monday 15:00 EST
    expect(later!.id).toBe('stale-decision:D-1:escalate');
    expect(later!.dueAt).toBe(staleAt);
    expect(later!.facts).toMatchObject({ countedHoursWaiting: 77 });
  });

  it('escalates to the category’s decision makers (the current policy’s) before its owners, each person once', () => {
    const policy = anEscalationPolicy();
    policy.categories.product.escalateToIds = [DECISION_MAKER, PRODUCT_OWNER];
    const [escalation] = run([decision], policy, staleAt);
    expect(escalation!.recipients).toEqual([
      { accountId: DECISION_MAKER, role: 'decision-maker' },
      { accountId: PRODUCT_OWNER, role: 'decision-maker' },
    ]);
  });

  it('names only the owners when there is neither a decision maker nor a client sponsor', () => {
    const [escalation] = run([decision], anEscalationPolicy({ clientSponsorId: null }), staleAt);
    expect(escalation!.recipients).toEqual([{ accountId: PRODUCT_OWNER, role: 'owner' }]);
  });

  it('counts a technical decision on the delivery team’s hours (Warsaw, across its fall back on 25 Oct), or on the wall clock', () => {
    // Friday 23 Oct 16:00 CEST: 1 h, then 8 h a day: 1 + 8 × 8 = 65 by Wednesday 4 Nov, the 72nd Thursday 5 Nov 16:00 CET.
    const raised = aRaisedDecision({ category: 'technical' }, business, at('2026-10-23T14:00:00Z'));
    expect(raised.staleAt).toBe(at('2026-11-05T15:00:00Z'));
    const [escalation] = run([raised], business, at('2026-11-05T16:00:00Z'));
    expect(escalation!.recipients).toEqual([
      { accountId: CLIENT_SPONSOR, role: 'client-sponsor' },
      { accountId: TECH_LEAD, role: 'owner' },
    ]);
    expect(escalation!.facts).toMatchObject({ category: 'technical', countedHoursWaiting: 73, clockWords: 'business hours' });
    // 13 days and 2 hours of wall time.
    const [wall] = run([raised], anEscalationPolicy({ clockMode: 'wall' }), at('2026-11-05T16:00:00Z'));
    expect(wall!.facts).toMatchObject({ countedHoursWaiting: 13 * 24 + 2, clockWords: null });
  });

  it('leaves decided and withdrawn decisions alone, and does nothing when the rule is off', () => {
    expect(run([{ ...decision, status: 'decided' }, { ...decision, status: 'withdrawn' }], business, staleAt)).toEqual([]);
    const off = anEscalationPolicy();
    off.escalation.rules.staleDecision.enabled = false;
    expect(run([decision], off, staleAt)).toEqual([]);
  });
});
