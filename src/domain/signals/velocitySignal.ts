import { PREDICTABILITY_BAND_PERCENT, ROLLING_VELOCITY_SPRINTS } from '../metrics/thresholds';
import { countWords, percent, points, RECENT_SPRINTS, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** One closed sprint as the velocity signal reads it. */
export interface VelocitySignalSprint {
  name: string;
  committed: number;
  completed: number;
  /** Within ±15 % of the average of the closed sprints before it; null: too few sprints before it to tell. */
  predictable: boolean | null;
  /** That average; null with no verdict. */
  bandAverage: number | null;
}

/** A sprint's first verdict needs this many closed sprints: the window before it, and itself. */
const CLOSED_SPRINTS_NEEDED = ROLLING_VELOCITY_SPRINTS + 1;

const BAND = `±${PREDICTABILITY_BAND_PERCENT} %`;

/** How far a sprint missed its band, relative to the average (a miss of an average of 0 is the farthest). */
function miss(sprint: VelocitySignalSprint): number {
  const average = sprint.bandAverage ?? 0;
  if (average === 0) return sprint.completed === 0 ? 0 : Infinity;
  return Math.abs(sprint.completed - average) / average;
}

function windowWords(judged: number): string {
  return judged >= RECENT_SPRINTS ? `the last ${countWords(judged, 'sprint')}` : `${countWords(judged, 'sprint')} judged so far`;
}

/**
 * Predictability of the last closed sprints that have a verdict (as many as the rolling window):
 * `amberOutside` or more outside the band → amber, `redOutside` or more → red. Before any sprint has a
 * verdict (fewer than 4 closed sprints) there is not enough data.
 *
 * @example
 * velocitySignal([…3 sprints…, { name: 'Sprint 4', committed: 30, completed: 16, predictable: false, bandAverage: 21 }], thresholds)
 * //=> { key: 'velocity', title: 'Velocity', level: 'amber', reason: '1 of 1 sprint judged so far outside ±15 % of the rolling average: Sprint 4 completed 16 against 21' }
 */
export function velocitySignal(closedSprints: readonly VelocitySignalSprint[], thresholds: HealthThresholds): HealthSignal {
  const judged = closedSprints.filter((s) => s.predictable !== null).slice(-RECENT_SPRINTS);
  if (judged.length === 0) {
    const closed = closedSprints.length;
    const have = closed === 0 ? 'No closed sprints yet' : `${countWords(closed, 'closed sprint')} so far`;
    if (closed < CLOSED_SPRINTS_NEEDED) return signal('velocity', 'not-enough-data', `${have}; ${CLOSED_SPRINTS_NEEDED} needed to judge predictability`);
    return signal('velocity', 'not-enough-data', `None of the ${countWords(closed, 'closed sprint')} has a predictability verdict yet`);
  }

  const outside = judged.filter((s) => s.predictable === false);
  const { amberOutside, redOutside } = thresholds.predictability;
  const level = outside.length >= redOutside ? 'red' : outside.length >= amberOutside ? 'amber' : 'green';

  if (level !== 'green' && outside.length > 0) {
    // The farthest miss; of equal misses, the latest.
    const worst = outside.reduce((far, s) => (miss(s) >= miss(far) ? s : far));
    const against = worst.bandAverage === null ? '' : ` against ${points.words(worst.bandAverage)}`;
    return signal(
      'velocity',
      level,
      `${outside.length} of ${windowWords(judged.length)} outside ${BAND} of the rolling average: ${worst.name} completed ${points.words(worst.completed)}${against}`,
      worst.name,
    );
  }

  const committed = judged.reduce((sum, s) => sum + s.committed, 0);
  const completed = judged.reduce((sum, s) => sum + s.completed, 0);
  const delivery =
    committed > 0
      ? `say/do ${percent.words(completed / committed)} (${points.words(completed)} completed of ${points.words(committed)} committed)`
      : `averaging ${points.words(completed / judged.length)} completed`;
  return signal('velocity', level, `${judged.length - outside.length} of ${windowWords(judged.length)} within ${BAND} of the rolling average, ${delivery}`, judged[judged.length - 1]!.name);
}
