/** JQL date values: absolute ("yyyy-MM-dd[ HH:mm]", also with '/'), relative ("-48h", "-1w 2d") and date functions. */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks, addYears, endOfDay, endOfMonth, endOfWeek, endOfYear, startOfDay, startOfMonth, startOfWeek, startOfYear } from 'date-fns';

const UNIT_MS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };
const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const RELATIVE = /^([-+]?)\s*((?:\d+\s*[wdhm]\s*)+)$/i;

/** Parses a JQL date literal to epoch ms, or undefined if it is not one. Absolute dates are in `timeZone`. */
export function parseJqlDate(value: string, now: number, timeZone: string): number | undefined {
  const v = value.trim();
  const abs = ABSOLUTE.exec(v);
  if (abs) {
    const [, y, mo, d, h, mi] = abs;
    const date = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), timeZone);
    if (date.getMonth() !== Number(mo) - 1) return undefined;
    return date.getTime();
  }
  const rel = RELATIVE.exec(v);
  if (rel) {
    const sign = rel[1] === '-' ? -1 : 1;
    let ms = 0;
    for (const m of rel[2]!.matchAll(/(\d+)\s*([wdhm])/gi)) ms += Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
    return now + sign * ms;
  }
  if (/^-?\d{9,}$/.test(v)) return Number(v); // epoch millis, as Jira accepts
  return undefined;
}

type Period = 'day' | 'week' | 'month' | 'year';
const START = { day: startOfDay, week: startOfWeek, month: startOfMonth, year: startOfYear };
const END = { day: endOfDay, week: endOfWeek, month: endOfMonth, year: endOfYear };
const ADD: Record<string, (d: TZDate, n: number) => TZDate> = {
  d: addDays,
  w: addWeeks,
  M: addMonths,
  y: addYears,
};
const DEFAULT_UNIT: Record<Period, string> = { day: 'd', week: 'w', month: 'M', year: 'y' };

/** now(), startOfDay([inc]), endOfWeek([inc]), … evaluated in `timeZone`. */
export function dateFunction(name: string, args: string[], now: number, timeZone: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower === 'now') return now;
  const m = /^(start|end)of(day|week|month|year)$/.exec(lower);
  if (!m) return undefined;
  const period = m[2] as Period;
  let date = new TZDate(now, timeZone);
  const inc = args[0]?.trim();
  if (inc) {
    const parsed = /^([-+]?\d+)([dwMyhm]?)$/.exec(inc);
    if (!parsed) return undefined;
    const unit = parsed[2] || DEFAULT_UNIT[period];
    const n = Number(parsed[1]);
    if (unit === 'h' || unit === 'm') date = new TZDate(date.getTime() + n * UNIT_MS[unit]!, timeZone);
    else date = ADD[unit]!(date, n);
  }
  const fn = m[1] === 'start' ? START[period] : END[period];
  return fn(date).getTime();
}
