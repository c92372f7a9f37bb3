import { TZDate } from '@date-fns/tz';
import type { TeamCalendar, Weekday } from '../policy/types';
import type { ClockSpec } from './clockSpec';
import { minutesOfDay } from './timeOfDay';

/** A half-open span of instants [start, end), in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

/** The clocks that count only some of the time. */
export type CountingClock = Exclude<ClockSpec, { mode: 'wall' }>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A week plus slack: a clock with no counted time in this many days in a row has none at all. */
const MAX_IDLE_DAYS = 15;
/** The furthest ahead of UTC any zone is (Pacific/Kiritimati, UTC+14). */
const EARLIEST_OFFSET = 14 * 60 * MINUTE;

/**
 * A local calendar date as a day number (days since 1970-01-01). Plain calendar arithmetic on
 * dates, which have no zone; every local time → instant conversion goes through TZDate.
 */
export type CivilDay = number;

export const civilDayOf = (instant: number, timeZone: string): CivilDay => {
  const local = new TZDate(instant, timeZone);
  return Math.round(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY);
};
const isoWeekdayOf = (day: CivilDay): Weekday => ((((new Date(day * DAY).getUTCDay() + 6) % 7) + 1) as Weekday);

/** Local time → instant conversions are the slow part (Intl); the answers never change, so keep the recent ones. */
const localTimeCache = new Map<string, number>();
const LOCAL_TIME_CACHE_SIZE = 50_000;

/** The instant a local "HH:mm" falls on, on a local date in the calendar's zone. */
function localTime(day: CivilDay, hhmm: string, timeZone: string): number {
  const key = `${timeZone} ${day} ${hhmm}`;
  const cached = localTimeCache.get(key);
  if (cached !== undefined) return cached;
  const date = new Date(day * DAY);
  const minutes = minutesOfDay(hhmm);
  const instant = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
  if (localTimeCache.size >= LOCAL_TIME_CACHE_SIZE) localTimeCache.clear();
  localTimeCache.set(key, instant);
  return instant;
}

/** The working interval of a team on one of its local dates, or null on a day off. */
export function workingIntervalOn(day: CivilDay, calendar: TeamCalendar): Interval | null {
  if (!calendar.workingDays.includes(isoWeekdayOf(day))) return null;
  const start = localTime(day, calendar.dayStart, calendar.timeZone);
  const end = localTime(day, calendar.dayEnd, calendar.timeZone);
  return end > start ? { start, end } : null;
}

/** The working interval of a team on its local date at `instant`. */
export function workingIntervalAt(instant: number, calendar: TeamCalendar): Interval | null {
  return workingIntervalOn(civilDayOf(instant, calendar.timeZone), calendar);
}

/**
 * The overlap window on the UTC day starting at `utcMidnight`, or null unless that day is a
 * working day of every team; a team's day is its local date when the window opens.
 */
export function overlapIntervalOn(utcMidnight: number, window: { start: string; end: string }, calendars: TeamCalendar[]): Interval | null {
  const start = utcMidnight + minutesOfDay(window.start) * MINUTE;
  const end = utcMidnight + minutesOfDay(window.end) * MINUTE;
  if (end <= start) return null;
  const allWork = calendars.every((c) => c.workingDays.includes(isoWeekdayOf(civilDayOf(start, c.timeZone))));
  return allWork ? { start, end } : null;
}

/**
 * Day by day from the day holding `from`: local dates for a business clock, UTC dates for the overlap
 * window. `dayStart` is an instant no part of the day comes before.
 */
function* intervalsByDay(from: number, clock: CountingClock): Generator<{ dayStart: number; interval: Interval | null }> {
  if (clock.mode === 'business') {
    const { calendar } = clock;
    for (let day = civilDayOf(from, calendar.timeZone); ; day++) {
      // No zone is more than 14 h ahead of UTC, so nothing of this local date comes before this bound.
      yield { dayStart: day * DAY - EARLIEST_OFFSET, interval: workingIntervalOn(day, calendar) };
    }
  }
  // UTC days are all exactly 24 h long, so plain arithmetic is exact here.
  for (let day = Math.floor(from / DAY) * DAY; ; day += DAY) {
    yield { dayStart: day, interval: overlapIntervalOn(day, clock.window, clock.calendars) };
  }
}

/**
 * The counted intervals from `from` on, in time order; the first is clipped to begin at `from`.
 * Stops at the first day starting at or after `until`. Without a bound, a clock that has no
 * counted time at all is a RangeError (a valid policy never has one).
 */
export function* workingIntervalsFrom(from: number, clock: CountingClock, until = Number.POSITIVE_INFINITY): Generator<Interval> {
  let idleDays = 0;
  for (const { dayStart, interval } of intervalsByDay(from, clock)) {
    if (dayStart >= until) return;
    if (interval && interval.end > from) {
      idleDays = 0;
      yield { start: Math.max(interval.start, from), end: interval.end };
    } else if (++idleDays > MAX_IDLE_DAYS && until === Number.POSITIVE_INFINITY) {
      throw new RangeError('This clock never counts any time: check the working days, hours and overlap window.');
    }
  }
}
