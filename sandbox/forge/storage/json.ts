/** JSON values as the store keeps them: private copies, sized the way Forge limits them. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Scalar = string | number | boolean;

/**
 * A private copy of a caller's value through its JSON text, which is also what
 * crosses the wire to Forge, so `bytes` is the size Forge's value limit applies to.
 * Undefined when the value has no JSON form (undefined, a function, a cycle, a BigInt).
 */
export function copyIn(value: unknown): { value: Json; bytes: number } | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  return { value: JSON.parse(text) as Json, bytes: Buffer.byteLength(text) };
}

/** A copy for the caller, so nothing it does to an answer reaches the store. */
export const copyOut = <T extends Json>(value: T): T => structuredClone(value);

export const isPlainObject = (value: unknown): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when objects/arrays nest deeper than `limit` (stops descending there, so a hostile value cannot blow the stack). */
export function nestsDeeperThan(value: Json, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => nestsDeeperThan(child, limit - 1));
}

/** An own attribute only: `constructor` or `toString` must not be found on Object.prototype. */
export const attributeOf = (value: Json, name: string): Json | undefined => (isPlainObject(value) && Object.hasOwn(value, name) ? value[name] : undefined);

export const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Same type and same value; objects and arrays never equal a scalar condition value. */
export const scalarEquals = (a: Json | undefined, b: Scalar): boolean => isScalar(a) && typeof a === typeof b && a === b;

const typeRank = (value: Json): number => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : typeof value === 'boolean' ? 2 : 3);

/**
 * Total order for index sorting: numbers by value, strings by code unit, false
 * before true; mixed types (only possible in `any` attributes) by type first.
 */
export function compareJson(a: Json, b: Json): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return rank;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareStrings(JSON.stringify(a), JSON.stringify(b));
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
