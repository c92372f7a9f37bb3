/**
 * The work waiting in the queue: one unit per event and consumer, either
 * pending (first delivery or retry, due at `dueAt`) or in flight. A unit is in
 * exactly one of the two maps, which is what stops an event being delivered
 * twice at once however many pumps run.
 */
import type { QueueConsumer } from './types';

/** Push requests made from one initial invocation, for Forge's cyclic invocation limit. */
export interface PushChain {
  pushes: number;
}

export interface Unit {
  /** Push order, the FIFO tie-break. */
  seq: number;
  eventId: string;
  jobId: string;
  queueName: string;
  consumer: QueueConsumer;
  /** Kept serialized so each delivery gets its own copy, as Forge sends JSON. */
  bodyJson: string;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
  enqueuedAt: number;
  dueAt: number;
  retryCount: number;
  retryReason?: string;
  retryDataJson?: string;
  chain: PushChain;
}

/** A seeded Fisher–Yates shuffle; the same seed and the same pushes give the same order. */
function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export class UnitBook {
  private readonly pending = new Map<number, Unit>();
  private readonly inFlight = new Map<number, Unit>();
  /** Concurrency keys are installation-wide, across queues (async-events-api "Concurrency"). */
  private readonly running = new Map<string, number>();

  add(unit: Unit): void {
    this.pending.set(unit.seq, unit);
  }

  /**
   * Moves every unit that is due at `now` to in flight, oldest first (or shuffled),
   * leaving in the queue those whose concurrency key is at its limit.
   */
  takeDue(now: number, random?: () => number): Unit[] {
    const due = [...this.pending.values()].filter((u) => u.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
    if (random) shuffle(due, random);
    const taken: Unit[] = [];
    for (const unit of due) {
      if (unit.concurrency) {
        const busy = this.running.get(unit.concurrency.key) ?? 0;
        if (busy >= unit.concurrency.limit) continue;
        this.running.set(unit.concurrency.key, busy + 1);
      }
      this.pending.delete(unit.seq);
      this.inFlight.set(unit.seq, unit);
      taken.push(unit);
    }
    return taken;
  }

  /** Ends a unit's flight; it is done, failed or cancelled unless `requeue` puts it back. */
  land(unit: Unit): void {
    if (!this.inFlight.delete(unit.seq)) throw new Error(`queue bookkeeping: unit ${unit.eventId} was not in flight.`);
    if (unit.concurrency) {
      const busy = (this.running.get(unit.concurrency.key) ?? 1) - 1;
      if (busy > 0) this.running.set(unit.concurrency.key, busy);
      else this.running.delete(unit.concurrency.key);
    }
  }

  requeue(unit: Unit): void {
    this.pending.set(unit.seq, unit);
  }

  /** Takes a cancelled job's waiting units out; units in flight finish (Forge: running invocations are not affected). */
  removePendingOf(jobId: string): Unit[] {
    const removed = [...this.pending.values()].filter((u) => u.jobId === jobId);
    for (const unit of removed) this.pending.delete(unit.seq);
    return removed;
  }

  hasDue(now: number): boolean {
    for (const unit of this.pending.values()) if (unit.dueAt <= now) return true;
    return false;
  }

  nextDueAt(): number | undefined {
    let next: number | undefined;
    for (const unit of this.pending.values()) if (next === undefined || unit.dueAt < next) next = unit.dueAt;
    return next;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Per queue: pending, of which awaiting a retry, and in flight. */
  countsByQueue(): Map<string, { pending: number; awaitingRetry: number; inFlight: number }> {
    const counts = new Map<string, { pending: number; awaitingRetry: number; inFlight: number }>();
    const entry = (queue: string) => counts.get(queue) ?? counts.set(queue, { pending: 0, awaitingRetry: 0, inFlight: 0 }).get(queue)!;
    for (const unit of this.pending.values()) {
      const c = entry(unit.queueName);
      c.pending += 1;
      if (unit.retryCount > 0) c.awaitingRetry += 1;
    }
    for (const unit of this.inFlight.values()) entry(unit.queueName).inFlight += 1;
    return counts;
  }
}
