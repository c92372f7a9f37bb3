import type { Sprint } from '../types';
import { PREDICTABILITY_BAND_PERCENT, ROLLING_VELOCITY_SPRINTS } from './thresholds';
import type { SprintVelocity } from './velocity';

/** Fewer closed sprints than the rolling window needs: no value is made up. */
export interface NotEnoughSprints {
  kind: 'not-enough-sprints';
  /** Closed sprints available for the window. */
  closedSprints: number;
  needed: number;
}

export interface RollingMeasure {
  kind: 'measured';
  /** Mean completed points of the window's sprints. */
  average: number;
  /** The window's sprint ids, oldest first. */
  sprintIds: number[];
}

export interface SprintPredictability {
  sprintId: number;
  committed: number;
  completed: number;
  /** completed ÷ committed; null when nothing was committed. */
  sayDoRatio: number | null;
  /** The 3-sprint rolling average of completed points ending with this sprint. */
  rollingVelocity: RollingMeasure | NotEnoughSprints;
  /** Against the average of the three closed sprints before this one: within ±15 % is predictable. */
  predictability: (RollingMeasure & { predictable: boolean; low: number; high: number }) | NotEnoughSprints;
}

function windowOf(closed: readonly SprintVelocity[], endExclusive: number): RollingMeasure | NotEnoughSprints {
  const available = endExclusive;
  if (available < ROLLING_VELOCITY_SPRINTS) return { kind: 'not-enough-sprints', closedSprints: available, needed: ROLLING_VELOCITY_SPRINTS };
  const window = closed.slice(endExclusive - ROLLING_VELOCITY_SPRINTS, endExclusive);
  const sum = window.reduce((total, v) => total + v.completed, 0);
  return { kind: 'measured', average: sum / window.length, sprintIds: window.map((v) => v.sprintId) };
}

/**
 * Rolling velocity, predictability and say/do ratio of each closed sprint, oldest completion first.
 * Velocities of sprints that are not closed are ignored.
 *
 * @example
 * sprintPredictability(sprints, [{ sprintId: 1, completed: 10, … }, { sprintId: 2, completed: 12, … }, { sprintId: 3, completed: 8, … }, { sprintId: 4, committed: 12, completed: 11, … }])[3]
 * //=> { sprintId: 4, committed: 12, completed: 11, sayDoRatio: 0.9166…, rollingVelocity: { kind: 'measured', average: 10.33…, sprintIds: [2, 3, 4] },
 * //     predictability: { kind: 'measured', average: 10, sprintIds: [1, 2, 3], low: 8.5, high: 11.5, predictable: true } }
 */
export function sprintPredictability(sprints: readonly Sprint[], velocities: readonly SprintVelocity[]): SprintPredictability[] {
  const closedAt = new Map(sprints.filter((s) => s.state === 'closed').map((s) => [s.id, s.completeDate ?? s.endDate ?? s.startDate ?? 0]));
  const closed = velocities.filter((v) => closedAt.has(v.sprintId)).sort((a, b) => closedAt.get(a.sprintId)! - closedAt.get(b.sprintId)!);
  return closed.map((v, i) => {
    const before = windowOf(closed, i);
    let predictability: SprintPredictability['predictability'];
    if (before.kind === 'measured') {
      const band = (before.average * PREDICTABILITY_BAND_PERCENT) / 100;
      // Whole-number arithmetic on the window's sum, so a value exactly on the band's edge counts as within it.
      const sum = closed.slice(i - ROLLING_VELOCITY_SPRINTS, i).reduce((total, w) => total + w.completed, 0);
      const predictable = Math.abs(v.completed * ROLLING_VELOCITY_SPRINTS - sum) * 100 <= PREDICTABILITY_BAND_PERCENT * sum;
      predictability = { ...before, low: before.average - band, high: before.average + band, predictable };
    } else predictability = before;
    return {
      sprintId: v.sprintId,
      committed: v.committed,
      completed: v.completed,
      sayDoRatio: v.committed === 0 ? null : v.completed / v.committed,
      rollingVelocity: windowOf(closed, i + 1),
      predictability,
    };
  });
}
