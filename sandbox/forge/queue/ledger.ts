/**
 * The record of what happened: per job, how many events succeeded, failed or
 * are still in progress (what getStats answers); per queue and per consumer,
 * delivery counters (what stats() reports). Settled events keep only counts,
 * so a long benchmark does not hold every body in memory.
 */
import type { ConsumerCounts, QueueConsumer } from './types';

export type Settlement = 'success' | 'failed' | 'cancelled';

interface OpenEvent {
  /** Units (one per consumer) not yet settled. */
  units: number;
  failed: boolean;
  cancelled: boolean;
}

interface Job {
  queueName: string;
  open: Map<string, OpenEvent>;
  success: number;
  failed: number;
  cancelledEvents: number;
  cancelled: boolean;
}

export interface QueueCounters {
  delivered: number;
  failed: number;
  cancelled: number;
  deliveries: number;
}

export class Ledger {
  private readonly jobs = new Map<string, Job>();
  readonly queues = new Map<string, QueueCounters>();
  readonly consumers = new Map<string, ConsumerCounts>();
  readonly pushes = { accepted: 0, refused: {} as Record<string, number> };

  constructor(consumers: QueueConsumer[]) {
    for (const c of consumers) {
      this.queue(c.queue);
      this.consumers.set(c.key, { queue: c.queue, deliveries: 0, succeeded: 0, failedAttempts: 0, failed: 0 });
    }
  }

  queue(name: string): QueueCounters {
    let counters = this.queues.get(name);
    if (!counters) this.queues.set(name, (counters = { delivered: 0, failed: 0, cancelled: 0, deliveries: 0 }));
    return counters;
  }

  consumer(key: string): ConsumerCounts {
    const counts = this.consumers.get(key);
    if (!counts) throw new Error(`queue bookkeeping: unknown consumer ${key}.`);
    return counts;
  }

  hasJob(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  openJob(jobId: string, queueName: string): void {
    this.jobs.set(jobId, { queueName, open: new Map(), success: 0, failed: 0, cancelledEvents: 0, cancelled: false });
  }

  openEvent(jobId: string, eventId: string, units: number): void {
    this.job(jobId).open.set(eventId, { units, failed: false, cancelled: false });
  }

  /** Settles one unit; the event settles when its last unit does (failed wins over cancelled over success). */
  settle(jobId: string, eventId: string, how: Settlement): void {
    const job = this.job(jobId);
    const event = job.open.get(eventId);
    if (!event) throw new Error(`queue bookkeeping: event ${eventId} of job ${jobId} is already settled.`);
    if (how === 'failed') event.failed = true;
    if (how === 'cancelled') event.cancelled = true;
    event.units -= 1;
    if (event.units > 0) return;
    job.open.delete(eventId);
    if (event.failed) job.failed += 1;
    else if (event.cancelled) job.cancelledEvents += 1;
    else job.success += 1;
  }

  cancelJob(jobId: string): void {
    this.job(jobId).cancelled = true;
  }

  isCancelled(jobId: string): boolean {
    return this.job(jobId).cancelled;
  }

  /**
   * getStats' answer, or undefined for a job this queue never had. Cancelled events are in
   * none of the three counts: they neither ran nor remain to run, so a poller waiting for
   * inProgress 0 stops.
   */
  jobStats(jobId: string, queueName: string): { success: number; inProgress: number; failed: number } | undefined {
    const job = this.jobs.get(jobId);
    if (!job || job.queueName !== queueName) return undefined;
    return { success: job.success, inProgress: job.open.size, failed: job.failed };
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new Error(`queue bookkeeping: unknown job ${jobId}.`);
    return job;
  }
}
