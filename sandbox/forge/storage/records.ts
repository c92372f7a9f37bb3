/**
 * What every operation shares: where a key lives (key-value store, secrets or
 * an entity), the checks a value passes before it is stored, the change a write
 * makes, and how a stored item is answered with its metadata.
 */
import type { StorageResult } from './errors';
import type { EntitySchema } from './entitySchemas';
import { checkEntityValue, entitySchema } from './entitySchemas';
import { copyOut, type Json } from './json';
import { checkKey, checkValue, MAX_SECRET_BYTES, MAX_VALUE_BYTES, type KeyKind } from './limits';
import type { MetadataField, Ttl } from './requests';
import { entityNamespace, KV_NAMESPACE, SECRET_NAMESPACE, type Change, type Item, type MemoryStore } from './store';

export interface StorageContext {
  store: MemoryStore;
  schemas: Map<string, EntitySchema>;
  now(): number;
  /** Makes the changes durable (when there is a log), then applies them. */
  commit(changes: Change[]): void;
}

/** One endpoint: the parsed JSON body in, the answer out; refusals are thrown as StorageError. */
export type Handler = (ctx: StorageContext, body: unknown, path: string) => StorageResult;

export interface Target {
  ns: string;
  kind: KeyKind;
  maxBytes: number;
  entity?: EntitySchema;
}

export const KV_TARGET: Target = { ns: KV_NAMESPACE, kind: 'kv', maxBytes: MAX_VALUE_BYTES };
export const SECRET_TARGET: Target = { ns: SECRET_NAMESPACE, kind: 'kv', maxBytes: MAX_SECRET_BYTES };

/** The key-value store without an entity name, else the declared entity. */
export function targetFor(ctx: StorageContext, entityName: string | undefined): Target {
  if (entityName === undefined) return KV_TARGET;
  const entity = entitySchema(ctx.schemas, entityName);
  return { ns: entityNamespace(entity.name), kind: 'entity', maxBytes: MAX_VALUE_BYTES, entity };
}

/** The stored copy of a value, after every check Forge makes of the key and value. */
export function storableValue(target: Target, key: string, value: unknown): Json {
  checkKey(key, target.kind);
  const stored = checkValue(value, target.maxBytes);
  if (target.entity) checkEntityValue(target.entity, stored);
  return stored;
}

const UNIT_MS: Record<Ttl['unit'], number> = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

/** The put that writes `value` now: creation time kept from a live previous item, expiry from the TTL. */
export function putChange(ctx: StorageContext, target: Target, key: string, value: Json, ttl: Ttl | undefined): { change: Change; previous?: Item } {
  const now = ctx.now();
  const previous = ctx.store.get(target.ns, key);
  const item: Item = { value, createdAt: previous?.createdAt ?? now, updatedAt: now };
  if (ttl) item.expiresAt = now + ttl.value * UNIT_MS[ttl.unit];
  return { change: { op: 'put', ns: target.ns, key, item }, previous };
}

// Forge's examples give createdAt/updatedAt as epoch seconds (1718236800) and expireTime as an ISO instant without milliseconds.
const seconds = (ms: number) => Math.floor(ms / 1000);
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `{key, value}` (a copy) plus the metadata fields asked for. */
export function answerItem(key: string, item: Item, fields: readonly MetadataField[] = []): Record<string, unknown> {
  const answer: Record<string, unknown> = { key, value: copyOut(item.value) };
  if (fields.includes('CREATED_AT')) answer.createdAt = seconds(item.createdAt);
  if (fields.includes('UPDATED_AT')) answer.updatedAt = seconds(item.updatedAt);
  if (fields.includes('EXPIRE_TIME') && item.expiresAt !== undefined) answer.expireTime = isoSeconds(item.expiresAt);
  return answer;
}
