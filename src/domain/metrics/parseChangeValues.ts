/** Defensive readers for changelog `from`/`to` values, which Jira sends as strings, numbers or null. */

/**
 * Sprint ids from a Sprint field value: ids joined by commas ("12, 13"), one number, or null for none.
 * Unreadable parts are skipped.
 *
 * @example
 * parseSprintIds('12, 13,x')
 * //=> [12, 13]
 */
export function parseSprintIds(value: string | number | null | undefined): number[] {
  if (typeof value === 'number') return Number.isInteger(value) ? [value] : [];
  if (typeof value !== 'string') return [];
  return value
    .replace(/[[\]]/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}

/**
 * An estimate from an estimation field value; null when empty or unreadable.
 *
 * @example
 * parseEstimate('5.0')
 * //=> 5
 */
export function parseEstimate(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/**
 * A status id from a status item; null when absent.
 *
 * @example
 * parseStatusId(10001)
 * //=> '10001'
 */
export function parseStatusId(value: string | number | null | undefined): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.trim();
}
