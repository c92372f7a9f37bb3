/**
 * The local app storage service that @forge/kvs talks to through
 * `__forge_fetch__({type: 'kvs'}, '/api/v1/…', {body})`: the key-value store,
 * secrets, custom entities checked against manifest.yml, batches and
 * transactions, with Forge's limits, kept in memory and (with `logFile`) in an
 * append-only log that survives kill -9. In-process: the runtime shim calls
 * `handle` and wraps the answer with `storageResponse`.
 */
import { batchRoutes } from './batchOps';
import { entityRoutes } from './entityOps';
import { parseEntitySchemas } from './entitySchemas';
import { StorageError, type StorageResult } from './errors';
import { keyValueRoutes } from './keyValueOps';
import { openChangeLog, shouldCompact, type ChangeLog } from './log';
import type { Handler, StorageContext } from './records';
import { MemoryStore } from './store';
import { transactionRoutes } from './transactionOps';

export { storageResponse } from './response';
export { COMPACTION_MIN_LINES } from './log';
export type { StorageResult } from './errors';

export interface StorageService {
  /** Answers one @forge/kvs request: path like '/api/v1/entity/query', body = the parsed JSON body. */
  handle(path: string, body: unknown): { status: number; body?: unknown };
  /** Operation counts per path since the last reset (for benchmarks). */
  stats(): Record<string, number>;
  resetStats(): void;
  /** Closes the log file. */
  close(): void;
}

export interface StorageServiceOptions {
  /** The parsed manifest.yml; its `app.storage.entities` are the entities the service accepts. */
  manifest: unknown;
  /** Durable when set: every acknowledged write is in this file before `handle` returns. */
  logFile?: string;
  /** Epoch milliseconds; TTLs and metadata follow this clock. */
  now?: () => number;
}

const ROUTES: Record<string, Handler> = { ...keyValueRoutes, ...entityRoutes, ...batchRoutes, ...transactionRoutes };

export function createStorageService(options: StorageServiceOptions): StorageService {
  const now = options.now ?? Date.now;
  const schemas = parseEntitySchemas(options.manifest);
  const store = new MemoryStore(now);
  const log: ChangeLog | undefined = options.logFile ? openChangeLog(options.logFile, (changes) => store.apply(changes)) : undefined;
  if (log && shouldCompact(log.lines, store.size())) log.compact(store.snapshot());

  const ctx: StorageContext = {
    store,
    schemas,
    now,
    commit(changes) {
      // Log first: a write that cannot be made durable is not applied either.
      log?.append(changes);
      store.apply(changes);
    },
  };
  let counts: Record<string, number> = {};
  let closed = false;

  return {
    handle(path, body): StorageResult {
      counts[path] = (counts[path] ?? 0) + 1;
      if (closed) return new StorageError(503, 'SERVICE_CLOSED', `POST ${path}: the storage service has been closed.`).toResult();
      const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
      if (!route) return new StorageError(404, 'UNKNOWN_OPERATION', `POST ${path} is not an operation of the local Forge storage service (it serves ${Object.keys(ROUTES).join(', ')}).`).toResult();
      try {
        return route(ctx, body, path);
      } catch (error) {
        if (error instanceof StorageError) return error.toResult();
        return new StorageError(500, 'INTERNAL_SERVER_ERROR', `POST ${path} failed in the local storage service: ${error instanceof Error ? error.message : String(error)}`).toResult();
      }
    },
    stats: () => ({ ...counts }),
    resetStats() {
      counts = {};
    },
    close() {
      if (closed) return;
      closed = true;
      log?.close();
    },
  };
}
