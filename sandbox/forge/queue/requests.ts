/**
 * Reads the three request bodies @forge/events posts (queue.js, jobProgress.js)
 * and refuses any that the SDK would not send or Forge would not accept.
 */
import { QUEUE_NAME_PATTERN, type QueueLimits } from './limits';
import type { QueueResult } from './types';

export interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
}

export interface PublishRequest {
  queueName: string;
  jobId: string;
  events: PushedEvent[];
}

export interface JobRequest {
  queueName: string;
  jobId: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; result: QueueResult };

/** validators.js reads `message` (and `errors`) for most statuses and `errorMessage` for 413 and 202: send both. */
export function refusal(status: number, code: string, message: string, extra: Record<string, unknown> = {}): QueueResult {
  return { status, body: { code, message, errorMessage: message, ...extra } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseEnvelope(body: unknown, what: string): Parsed<JobRequest & { raw: Record<string, unknown> }> {
  if (!isRecord(body)) return { ok: false, result: refusal(400, 'INVALID_REQUEST', `${what}: the body must be a JSON object.`) };
  const { queueName, jobId, time } = body;
  if (typeof queueName !== 'string' || !QUEUE_NAME_PATTERN.test(queueName)) {
    return { ok: false, result: refusal(400, 'INVALID_QUEUE_NAME', `${what}: queueName ${JSON.stringify(queueName)} is not a queue name (letters, digits, - and _).`) };
  }
  if (typeof jobId !== 'string' || jobId === '') return { ok: false, result: refusal(400, 'INVALID_JOB_ID', `${what}: jobId cannot be empty.`) };
  // The SDK always stamps `time`; a body without it was not built by @forge/events.
  if (typeof time !== 'string' || Number.isNaN(Date.parse(time))) return { ok: false, result: refusal(400, 'INVALID_TIME', `${what}: time must be an ISO date, got ${JSON.stringify(time)}.`) };
  return { ok: true, value: { queueName, jobId, raw: body } };
}

export function parseJobRequest(body: unknown, what: 'stats' | 'cancel'): Parsed<JobRequest> {
  const envelope = parseEnvelope(body, what);
  return envelope.ok ? { ok: true, value: { queueName: envelope.value.queueName, jobId: envelope.value.jobId } } : envelope;
}

/** The reason one event is refused, or the event as stored. */
function parseEvent(event: unknown, limits: QueueLimits): PushedEvent | string {
  if (!isRecord(event)) return 'Event must be an object.';
  if (!isRecord(event.body)) return 'Event body must be an object.';
  const parsed: PushedEvent = { body: event.body };
  if (event.delayInSeconds !== undefined) {
    const delay = event.delayInSeconds;
    // Fractions are allowed: Forge's own storage guide pushes delayInSeconds: 0.5.
    if (typeof delay !== 'number' || !Number.isFinite(delay) || delay < 0 || delay > limits.maxDelaySeconds) {
      return `The delayInSeconds setting must be between 0 and ${limits.maxDelaySeconds}, got ${JSON.stringify(delay)}.`;
    }
    parsed.delayInSeconds = delay;
  }
  if (event.concurrency !== undefined) {
    const c = event.concurrency;
    if (!isRecord(c) || typeof c.key !== 'string' || c.key === '' || typeof c.limit !== 'number' || !Number.isInteger(c.limit) || c.limit < 1) {
      return `concurrency must be { key: non-empty string, limit: integer >= 1 }, got ${JSON.stringify(c)}.`;
    }
    parsed.concurrency = { key: c.key, limit: c.limit };
  }
  return parsed;
}

export function parsePublishRequest(body: unknown, limits: QueueLimits): Parsed<PublishRequest> {
  const envelope = parseEnvelope(body, 'publish');
  if (!envelope.ok) return envelope;
  const { queueName, jobId, raw } = envelope.value;
  for (const field of ['type', 'schema'] as const) {
    if (typeof raw[field] !== 'string' || raw[field] === '') return { ok: false, result: refusal(400, 'INVALID_REQUEST', `publish: ${field} must be a non-empty string.`) };
  }
  const payload = raw.payload;
  if (!Array.isArray(payload)) return { ok: false, result: refusal(400, 'INVALID_PAYLOAD', 'publish: payload must be an array of events.') };
  if (payload.length === 0) return { ok: false, result: refusal(400, 'NO_EVENTS', 'No events pushed.') };
  if (payload.length > limits.maxEventsPerPush) {
    return { ok: false, result: refusal(400, 'TOO_MANY_EVENTS', `This push contains ${payload.length} events, more than the ${limits.maxEventsPerPush} events allowed.`) };
  }
  const sizeKb = Buffer.byteLength(JSON.stringify(payload)) / 1024;
  if (sizeKb > limits.maxPayloadKb) {
    return { ok: false, result: refusal(413, 'PAYLOAD_TOO_BIG', `The maximum payload size is ${limits.maxPayloadKb}KB; this push is ${sizeKb.toFixed(1)}KB.`) };
  }
  const events: PushedEvent[] = [];
  const failedEvents: { index: number; errorMessage: string }[] = [];
  payload.forEach((event: unknown, index) => {
    const parsed = parseEvent(event, limits);
    if (typeof parsed === 'string') failedEvents.push({ index, errorMessage: parsed });
    else events.push(parsed);
  });
  // All or nothing: a half-enqueued push would leave the producer unsure what to re-push.
  if (failedEvents.length > 0) {
    const detail = failedEvents.map((f) => `#${f.index}: ${f.errorMessage}`).join('; ');
    return { ok: false, result: refusal(400, 'INVALID_EVENTS', `publish: ${failedEvents.length} event(s) refused, none enqueued (${detail}).`, { failedEvents }) };
  }
  return { ok: true, value: { queueName, jobId, events } };
}
