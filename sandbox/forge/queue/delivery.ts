/**
 * One delivery of one unit (an event for one consumer): build the AsyncEvent,
 * invoke the consumer (twice under chaos.duplicates), then settle the unit or
 * schedule its retry within Forge's limits.
 */
import type { QueueCore } from './core';
import { classify, combine, retryDataProblem, retryDelaySeconds, type Outcome } from './retry';
import type { AsyncEventDelivery } from './types';
import type { Unit } from './units';

function buildEvent(core: QueueCore, unit: Unit, now: number): AsyncEventDelivery {
  // Parsed afresh per delivery: a consumer that mutates its event cannot change what a retry or duplicate sees.
  const event: AsyncEventDelivery = { queueName: unit.queueName, jobId: unit.jobId, eventId: unit.eventId, body: JSON.parse(unit.bodyJson) as Record<string, unknown> };
  if (unit.delayInSeconds !== undefined) event.delayInSeconds = unit.delayInSeconds;
  if (unit.concurrency) event.concurrency = { ...unit.concurrency };
  if (unit.retryCount > 0) {
    const windowEnd = unit.enqueuedAt + core.limits.retentionMs;
    event.retryContext = {
      retryCount: unit.retryCount,
      retryReason: unit.retryReason ?? '',
      ...(unit.retryDataJson !== undefined ? { retryData: JSON.parse(unit.retryDataJson) as unknown } : {}),
      retentionWindow: { startTime: new Date(unit.enqueuedAt).toISOString(), remainingTimeMs: Math.max(0, windowEnd - now) },
    };
  }
  return event;
}

/** The consumer's promise; an `invoke` that throws synchronously becomes a rejection, so the unit is never lost. */
function invokeOnce(core: QueueCore, unit: Unit, event: AsyncEventDelivery): Promise<unknown> {
  return core.chains.run(unit.chain, async () => unit.consumer.invoke(event));
}

function where(unit: Unit): string {
  return `queue ${unit.queueName} consumer ${unit.consumer.key} job ${unit.jobId} event ${unit.eventId}`;
}

function fail(core: QueueCore, unit: Unit, why: string): void {
  core.ledger.settle(unit.jobId, unit.eventId, 'failed');
  core.ledger.queue(unit.queueName).failed += 1;
  core.ledger.consumer(unit.consumer.key).failed += 1;
  core.log(`${where(unit)}: FAILED permanently after ${unit.retryCount} retr${unit.retryCount === 1 ? 'y' : 'ies'}: ${why}.`);
}

/** Settles a unit whose delivery asked for a retry, or puts it back in the queue for that retry. */
function afterFailure(core: QueueCore, unit: Unit, outcome: Extract<Outcome, { kind: 'retry' }>): void {
  const attempt = unit.retryCount + 1;
  core.log(`${where(unit)}: delivery ${attempt} failed: ${outcome.detail}.`);
  if (core.ledger.isCancelled(unit.jobId)) {
    // Forge: after a cancel, "events from that job that have not yet started processing, including retries, will not be processed".
    core.ledger.settle(unit.jobId, unit.eventId, 'cancelled');
    core.ledger.queue(unit.queueName).cancelled += 1;
    core.log(`${where(unit)}: not retried, its job was cancelled.`);
    return;
  }
  const retryNumber = unit.retryCount + 1;
  if (retryNumber > core.limits.maxRetries) return fail(core, unit, `the retry limit (${core.limits.maxRetries}) is reached; last: ${outcome.detail}`);
  const dataProblem = retryDataProblem(outcome.retryData, core.limits);
  if (dataProblem) return fail(core, unit, `${dataProblem}, so the retry cannot be scheduled`);
  const now = core.now();
  const dueAt = now + retryDelaySeconds(outcome, retryNumber, core.limits) * 1000;
  const windowEnd = unit.enqueuedAt + core.limits.retentionMs;
  if (dueAt > windowEnd) return fail(core, unit, `the next retry (at ${new Date(dueAt).toISOString()}) falls after the 24 h retention window (ends ${new Date(windowEnd).toISOString()})`);
  unit.retryCount = retryNumber;
  unit.retryReason = outcome.reason;
  unit.retryDataJson = outcome.retryData === undefined ? undefined : JSON.stringify(outcome.retryData);
  unit.dueAt = dueAt;
  core.units.requeue(unit);
}

/** Delivers a unit that takeDue moved to in flight; resolves with the number of invocations made. */
export async function deliverUnit(core: QueueCore, unit: Unit, duplicates: boolean): Promise<number> {
  const now = core.now();
  if (unit.retryCount > 0 && now > unit.enqueuedAt + core.limits.retentionMs) {
    // The clock jumped past the window while a retry waited: Forge drops an event whose window app errors used up.
    core.units.land(unit);
    fail(core, unit, `the 24 h retention window ended before retry ${unit.retryCount} could run`);
    return 0;
  }
  const copies = duplicates ? 2 : 1;
  const settled = await Promise.allSettled(Array.from({ length: copies }, () => invokeOnce(core, unit, buildEvent(core, unit, now))));
  core.units.land(unit);
  const outcomes = settled.map(classify);
  const consumerCounts = core.ledger.consumer(unit.consumer.key);
  consumerCounts.deliveries += copies;
  consumerCounts.succeeded += outcomes.filter((o) => o.kind === 'success').length;
  consumerCounts.failedAttempts += outcomes.filter((o) => o.kind === 'retry').length;
  core.ledger.queue(unit.queueName).deliveries += copies;
  const outcome = combine(outcomes);
  if (outcome.kind === 'success') {
    core.ledger.settle(unit.jobId, unit.eventId, 'success');
    core.ledger.queue(unit.queueName).delivered += 1;
  } else afterFailure(core, unit, outcome);
  return copies;
}
