import { decisionLatency } from '../../../src/domain/decisions/latency';
import { median } from '../../../src/domain/median';
import { withdrawDecision } from '../../../src/domain/decisions/rules';
import { aDecidedDecision, aPolicy, aRaisedDecision, HOUR, TECH_LEAD } from './policyBuilders';

describe('median', () => {
  it('is the middle value, the mean of the middle two for an even count, null for none', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 10, 2])).toBe(3);
  });
});

describe('decisionLatency', () => {
  const policy = aPolicy({ clockMode: 'wall' });

  it('gives the median time to decision per category and how many met the SLA', () => {
    const withdrawn = withdrawDecision(aRaisedDecision({}, policy), { byAccountId: TECH_LEAD, reason: null }, 0);
    if (!withdrawn.ok) throw new Error(withdrawn.message);
    const decisions = [
      aDecidedDecision({ category: 'product' }, 2 * HOUR, policy),
      aDecidedDecision({ category: 'product' }, 30 * HOUR, policy),
      aDecidedDecision({ category: 'product' }, 10 * HOUR, policy),
      aDecidedDecision({ category: 'product' }, 24 * HOUR, policy), // exactly on the SLA counts as within
      aDecidedDecision({ category: 'technical' }, 5 * HOUR, policy),
      aRaisedDecision({ category: 'technical' }, policy), // pending: not counted
      withdrawn.decision, // withdrawn: not counted
    ];
    expect(decisionLatency(decisions, policy)).toEqual([
      { category: 'technical', decidedCount: 1, medianHours: 5, withinSlaCount: null },
      { category: 'product', decidedCount: 4, medianHours: 17, withinSlaCount: 3 },
      { category: 'scope', decidedCount: 0, medianHours: null, withinSlaCount: null },
    ]);
  });

  it('counts hours on the business clock: a decision over the weekend took only the working hours', () => {
    const business = aPolicy();
    // Raised Monday 10:00 New York, decided 4 days later (Friday 10:00) = 32 business hours.
    const d = aDecidedDecision({ category: 'product' }, 96 * HOUR, business);
    expect(decisionLatency([d], business)[1]).toEqual({ category: 'product', decidedCount: 1, medianHours: 32, withinSlaCount: 0 });
  });
});
