/**
 * The three endpoints @forge/events calls through __requestAtlassianAsApp
 * (queries.js): publish (201), stats (200) and cancel (204). Every refusal is
 * logged as well as answered, so a push the app does not check still shows.
 */
import { randomUUID } from 'node:crypto';
import type { QueueCore } from './core';
import { parseJobRequest, parsePublishRequest, refusal, type PublishRequest } from './requests';
import type { QueueResult } from './types';

const ROUTE = /^\/webhook\/queue\/(publish|stats|cancel)(?:\/|$|\?)/;
const MINUTE_MS = 60_000;

function notFound(jobId: string, queueName: string): QueueResult {
  // text.js jobDoesNotExit, so the sandbox reads like Forge in logs.
  return refusal(404, 'JOB_NOT_FOUND', `The job ${jobId} was not found for the queue ${queueName}.`);
}

/** Events accepted in the minute before `now`; older entries are dropped. */
function eventsInLastMinute(core: QueueCore, now: number): number {
  while (core.pushWindow.length > 0 && (core.pushWindow[0]?.at ?? now) <= now - MINUTE_MS) core.pushWindow.shift();
  return core.pushWindow.reduce((sum, p) => sum + p.events, 0);
}

function admit(core: QueueCore, request: PublishRequest): QueueResult | undefined {
  const { queueName, jobId, events } = request;
  const consumers = core.consumersByQueue.get(queueName);
  if (!consumers) {
    const known = [...core.consumersByQueue.keys()].join(', ') || 'none';
    return refusal(400, 'NO_CONSUMER', `No consumer module in manifest.yml listens to queue "${queueName}" (queues with a consumer: ${known}); the ${events.length} event(s) were not enqueued.`);
  }
  // The SDK mints a fresh randomUUID per push; a repeated id means a replayed request, which must not merge jobs.
  if (core.ledger.hasJob(jobId)) return refusal(409, 'JOB_EXISTS', `Job ${jobId} already exists; each push creates its own job.`);
  const chain = core.chains.getStore();
  if (chain && chain.pushes >= core.limits.cyclicPushLimit) {
    return refusal(405, 'INVOCATION_LIMIT_REACHED', `The limit on cyclic invocation has been reached: ${chain.pushes} pushes from one initial invocation (Forge allows ${core.limits.cyclicPushLimit}).`);
  }
  const now = core.now();
  const recent = eventsInLastMinute(core, now);
  if (recent + events.length > core.limits.eventsPerMinute) {
    return refusal(429, 'RATE_LIMITED', `Too many requests: ${recent} events pushed in the last minute, ${events.length} more would pass Forge's ${core.limits.eventsPerMinute} per minute.`);
  }
  return undefined;
}

function publish(core: QueueCore, body: unknown): QueueResult {
  const parsed = parsePublishRequest(body, core.limits);
  if (!parsed.ok) return parsed.result;
  const refused = admit(core, parsed.value);
  if (refused) return refused;
  const { queueName, jobId, events } = parsed.value;
  const consumers = core.consumersByQueue.get(queueName) ?? [];
  const now = core.now();
  // A push from outside any consumer starts a new chain; one from inside a consumer continues that consumer's chain.
  const chain = core.chains.getStore() ?? { pushes: 0 };
  chain.pushes += 1;
  core.pushWindow.push({ at: now, events: events.length });
  core.ledger.openJob(jobId, queueName);
  for (const event of events) {
    const eventId = randomUUID();
    core.ledger.openEvent(jobId, eventId, consumers.length);
    const bodyJson = JSON.stringify(event.body);
    for (const consumer of consumers) {
      core.units.add({
        seq: core.nextSeq(),
        eventId,
        jobId,
        queueName,
        consumer,
        bodyJson,
        ...(event.delayInSeconds !== undefined ? { delayInSeconds: event.delayInSeconds } : {}),
        ...(event.concurrency ? { concurrency: event.concurrency } : {}),
        enqueuedAt: now,
        dueAt: now + (event.delayInSeconds ?? 0) * 1000,
        retryCount: 0,
        chain,
      });
    }
  }
  core.ledger.pushes.accepted += 1;
  return { status: 201, body: { jobId } };
}

function stats(core: QueueCore, body: unknown): QueueResult {
  const parsed = parseJobRequest(body, 'stats');
  if (!parsed.ok) return parsed.result;
  const { jobId, queueName } = parsed.value;
  const counts = core.ledger.jobStats(jobId, queueName);
  return counts ? { status: 200, body: counts } : notFound(jobId, queueName);
}

function cancel(core: QueueCore, body: unknown): QueueResult {
  const parsed = parseJobRequest(body, 'cancel');
  if (!parsed.ok) return parsed.result;
  const { jobId, queueName } = parsed.value;
  if (!core.ledger.jobStats(jobId, queueName)) return notFound(jobId, queueName);
  core.ledger.cancelJob(jobId);
  const dropped = core.units.removePendingOf(jobId);
  for (const unit of dropped) {
    core.ledger.settle(unit.jobId, unit.eventId, 'cancelled');
    core.ledger.queue(unit.queueName).cancelled += 1;
  }
  core.log(`queue ${queueName}: job ${jobId} cancelled; ${dropped.length} waiting delivery(ies) dropped, ${core.ledger.jobStats(jobId, queueName)?.inProgress ?? 0} event(s) still running.`);
  return { status: 204 };
}

export function handleRequest(core: QueueCore, path: string, body: unknown): QueueResult {
  const endpoint = ROUTE.exec(path)?.[1];
  const result =
    endpoint === 'publish'
      ? publish(core, body)
      : endpoint === 'stats'
        ? stats(core, body)
        : endpoint === 'cancel'
          ? cancel(core, body)
          : refusal(404, 'UNKNOWN_ENDPOINT', `The local queue serves /webhook/queue/publish|stats|cancel, not ${path}.`);
  if (result.status >= 400) {
    if (endpoint === 'publish') core.ledger.pushes.refused[result.status] = (core.ledger.pushes.refused[result.status] ?? 0) + 1;
    const message = (result.body as { message?: string } | undefined)?.message ?? '';
    // A 404 from getStats is an answer, not a fault; everything else is logged so it cannot pass unseen.
    if (!(endpoint === 'stats' && result.status === 404)) core.log(`queue ${endpoint ?? path}: refused with ${result.status}: ${message}`);
  }
  return result;
}
