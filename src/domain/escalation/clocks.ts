import { clockFor, type ClockSpec } from '../calendar/clockSpec';
import { countedMsBetween } from '../calendar/countedTime';
import type { EngagementPolicy } from '../policy/types';

const HOUR = 3_600_000;

/**
 * The clock a blocker is timed on: on business hours, the delivery team's (it is their work that
 * waits); wall and overlap clocks are the same for every side. Decisions use `clockFor(policy, category)`.
 *
 * @example
 * blockerClock({ ...policy, clockMode: 'business' })
 * //=> { mode: 'business', calendar: policy.calendars.delivery }
 */
export function blockerClock(policy: EngagementPolicy): ClockSpec {
  if (policy.clockMode === 'business') return { mode: 'business', calendar: policy.calendars.delivery };
  return clockFor(policy, 'technical');
}

/**
 * The counted hours in [from, to) on a clock (fractional); 0 when `to` is not after `from`.
 *
 * @example
 * countedHoursBetween(Date.parse('2026-01-12T14:00:00Z'), Date.parse('2026-01-12T15:30:00Z'), { mode: 'wall' })
 * //=> 1.5
 */
export function countedHoursBetween(from: number, to: number, clock: ClockSpec): number {
  return countedMsBetween(from, to, clock) / HOUR;
}
