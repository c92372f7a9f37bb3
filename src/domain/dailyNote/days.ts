/**
 * The delivery team's working days as the daily note counts them: one note per working day, each
 * covering what happened since the last note — the previous working day's end — until its own end.
 * A weekend (or any day off) has no note: Monday's covers it.
 */
import { civilDayOf, workingIntervalOn, type CivilDay } from '../calendar/workingIntervals';
import type { TeamCalendar } from '../policy/types';

const DAY = 86_400_000;
/** A week plus slack: a valid calendar has a working day in any run of this many days. */
const LOOK_BACK_DAYS = 15;

export interface NoteDay {
  /** The team's local date, "2026-11-18". */
  date: string;
  /** The working day, [start, end) in epoch ms: the note is due at `end`. */
  start: number;
  end: number;
  /** The previous working day's end: when the last note was due. The note covers (since, end]. */
  since: number;
  /** The previous working day's local date. */
  sinceDate: string;
}

const dateOf = (day: CivilDay): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The latest working day at or before `day`, with its interval; null when none in the look-back (no valid calendar). */
function workingDayAtOrBefore(day: CivilDay, calendar: TeamCalendar): { day: CivilDay; start: number; end: number } | null {
  for (let d = day; d > day - LOOK_BACK_DAYS; d--) {
    const interval = workingIntervalOn(d, calendar);
    if (interval) return { day: d, ...interval };
  }
  return null;
}

function noteDayOf(day: CivilDay, calendar: TeamCalendar): NoteDay | null {
  const today = workingDayAtOrBefore(day, calendar);
  if (!today) return null;
  const previous = workingDayAtOrBefore(today.day - 1, calendar);
  if (!previous) return null;
  return { date: dateOf(today.day), start: today.start, end: today.end, since: previous.end, sinceDate: dateOf(previous.day) };
}

/**
 * The note of `now`, then those of the `previous` working days before it, newest first. The note
 * of `now` is the team's local date's when that is a working day (under way until its end),
 * else the last working day's. Empty only for a calendar without working days.
 *
 * @example
 * // Saturday 21 Nov 2026, Warsaw, Mon–Fri 09:00–17:00: Friday's note, then Thursday's.
 * noteDays(Date.parse('2026-11-21T12:00:00Z'), warsaw, 1).map((d) => d.date)
 * //=> ['2026-11-20', '2026-11-19']
 */
export function noteDays(now: number, calendar: TeamCalendar, previous: number): NoteDay[] {
  const days: NoteDay[] = [];
  let day: NoteDay | null = noteDayOf(civilDayOf(now, calendar.timeZone), calendar);
  while (day && days.length <= previous) {
    days.push(day);
    day = noteDayOf(civilDayOf(day.start, calendar.timeZone) - 1, calendar);
  }
  return days;
}

/**
 * The note due for posting at `now`: the last working day that has ended, from its end until the
 * team's next working day starts (a note left unposted that long is not posted late: the next one
 * is due at that day's end). Null while a working day is under way, before its end.
 *
 * @example
 * // Monday 23 Nov 2026 07:00 Warsaw: Friday's note is still due (scans run hourly; a missed one is made up).
 * noteDueAt(Date.parse('2026-11-23T06:00:00Z'), warsaw)?.date //=> '2026-11-20'
 * noteDueAt(Date.parse('2026-11-23T10:00:00Z'), warsaw) //=> null
 */
export function noteDueAt(now: number, calendar: TeamCalendar): NoteDay | null {
  const local = civilDayOf(now, calendar.timeZone);
  const today = workingIntervalOn(local, calendar);
  // Inside today's working hours nothing is due; after them, today's note is; before them, the last working day's.
  if (today && now >= today.start && now < today.end) return null;
  const day = noteDayOf(today && now >= today.end ? local : local - 1, calendar);
  return day && day.end <= now ? day : null;
}
