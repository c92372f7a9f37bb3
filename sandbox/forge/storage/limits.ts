/**
 * Forge's documented storage limits (developer.atlassian.com/platform/forge/limits-kvs-ce,
 * storage-reference/handling-errors-kvs, -customentities, transactions, batchops,
 * runtime-reference/storage-api-query, storage-api-secret). Where two pages
 * disagree the stricter number is used.
 */
import { invalid, StorageError } from './errors';
import { copyIn, nestsDeeperThan, type Json } from './json';

export const MAX_KEY_LENGTH = 500;
/** Forge's key pattern, verbatim: letters, digits, `:._-#` and whitespace, not only whitespace. */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
export const MAX_VALUE_BYTES = 240 * 1024;
/** storage-api-secret: "persisted JSON values may be up to 128 KiB". */
export const MAX_SECRET_BYTES = 128 * 1024;
/** The limits page says 31, the error page "(32)": 31 levels of objects/arrays are allowed. */
export const MAX_DEPTH = 31;
export const DEFAULT_PAGE = 10;
export const MAX_PAGE = 100;
export const MAX_TRANSACTION_OPERATIONS = 25;
/** "4MB" read as the smaller 4,000,000 bytes, to stay at least as strict as Forge. */
export const MAX_PAYLOAD_BYTES = 4_000_000;
export const MAX_BATCH_ITEMS = 25;

/** Entity names as manifest.yml's schema allows them (@forge/manifest: 3..60 characters). */
export const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;

export type KeyKind = 'kv' | 'entity';

export function checkKey(key: string, kind: KeyKind): void {
  // The two stores document different codes for an empty key.
  if (key.length === 0) throw invalid('The key must not be empty (1 to 500 characters).', kind === 'kv' ? 'KEY_TOO_SHORT' : 'EMPTY_KEY');
  if (key.length > MAX_KEY_LENGTH) throw invalid(`The key is ${key.length} characters; Forge allows at most ${MAX_KEY_LENGTH}.`, 'KEY_TOO_LONG');
  if (!KEY_PATTERN.test(key)) throw invalid(`The key ${JSON.stringify(key.slice(0, 80))} does not match ${KEY_PATTERN} (letters, digits, ":._-#" and spaces, not only spaces).`, 'INVALID_KEY');
}

/** The stored copy of a value that passed the size and depth limits. */
export function checkValue(value: unknown, maxBytes: number): Json {
  if (value === undefined) throw invalid('The request has no value to store.', 'BAD_REQUEST');
  const copy = copyIn(value);
  if (!copy) throw invalid('The value has no JSON form.', 'BAD_REQUEST');
  // Forge's REST schema lists string, boolean, number, array and object: null is not a storable value.
  if (copy.value === null) throw invalid('The value is null; Forge stores strings, numbers, booleans, arrays and objects (delete the key instead).', 'BAD_REQUEST');
  if (copy.bytes > maxBytes) throw new StorageError(400, 'MAX_SIZE', `The value is ${copy.bytes} bytes of JSON; Forge allows at most ${maxBytes} bytes (${maxBytes / 1024} KiB).`);
  if (nestsDeeperThan(copy.value, MAX_DEPTH)) throw new StorageError(400, 'MAX_DEPTH', `The value nests objects/arrays deeper than ${MAX_DEPTH} levels, Forge's object depth limit.`);
  return copy.value;
}

export function checkEntityName(name: string): void {
  if (name.length < 3) throw invalid(`The entity name ${JSON.stringify(name)} is shorter than 3 characters.`, 'ENTITY_TYPE_TOO_SHORT');
  if (name.length > 60) throw invalid(`The entity name is ${name.length} characters; Forge allows at most 60.`, 'ENTITY_TYPE_TOO_LARGE');
  if (!ENTITY_NAME_PATTERN.test(name)) throw invalid(`The entity name ${JSON.stringify(name)} does not match ${ENTITY_NAME_PATTERN}.`, 'INVALID_ENTITY_TYPE');
}

/** A page size: Forge's default when absent; an integer 1..100 otherwise. */
export function pageLimit(limit: number | undefined, code: string): number {
  if (limit === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw invalid(`The page limit ${limit} is not an integer from 1 to ${MAX_PAGE}.`, code);
  return limit;
}

export function checkPayload(body: unknown, what: string): void {
  const bytes = Buffer.byteLength(JSON.stringify(body) ?? '');
  if (bytes > MAX_PAYLOAD_BYTES) throw invalid(`The ${what} payload is ${bytes} bytes; Forge allows at most 4 MB (${MAX_PAYLOAD_BYTES} bytes).`, 'BAD_REQUEST');
}
