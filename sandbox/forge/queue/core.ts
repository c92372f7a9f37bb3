/**
 * The state one queue service holds, shared by its endpoints (endpoints.ts),
 * its deliveries (delivery.ts) and its pump (service.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Ledger } from './ledger';
import { QUEUE_NAME_PATTERN, resolveLimits, type QueueLimits } from './limits';
import type { QueueConsumer, QueueServiceOptions } from './types';
import { UnitBook, type PushChain } from './units';

export interface QueueCore {
  limits: QueueLimits;
  now: () => number;
  log: (line: string) => void;
  consumersByQueue: Map<string, QueueConsumer[]>;
  units: UnitBook;
  ledger: Ledger;
  /** The push chain of the consumer invocation running now, if any (pushes made inside it inherit it). */
  chains: AsyncLocalStorage<PushChain>;
  /** Accepted pushes in the last minute of sandbox time, for Forge's events-per-minute limit. */
  pushWindow: { at: number; events: number }[];
  nextSeq: () => number;
}

function groupConsumers(consumers: QueueConsumer[]): Map<string, QueueConsumer[]> {
  const byQueue = new Map<string, QueueConsumer[]>();
  const keys = new Set<string>();
  for (const consumer of consumers) {
    // Caught at start-up: a bad manifest entry would otherwise surface as a refused push much later.
    if (!consumer.key || keys.has(consumer.key)) throw new Error(`Queue consumers need unique keys; "${consumer.key}" is empty or repeated.`);
    if (!QUEUE_NAME_PATTERN.test(consumer.queue)) throw new Error(`Consumer ${consumer.key}: "${consumer.queue}" is not a valid queue name (letters, digits, - and _).`);
    if (typeof consumer.invoke !== 'function') throw new Error(`Consumer ${consumer.key} has no invoke function.`);
    keys.add(consumer.key);
    byQueue.set(consumer.queue, [...(byQueue.get(consumer.queue) ?? []), consumer]);
  }
  return byQueue;
}

export function createCore(options: QueueServiceOptions): QueueCore {
  let seq = 0;
  return {
    limits: resolveLimits(options.limits),
    now: options.now,
    log: options.log ?? ((line: string) => console.warn(`[queue] ${line}`)),
    consumersByQueue: groupConsumers(options.consumers),
    units: new UnitBook(),
    ledger: new Ledger(options.consumers),
    chains: new AsyncLocalStorage<PushChain>(),
    pushWindow: [],
    nextSeq: () => ++seq,
  };
}
