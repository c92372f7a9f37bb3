import { scopeSignal, type ScopeSignalSprint } from '../../../../src/domain/signals/scopeSignal';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const BUDGET = 200;

/** A sprint as the scope metric gives it against a 200-point budget and the 5 % threshold (flagged when |net| × 100 > 5 × budget). */
const sprint = (n: number, netPoints: number): ScopeSignalSprint => ({
  name: `Sprint ${n}`,
  netPoints,
  shareOfBudget: Math.abs(netPoints) / BUDGET,
  flagged: Math.abs(netPoints) * 100 > 5 * BUDGET,
});
const judge = (...sprints: ScopeSignalSprint[]) => scopeSignal({ budgetPoints: BUDGET, sprints }, thresholds);

describe('scopeSignal', () => {
  describe('not enough data', () => {
    it('without a budget, whatever the sprints', () => {
      const expected = { key: 'scope', title: 'Scope change', level: 'not-enough-data', reason: 'Set the engagement budget to judge scope change' };
      expect(scopeSignal({ budgetPoints: null, sprints: [{ name: 'Sprint 1', netPoints: 30, shareOfBudget: null, flagged: false }] }, thresholds)).toEqual(expected);
      expect(scopeSignal({ budgetPoints: 0, sprints: [] }, thresholds)).toEqual(expected);
    });

    it('with a budget but no started sprint', () => {
      expect(judge()).toMatchObject({ level: 'not-enough-data', reason: 'No sprint has started yet; scope change is judged per started sprint' });
    });
  });

  describe('red: the latest started sprint is flagged', () => {
    it('just over the threshold (10.5 of 200 points)', () => {
      expect(judge(sprint(11, 2), sprint(12, 10.5))).toEqual({
        key: 'scope',
        title: 'Scope change',
        level: 'red',
        reason: 'Sprint 12, the latest sprint, grew by 10.5 points after its start, more than 5 % of the 200-point budget and over the 5 % threshold',
        subject: 'Sprint 12',
      });
    });

    it('shrinking counts as much as growing', () => {
      expect(judge(sprint(12, -14))).toMatchObject({
        level: 'red',
        reason: 'Sprint 12, the latest sprint, shrank by 14 points after its start, 7 % of the 200-point budget and over the 5 % threshold',
      });
    });
  });

  describe('amber: one of the sprints before the latest in the last 3 was flagged', () => {
    it('one earlier sprint', () => {
      expect(judge(sprint(10, 12), sprint(11, 3), sprint(12, 10))).toEqual({
        key: 'scope',
        title: 'Scope change',
        level: 'amber',
        reason: 'Sprint 10 grew by 12 points after its start, 6 % of the 200-point budget and over the 5 % threshold; the latest sprint, Sprint 12, stayed within 5 %',
        subject: 'Sprint 10',
      });
    });

    it('two earlier sprints: the count, and the largest', () => {
      expect(judge(sprint(10, 12), sprint(11, -13), sprint(12, 0))).toMatchObject({
        level: 'amber',
        reason: '2 of the last 3 sprints changed scope by more than 5 % of the 200-point budget, the largest in Sprint 11 (shrank by 13 points, 7 %); the latest sprint, Sprint 12, stayed within 5 %',
      });
    });

    it('a flagged sprint older than the last 3 no longer counts', () => {
      expect(judge(sprint(9, 40), sprint(10, 1), sprint(11, 2), sprint(12, 3)).level).toBe('green');
    });
  });

  describe('green', () => {
    it('exactly on the threshold is not over it (10 of 200 points)', () => {
      expect(judge(sprint(10, 10), sprint(11, -10), sprint(12, 10))).toEqual({
        key: 'scope',
        title: 'Scope change',
        level: 'green',
        reason: 'None of the last 3 sprints changed scope by more than 5 % of the 200-point budget; the latest, Sprint 12, grew by 10 points (5 %)',
        subject: 'Sprint 12',
      });
    });

    it('an unchanged latest sprint', () => {
      expect(judge(sprint(11, 1), sprint(12, 0))).toMatchObject({
        level: 'green',
        reason: 'None of the last 2 sprints changed scope by more than 5 % of the 200-point budget; the latest, Sprint 12, had no net scope change (0 %)',
      });
    });

    it('the only started sprint', () => {
      expect(judge(sprint(1, 0.5))).toMatchObject({
        level: 'green',
        reason: 'Sprint 1, the only started sprint, grew by 0.5 points after its start, less than 1 % of the 200-point budget and within the 5 % threshold',
      });
    });
  });

  it('takes the configured share, and the share from the budget when the metric gave none', () => {
    const signal = scopeSignal(
      { budgetPoints: 1000, sprints: [{ name: 'Sprint 12', netPoints: 25, shareOfBudget: null, flagged: true }] },
      { ...thresholds, scope: { sharePercent: 2 } },
    );
    expect(signal).toMatchObject({ level: 'red', reason: 'Sprint 12, the latest sprint, grew by 25 points after its start, 3 % of the 1,000-point budget and over the 2 % threshold' });
  });
});
