/**
 * Calendar quarters in a team's time zone: Q1 is January to March, local midnight to local midnight.
 * A quarter is named by its id, "2026-Q4", which sorts in time order. Every local time → instant
 * conversion goes through TZDate, so a quarter that starts on a DST change still starts at midnight.
 */
import { TZDate } from '@date-fns/tz';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  /** "2026-Q4". */
  id: string;
  year: number;
  quarter: QuarterNumber;
  /** Local midnight of its first day, epoch ms. */
  start: number;
  /** Local midnight of the next quarter's first day (exclusive), epoch ms. */
  end: number;
}

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;

const idOf = (year: number, quarter: QuarterNumber) => `${String(year).padStart(4, '0')}-Q${quarter}`;

/** Local midnight of a local date (month 0–11; a day past the month's end rolls over, as Date does). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  return new TZDate(year, month, day, 0, 0, 0, 0, timeZone).getTime();
}

/**
 * The quarter with this year and number, in the zone.
 *
 * @example
 * quarterOf(2026, 4, 'America/New_York') //=> { id: '2026-Q4', year: 2026, quarter: 4, start: Date.UTC(2026, 9, 1, 4), end: Date.UTC(2027, 0, 1, 5) }
 */
export function quarterOf(year: number, quarter: QuarterNumber, timeZone: string): Quarter {
  const firstMonth = (quarter - 1) * 3;
  return { id: idOf(year, quarter), year, quarter, start: localMidnight(year, firstMonth, 1, timeZone), end: localMidnight(year, firstMonth + 3, 1, timeZone) };
}

/**
 * The quarter an instant falls in, in the zone's calendar.
 *
 * @example
 * quarterAt(Date.UTC(2027, 0, 1, 3), 'America/New_York').id //=> '2026-Q4' (22:00 on 31 December in New York)
 * quarterAt(Date.UTC(2027, 0, 1, 3), 'UTC').id //=> '2027-Q1'
 */
export function quarterAt(instant: number, timeZone: string): Quarter {
  const local = new TZDate(instant, timeZone);
  return quarterOf(local.getFullYear(), (Math.floor(local.getMonth() / 3) + 1) as QuarterNumber, timeZone);
}

/**
 * A quarter id's year and number, or null when it is not one.
 *
 * @example
 * parseQuarterId('2026-Q4') //=> { year: 2026, quarter: 4 }
 * parseQuarterId('2026-Q5') //=> null
 */
export function parseQuarterId(id: string): { year: number; quarter: QuarterNumber } | null {
  const match = QUARTER_ID.exec(id);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as QuarterNumber } : null;
}

/**
 * The id of the quarter `steps` before (negative: after) the one named.
 *
 * @example
 * quarterBefore('2026-Q1') //=> '2025-Q4'
 * quarterBefore('2026-Q3', 2) //=> '2026-Q1'
 * quarterBefore('2026-Q4', -1) //=> '2027-Q1'
 */
export function quarterBefore(id: string, steps = 1): string {
  const parsed = parseQuarterId(id);
  if (!parsed) throw new Error(`not a quarter id: ${id}`);
  const index = parsed.year * 4 + (parsed.quarter - 1) - steps;
  return idOf(Math.floor(index / 4), ((index % 4) + 1) as QuarterNumber);
}

/**
 * The quarter's name as people write it.
 *
 * @example
 * quarterLabel('2026-Q4') //=> 'Q4 2026'
 */
export function quarterLabel(id: string): string {
  const parsed = parseQuarterId(id);
  return parsed ? `Q${parsed.quarter} ${parsed.year}` : id;
}

/**
 * The local calendar date of an instant in the zone, as "YYYY-MM-DD".
 *
 * @example
 * localDay(Date.UTC(2026, 9, 15, 3), 'America/New_York') //=> '2026-10-14'
 */
export function localDay(instant: number, timeZone: string): string {
  const local = new TZDate(instant, timeZone);
  return `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}
