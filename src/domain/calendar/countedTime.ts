import type { ClockSpec } from './clockSpec';
import { workingIntervalsFrom } from './workingIntervals';

const HOUR = 3_600_000;

/** How much counted time lies in [from, to); 0 when `to` is not after `from`. */
export function countedMsBetween(from: number, to: number, clock: ClockSpec): number {
  if (to <= from) return 0;
  if (clock.mode === 'wall') return to - from;
  let total = 0;
  for (const interval of workingIntervalsFrom(from, clock, to)) {
    if (interval.start >= to) break;
    total += Math.min(interval.end, to) - interval.start;
  }
  return total;
}

/**
 * The instant at which `hours` of counted time have elapsed since `from`. Outside working time the
 * count starts at the next working interval; it ends at an interval's end rather than the next start.
 * Zero or negative hours: `from` itself.
 */
export function addCountedHours(from: number, hours: number, clock: ClockSpec): number {
  let remaining = Math.round(hours * HOUR);
  if (remaining <= 0) return from;
  if (clock.mode === 'wall') return from + remaining;
  for (const interval of workingIntervalsFrom(from, clock)) {
    const length = interval.end - interval.start;
    if (remaining <= length) return interval.start + remaining;
    remaining -= length;
  }
  throw new RangeError('unreachable: workingIntervalsFrom never ends without a bound');
}
