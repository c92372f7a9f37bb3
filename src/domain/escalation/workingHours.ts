import { workingIntervalAt, workingIntervalsFrom } from '../calendar/workingIntervals';
import type { EngagementPolicy, TeamCalendar } from '../policy/types';
import type { Recipient } from './types';

const DAY = 86_400_000;
/** Longer than any week: a team with no working time this far ahead has none (a valid policy always has some). */
const LOOK_AHEAD = 15 * DAY;

const atWork = (calendar: TeamCalendar, now: number): boolean => {
  const today = workingIntervalAt(now, calendar);
  return today !== null && today.start <= now && now < today.end;
};

/** The start of the team's next working interval after `now`, or null if none in the look-ahead. */
function nextStart(calendar: TeamCalendar, now: number): number | null {
  for (const interval of workingIntervalsFrom(now, { mode: 'business', calendar }, now + LOOK_AHEAD)) return interval.start;
  return null;
}

/**
 * When a step may be posted: `now`, unless the settings post only in working hours and no
 * recipient's team (client for the people in `clientSide`, delivery otherwise) is at work now; then
 * the earliest next start of a working day among those teams. No recipients, or no working time
 * ahead at all: `now`.
 *
 * @example
 * // Saturday 24 Oct 2026, a delivery recipient (Warsaw, 09:00–17:00): Monday 26 Oct 09:00 CET.
 * nextPostingTime([{ accountId: 'acc-dev', role: 'assignee' }], workingHoursPolicy, new Set(), Date.parse('2026-10-24T12:00:00Z'))
 * //=> Date.parse('2026-10-26T08:00:00Z')
 */
export function nextPostingTime(recipients: readonly Recipient[], policy: EngagementPolicy, clientSide: ReadonlySet<string>, now: number): number {
  if (!policy.escalation.workingHoursOnly || recipients.length === 0) return now;
  const sides = new Set(recipients.map((r) => (clientSide.has(r.accountId) ? 'client' : 'delivery')));
  const calendars = [...sides].map((side) => policy.calendars[side]);
  if (calendars.some((c) => atWork(c, now))) return now;
  const starts = calendars.map((c) => nextStart(c, now)).filter((s): s is number => s !== null);
  return starts.length === 0 ? now : Math.min(...starts);
}
