/**
 * The public shapes of the local async-events queue service: what the runtime
 * shim hands it (consumers, clock, log) and what it gives back.
 */
import type { QueueLimits } from './limits';

export interface QueueConsumer {
  /** The consumer module's key in manifest.yml, and the queue it listens to. */
  key: string;
  queue: string;
  /** Runs the consumer function once for one event, as Forge would (the runtime shim builds this). Resolves with what the function returned; rejects when it threw. */
  invoke(event: AsyncEventDelivery): Promise<unknown>;
}

/** Forge's RetryContext (@forge/events types.d.ts); only present on a redelivery after a failure. */
export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData?: unknown;
  /** As Forge sends it: when the 24 h window began and how much of it is left. */
  retentionWindow?: { startTime: string; remainingTimeMs: number };
}

/** What a consumer receives: Forge's AsyncEvent (@forge/events types.d.ts). */
export interface AsyncEventDelivery {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
  retryContext?: RetryContext;
}

export interface QueueChaos {
  /** Every delivery is made twice, concurrently (both count), so consumers can be proven idempotent. */
  duplicates?: boolean;
  /** Due events are delivered in a seeded random order instead of FIFO. */
  shuffle?: boolean;
  seed?: string;
}

export interface QueueServiceOptions {
  consumers: QueueConsumer[];
  /** The sandbox clock (ms); may jump forward. */
  now: () => number;
  /** Test switch: deliver every event twice and in shuffled order (seeded), so consumers can be proven idempotent. */
  chaos?: QueueChaos;
  /** Refusals, failed attempts and permanent failures; defaults to console.warn so nothing fails silently. */
  log?: (line: string) => void;
  /** Forge's limits (limits.ts) by default; override only to study a scenario, never to hide a failure. */
  limits?: Partial<QueueLimits>;
}

/** What `handle` answers; `queueResponse` turns it into the WHATWG Response the SDK reads. */
export interface QueueResult {
  status: number;
  body?: unknown;
}

export interface DrainOptions {
  /** Runaway guard: drain throws when it has made this many deliveries and work remains (default 100 000). */
  maxDeliveries?: number;
  /** Moves the sandbox clock to the given instant (ms) when nothing is due now but events are waiting. */
  advanceClock?: (toMs: number) => void;
}

export interface QueueCounts {
  /** Waiting to be delivered, first time or retry. */
  pending: number;
  /** Of those pending, the ones waiting for a retry. */
  awaitingRetry: number;
  inFlight: number;
  /** Deliveries that ended with success (one per event and consumer). */
  delivered: number;
  /** Events given up on (retry limit, retention window, retryData limit). */
  failed: number;
  /** Events dropped by a job cancel before they ran. */
  cancelled: number;
  /** Invocations made, duplicates and retries included. */
  deliveries: number;
}

export interface ConsumerCounts {
  queue: string;
  deliveries: number;
  succeeded: number;
  /** Invocations that threw or asked for a retry. */
  failedAttempts: number;
  failed: number;
}

export type QueueServiceStats = {
  queues: Record<string, QueueCounts>;
  consumers: Record<string, ConsumerCounts>;
  /** Push requests accepted and refused (by HTTP status). */
  pushes: { accepted: number; refused: Record<string, number> };
};

export interface QueueService {
  /** Answers one @forge/events request (path as sent, parsed JSON body). */
  handle(path: string, body: unknown): QueueResult;
  /** Delivers every event that is due at now(); resolves when those deliveries (and their immediate retries that are due) have finished. */
  pump(): Promise<number>;
  /** Pumps until nothing is due now; with {advanceClock} it moves the clock to the next due time and continues until the queue is empty (tests). */
  drain(options?: DrainOptions): Promise<number>;
  /** Starts a background timer (unref'd) that pumps every intervalMs of real time; stop() stops it. */
  start(intervalMs?: number): void;
  stop(): void;
  setChaos(chaos: QueueServiceOptions['chaos']): void;
  /** Per queue: pending, in flight, delivered, failed; and deliveries per consumer (benchmarks). */
  stats(): QueueServiceStats;
}
