/**
 * Reading untrusted JSON without throwing: each reader returns the value only
 * when it has the expected type, else null. Own properties only, so a key like
 * "toString" never reads Object.prototype.
 */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function field(value: unknown, key: string): unknown {
  const object = asObject(value);
  return object !== null && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A finite number, or a string holding one ("5", " 3.5 "); null otherwise. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** Jira ids arrive as strings or numbers; the domain keeps strings. */
export function asId(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function stringAt(value: unknown, key: string): string | null {
  return asString(field(value, key));
}
