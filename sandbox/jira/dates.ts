/** Date formats Jira uses on the wire. */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Jira's issue date format in UTC, e.g. 2026-11-02T10:15:30.000+0000. */
export function jiraDate(value: string | number | Date): string {
  const d = value instanceof Date ? value : new Date(value);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`
  );
}

/** ISO-8601 with Z, as the Agile API and the sprint field use. */
export function isoDate(value: string | number): string {
  return new Date(value).toISOString();
}

export function toMillis(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
