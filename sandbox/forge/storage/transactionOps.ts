/**
 * /api/v1/transaction: sets, deletes and checks that commit all together or
 * not at all (storage-reference/transactions, transactions-entities).
 * Every operation is checked and every condition evaluated against the stored
 * value before anything is written; a condition on a missing key fails.
 */
import { checkFilters, passes, type FilterSet } from './conditions';
import { invalid, StorageError, type StorageResult } from './errors';
import { checkKey, checkPayload, MAX_TRANSACTION_OPERATIONS } from './limits';
import { putChange, storableValue, targetFor, type Handler, type StorageContext, type Target } from './records';
import { parseBody, transactionRequest, type Filters } from './requests';
import type { Change } from './store';

type Operation = 'set' | 'delete' | 'check';

interface Guard {
  operation: Operation;
  key: string;
  target: Target;
  conditions: FilterSet;
}

export const transactionRoutes: Record<string, Handler> = { '/api/v1/transaction': transact };

function transact(ctx: StorageContext, body: unknown, path: string): StorageResult {
  const request = parseBody(transactionRequest, body, path);
  checkPayload(body, 'transaction');
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const count = sets.length + deletes.length + checks.length;
  if (count === 0) throw invalid('A transaction needs at least one set, delete or check.', 'BAD_REQUEST');
  if (count > MAX_TRANSACTION_OPERATIONS) throw invalid(`A transaction holds at most ${MAX_TRANSACTION_OPERATIONS} operations; this one has ${count}.`, 'BAD_REQUEST');
  const keys = [...sets, ...deletes, ...checks].map((operation) => operation.key);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated !== undefined) throw invalid(`Each key can be used only once in a transaction; ${JSON.stringify(repeated)} is used more than once.`, 'BAD_REQUEST');

  const guards: Guard[] = [];
  const guard = (operation: Operation, i: number, key: string, target: Target, raw: Filters | undefined) => {
    if (!raw) return;
    const where = `transaction ${operation}[${i}] (${key})`;
    if (!target.entity) throw invalid(`${where}: conditions apply to custom entities; the operation names no entityName.`, 'BAD_REQUEST');
    guards.push({ operation, key, target, conditions: checkFilters(raw, target.entity, `${where} conditions`) });
  };

  const changes: Change[] = [];
  sets.forEach((set, i) => {
    const target = targetFor(ctx, set.entityName);
    const value = storableValue(target, set.key, set.value);
    guard('set', i, set.key, target, set.conditions);
    changes.push(putChange(ctx, target, set.key, value, set.options?.ttl).change);
  });
  deletes.forEach((del, i) => {
    const target = targetFor(ctx, del.entityName);
    checkKey(del.key, target.kind);
    guard('delete', i, del.key, target, del.conditions);
    // Deleting an absent key succeeds (Forge documents so) and needs no log line.
    if (ctx.store.get(target.ns, del.key)) changes.push({ op: 'delete', ns: target.ns, key: del.key });
  });
  checks.forEach((check, i) => {
    if (check.entityName === undefined) throw invalid(`transaction check[${i}] (${check.key}): a check names the entity whose value it tests.`, 'BAD_REQUEST');
    const target = targetFor(ctx, check.entityName);
    checkKey(check.key, target.kind);
    guard('check', i, check.key, target, check.conditions);
  });

  const failed = guards.filter(({ target, key, conditions }) => {
    const item = ctx.store.get(target.ns, key);
    return !item || !passes(item.value, conditions);
  });
  if (failed.length > 0) {
    const named = failed.map((g) => `${g.operation} ${g.target.entity?.name}/${g.key}`).join(', ');
    // Forge does not document this answer's code; 409 CONDITIONAL_CHECK_FAILED is this service's choice.
    throw new StorageError(409, 'CONDITIONAL_CHECK_FAILED', `The transaction was not applied: the conditions of ${named} do not hold (or the key does not exist).`, {
      failedConditions: failed.map((g) => ({ operation: g.operation, entityName: g.target.entity?.name, key: g.key })),
    });
  }
  if (changes.length > 0) ctx.commit(changes);
  return { status: 204 };
}
