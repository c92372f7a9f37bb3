/** Time helpers for the demo: epoch-ms arithmetic, ISO strings, working-hours snapping per time zone. */
import { tzOffset } from '@date-fns/tz';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const dayPrefix = new Map<number, string>();
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 in UTC with milliseconds, like Date#toISOString but cached per day (it runs ~200 000 times at scale). */
export function iso(t: number): string {
  const ms = Math.floor(t);
  const day = Math.floor(ms / DAY);
  let prefix = dayPrefix.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefix.set(day, prefix);
  }
  let rest = ms - day * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / MINUTE);
  rest -= m * MINUTE;
  const sec = Math.floor(rest / 1000);
  return `${prefix}${pad(h, 2)}:${pad(m, 2)}:${pad(sec, 2)}.${pad(rest - sec * 1000, 3)}Z`;
}
export const ymd = (t: number): string => iso(t).slice(0, 10);

/** Day of week of a UTC day number (0 = Sunday). 1970-01-01 was a Thursday. */
export const dayOfWeek = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

const offsetCache = new Map<string, Map<number, number>>();

/** UTC offset of `zone` in ms on the (UTC) day containing `t`, cached per zone and day. */
export function zoneOffset(zone: string, t: number): number {
  const day = Math.floor(t / DAY);
  let days = offsetCache.get(zone);
  if (days === undefined) {
    days = new Map();
    offsetCache.set(zone, days);
  }
  let offset = days.get(day);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(day * DAY + 12 * HOUR)) * MINUTE;
    days.set(day, offset);
  }
  return offset;
}

const WORK_START = 9 * HOUR;
const WORK_END = 18 * HOUR;

function isWorking(localDay: number, localTimeOfDay: number): boolean {
  const dow = dayOfWeek(localDay);
  return dow !== 0 && dow !== 6 && localTimeOfDay >= WORK_START && localTimeOfDay < WORK_END;
}

/**
 * Moves `t` into the working hours (Mon–Fri 09:00–18:00) of `zone`: forward to the
 * next working morning, or back to the previous working afternoon when forward would
 * pass `hi`. Keeps `t` when it is already inside, or when no working moment fits in [lo, hi].
 */
export function workTime(t: number, zone: string, lo: number, hi: number): number {
  const offset = zoneOffset(zone, t);
  const local = t + offset;
  const localDay = Math.floor(local / DAY);
  const tod = local - localDay * DAY;
  if (isWorking(localDay, tod)) return t;
  const minutes = local % HOUR; // keep the minutes so snapped times don't all read 09:00
  let day = tod >= WORK_END ? localDay + 1 : localDay;
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) day++;
  const forward = day * DAY + WORK_START + minutes - offset;
  if (forward <= hi && forward >= lo) return forward;
  day = tod < WORK_START ? localDay - 1 : localDay;
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) day--;
  const back = day * DAY + WORK_END - HOUR + minutes - offset;
  if (back >= lo && back <= hi) return back;
  return t;
}
