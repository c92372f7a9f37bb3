/**
 * Get, set and delete of one key, shared by the key-value store, secrets and
 * custom entities (they differ only in where the key lives and its limits).
 */
import { keyNotFound, StorageError, type StorageResult } from './errors';
import { checkKey } from './limits';
import { answerItem, putChange, storableValue, type StorageContext, type Target } from './records';
import type { MetadataField, Ttl } from './requests';

export interface GetArgs {
  key: string;
  options?: { metadataFields?: MetadataField[] };
}

export interface SetArgs {
  key: string;
  value: unknown;
  options?: { ttl?: Ttl; keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS'; returnValue?: 'PREVIOUS' | 'LATEST'; returnMetadataFields?: MetadataField[] };
}

export function getOne(ctx: StorageContext, target: Target, { key, options }: GetArgs): StorageResult {
  checkKey(key, target.kind);
  const item = ctx.store.get(target.ns, key);
  if (!item) throw keyNotFound();
  return { status: 200, body: answerItem(key, item, options?.metadataFields) };
}

export function setOne(ctx: StorageContext, target: Target, { key, value, options }: SetArgs): StorageResult {
  const stored = storableValue(target, key, value);
  const { change, previous } = putChange(ctx, target, key, stored, options?.ttl);
  if (options?.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
    // Forge documents FAIL_IF_EXISTS but not the code of its refusal; 409 KEY_ALREADY_EXISTS is this service's choice.
    throw new StorageError(409, 'KEY_ALREADY_EXISTS', `The key ${JSON.stringify(key)} already exists and keyPolicy is FAIL_IF_EXISTS.`);
  }
  ctx.commit([change]);
  if (!options?.returnValue) return { status: 204 };
  const returned = options.returnValue === 'LATEST' ? (change.op === 'put' ? change.item : undefined) : previous;
  // PREVIOUS of a new key has nothing to return: Forge answers 204 then (see @forge/kvs's tests).
  if (!returned) return { status: 204 };
  return { status: 200, body: answerItem(key, returned, options.returnMetadataFields) };
}

/** Deleting an absent key succeeds, as Forge documents for kvs.delete. */
export function deleteOne(ctx: StorageContext, target: Target, { key }: { key: string }): StorageResult {
  checkKey(key, target.kind);
  if (ctx.store.get(target.ns, key)) ctx.commit([{ op: 'delete', ns: target.ns, key }]);
  return { status: 204 };
}
