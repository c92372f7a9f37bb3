/**
 * The key-value store's and the secret store's endpoints: /api/v1/get|set|delete|query
 * and /api/v1/secret/get|set|delete. Secrets live apart and cannot be queried.
 */
import { invalid, type StorageResult } from './errors';
import { paginate } from './cursor';
import { compareStrings, type Json } from './json';
import { pageLimit } from './limits';
import { answerItem, KV_TARGET, SECRET_TARGET, type Handler, type StorageContext, type Target } from './records';
import { deleteRequest, getRequest, parseBody, queryRequest, setRequest } from './requests';
import { deleteOne, getOne, setOne } from './singleOps';

const keyHandlers = (target: Target): { get: Handler; set: Handler; delete: Handler } => ({
  get: (ctx, body, path) => getOne(ctx, target, parseBody(getRequest, body, path)),
  set: (ctx, body, path) => setOne(ctx, target, parseBody(setRequest, body, path)),
  delete: (ctx, body, path) => deleteOne(ctx, target, parseBody(deleteRequest, body, path)),
});

const kv = keyHandlers(KV_TARGET);
const secret = keyHandlers(SECRET_TARGET);

export const keyValueRoutes: Record<string, Handler> = {
  '/api/v1/get': kv.get,
  '/api/v1/set': kv.set,
  '/api/v1/delete': kv.delete,
  '/api/v1/query': queryKeys,
  '/api/v1/secret/get': secret.get,
  '/api/v1/secret/set': secret.set,
  '/api/v1/secret/delete': secret.delete,
};

/**
 * kvs.query(): keys in order, optionally those beginning with a prefix. Forge
 * documents a single `where` on `key` and BEGINS_WITH as the only condition of
 * the key-value store (storage-api-query), so anything else is refused.
 */
function queryKeys(ctx: StorageContext, body: unknown, path: string): StorageResult {
  const request = parseBody(queryRequest, body, path);
  const limit = pageLimit(request.limit, 'BAD_REQUEST');
  const where = request.where ?? [];
  if (where.length > 1) throw invalid(`A key-value query takes at most one where condition; got ${where.length}.`, 'BAD_REQUEST');
  const clause = where[0];
  let prefix = '';
  if (clause) {
    if (clause.condition !== 'BEGINS_WITH') throw invalid(`The key-value store supports only BEGINS_WITH on key; got ${clause.condition}.`, 'BAD_REQUEST');
    const [value, ...rest] = clause.values;
    if (typeof value !== 'string' || rest.length > 0) throw invalid('BEGINS_WITH on key takes one string value.', 'BAD_REQUEST');
    prefix = value;
  }
  const rows = ctx.store
    .entries(KV_TARGET.ns)
    .filter(([key]) => key.startsWith(prefix))
    .sort(([a], [b]) => compareStrings(a, b));
  const { page, cursor } = paginate(rows, {
    position: ([key]) => [key],
    compare: (a: Json[], b: Json[]) => compareStrings(String(a[0]), String(b[0])),
    cursor: request.after,
    scope: ['kv', prefix],
    limit,
  });
  const data = page.map(([key, item]) => answerItem(key, item, request.options?.metadataFields));
  return { status: 200, body: cursor ? { data, cursor } : { data } };
}
