import type { TeamCalendar } from '../policy/types';
import { overlapIntervalOn, workingIntervalAt } from './workingIntervals';

const DAY = 86_400_000;
/** A winter and a summer week (Mondays), so a daylight-saving shift cannot take the overlap away for half the year. */
const REFERENCE_WEEKS = [Date.UTC(2026, 0, 5), Date.UTC(2026, 6, 6)];

/** Whether the team works during some of [start, end) (it may span two of its local dates). */
function teamWorksDuring(start: number, end: number, calendar: TeamCalendar): boolean {
  for (const at of [start, end - 1]) {
    const work = workingIntervalAt(at, calendar);
    if (work && work.start < end && start < work.end) return true;
  }
  return false;
}

/**
 * Whether the UTC overlap window meets every team's working hours on a day all of them work,
 * in winter and in summer alike. The overlap clock would count nothing otherwise.
 */
export function overlapWindowMeetsTeams(window: { start: string; end: string }, calendars: TeamCalendar[]): boolean {
  return REFERENCE_WEEKS.every((monday) =>
    Array.from({ length: 7 }, (_, i) => monday + i * DAY).some((utcMidnight) => {
      const slot = overlapIntervalOn(utcMidnight, window, calendars);
      return slot !== null && calendars.every((c) => teamWorksDuring(slot.start, slot.end, c));
    }),
  );
}
