import { sprintPredictability } from '../../../../src/domain/metrics/predictability';
import { PREDICTABILITY_BAND_PERCENT, ROLLING_VELOCITY_SPRINTS } from '../../../../src/domain/metrics/thresholds';
import type { SprintVelocity } from '../../../../src/domain/metrics/velocity';
import { sprint } from './metricsBuilders';

const v = (sprintId: number, committed: number, completed: number): SprintVelocity => ({ sprintId, committed, completed, committedIssueKeys: [], completedIssueKeys: [] });
// Sprints given out of order: they are ordered by completion.
const sprints = [sprint(4, 52, 66), sprint(1, 10, 24), sprint(3, 38, 52), sprint(2, 24, 38), sprint(5, 66, 80), sprint(6, 80, null, 'active')];

describe('sprintPredictability', () => {
  it('uses 3 sprints and ±15 %', () => {
    expect(ROLLING_VELOCITY_SPRINTS).toBe(3);
    expect(PREDICTABILITY_BAND_PERCENT).toBe(15);
  });

  const result = sprintPredictability(sprints, [v(4, 20, 23), v(1, 10, 20), v(2, 20, 18), v(3, 25, 22), v(5, 0, 16), v(6, 30, 5)]);

  it('fewer than 3 earlier closed sprints: not enough sprints, no made-up value', () => {
    expect(result.map((r) => r.sprintId)).toEqual([1, 2, 3, 4, 5]); // the active sprint is not judged
    expect(result[0]!.predictability).toEqual({ kind: 'not-enough-sprints', closedSprints: 0, needed: 3 });
    expect(result[2]!.predictability).toEqual({ kind: 'not-enough-sprints', closedSprints: 2, needed: 3 });
    expect(result[1]!.rollingVelocity).toEqual({ kind: 'not-enough-sprints', closedSprints: 2, needed: 3 });
  });

  it('rolling average of completed over the last 3 closed sprints', () => {
    expect(result[2]!.rollingVelocity).toEqual({ kind: 'measured', average: 20, sprintIds: [1, 2, 3] });
  });

  it('within ±15 % of the previous three is predictable; the band edge counts as within', () => {
    // Sprint 4: average of 1..3 is 20, band 17..23; 23 sits on the edge.
    expect(result[3]!.predictability).toEqual({ kind: 'measured', average: 20, sprintIds: [1, 2, 3], low: 17, high: 23, predictable: true });
    // Sprint 5: average of 2..4 is 21, band 17.85..24.15; 16 is outside.
    expect(result[4]!.predictability).toMatchObject({ kind: 'measured', average: 21, sprintIds: [2, 3, 4], predictable: false });
  });

  it('say/do ratio is completed ÷ committed, null when nothing was committed', () => {
    expect(result[0]!.sayDoRatio).toBe(2);
    expect(result[3]!.sayDoRatio).toBeCloseTo(1.15);
    expect(result[4]!.sayDoRatio).toBeNull();
  });
});
