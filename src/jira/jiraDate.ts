/**
 * Jira's timestamps as epoch ms. Accepts:
 * - "2026-11-02T10:15:30.000+0000" (Jira's own), "+10:00", "Z" and other ISO 8601 forms;
 *   a time without an offset is read as UTC (Forge functions run in UTC);
 * - "yyyy-MM-dd" (version dates) as UTC midnight;
 * - epoch numbers and numeric strings: milliseconds, except values below 1e11,
 *   which no Jira timestamp in ms can be (before March 1973), read as seconds —
 *   the spec's bulkfetch example sends `created: 1492070429`.
 * Anything else (junk, impossible dates like 2026-02-30) is null.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const SECONDS_BELOW = 1e11;

export function parseJiraDate(value: unknown): number | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  return fromIso(text);
}

function fromEpoch(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  return Math.round(Math.abs(n) < SECONDS_BELOW ? n * 1000 : n);
}

function fromIso(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return null;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const fraction = m[7] ?? '';
  const ms = fraction === '' ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return utc - offsetMs(m[8]);
}

function offsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60_000;
}
