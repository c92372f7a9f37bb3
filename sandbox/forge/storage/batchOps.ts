/**
 * /api/v1/batch/set|get|delete (storage-reference/batchops): up to 25 items,
 * each succeeding or failing on its own (failures in `failedKeys` with
 * `{code, message}`); an empty batch, a repeated key or a payload over 4 MB
 * fails the whole request. A batch's writes are one log line.
 */
import { StorageError, invalid, keyNotFound, type StorageResult } from './errors';
import { checkKey, checkPayload, MAX_BATCH_ITEMS } from './limits';
import { answerItem, putChange, storableValue, targetFor, type Handler, type StorageContext, type Target } from './records';
import { batchDeleteRequest, batchGetRequest, batchSetRequest, parseBody } from './requests';
import type { Change } from './store';

interface BatchItem {
  key: string;
  entityName?: string;
}

const itemName = ({ key, entityName }: BatchItem) => (entityName === undefined ? { key } : { key, entityName });

function checkBatch(items: readonly BatchItem[], body: unknown, what: string): void {
  checkPayload(body, `batch ${what}`);
  if (items.length === 0) throw invalid(`A batch ${what} needs at least one item.`, 'BAD_REQUEST');
  if (items.length > MAX_BATCH_ITEMS) throw invalid(`A batch ${what} holds at most ${MAX_BATCH_ITEMS} items; this one has ${items.length}.`, 'BAD_REQUEST');
  const names = items.map((item) => JSON.stringify([item.entityName ?? null, item.key]));
  const repeated = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (repeated !== -1) throw invalid(`A batch ${what} may name each key once; ${JSON.stringify(items[repeated]!.key)} appears more than once.`, 'BAD_REQUEST');
}

/** Runs `each` per item; a refusal becomes that item's failedKeys entry. */
function perItem<T extends BatchItem>(ctx: StorageContext, items: readonly T[], each: (item: T, target: Target) => Record<string, unknown>): StorageResult {
  const successfulKeys: Record<string, unknown>[] = [];
  const failedKeys: Record<string, unknown>[] = [];
  for (const item of items) {
    try {
      successfulKeys.push({ ...itemName(item), ...each(item, targetFor(ctx, item.entityName)) });
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      failedKeys.push({ ...itemName(item), error: { code: error.code, message: error.message } });
    }
  }
  return { status: 200, body: { successfulKeys, failedKeys } };
}

export const batchRoutes: Record<string, Handler> = {
  '/api/v1/batch/set': (ctx, body, path) => {
    const items = parseBody(batchSetRequest, body, path);
    checkBatch(items, body, 'set');
    const changes: Change[] = [];
    const result = perItem(ctx, items, (item, target) => {
      changes.push(putChange(ctx, target, item.key, storableValue(target, item.key, item.value), item.options?.ttl).change);
      return {};
    });
    if (changes.length > 0) ctx.commit(changes);
    return result;
  },
  '/api/v1/batch/get': (ctx, body, path) => {
    const items = parseBody(batchGetRequest, body, path);
    checkBatch(items, body, 'get');
    return perItem(ctx, items, (item, target) => {
      checkKey(item.key, target.kind);
      const stored = ctx.store.get(target.ns, item.key);
      if (!stored) throw keyNotFound();
      return answerItem(item.key, stored, item.options?.metadataFields);
    });
  },
  '/api/v1/batch/delete': (ctx, body, path) => {
    const items = parseBody(batchDeleteRequest, body, path);
    checkBatch(items, body, 'delete');
    const changes: Change[] = [];
    // @forge/kvs's tests show a batch delete reporting an absent key as KEY_NOT_FOUND in failedKeys.
    const result = perItem(ctx, items, (item, target) => {
      checkKey(item.key, target.kind);
      if (!ctx.store.get(target.ns, item.key)) throw keyNotFound();
      changes.push({ op: 'delete', ns: target.ns, key: item.key });
      return {};
    });
    if (changes.length > 0) ctx.commit(changes);
    return result;
  },
};
