/**
 * Forge's async-events limits, each with where it comes from. The defaults are
 * Forge's own (or stricter where Forge's documents disagree), so an app that
 * passes here does not meet a tighter limit in production.
 */

export interface QueueLimits {
  /** @forge/events validators.js MAXIMUM_EVENTS; limits-async-events "Event per request | 50". */
  maxEventsPerPush: number;
  /** validators.js MAXIMUM_PAYLOAD_SIZE_KB, measured as Buffer.byteLength(JSON.stringify(events)) / 1024. */
  maxPayloadKb: number;
  /** validators.js / text.js "The delayInSeconds setting must be between 0 and 900." */
  maxDelaySeconds: number;
  /** limits-async-events "Event per minute | 500" (per installation; one sandbox = one installation). */
  eventsPerMinute: number;
  /**
   * Retries after the first delivery. Forge's storage-api-limit-handling guide and @forge/events 1.x say four;
   * the 2.x docs (CHANGE-2642) retry until the 24 h window ends. Four is the stricter reading.
   */
  maxRetries: number;
  /** async-events-api: the retention window "begins when the Async Event is successfully enqueued and lasts for 24 hours". */
  retentionMs: number;
  /** async-events-api: "The maximum retryAfter value is 900 seconds … values exceeding this limit are lowered to 900". */
  maxRetryAfterSeconds: number;
  /** async-events-api: backoff "with intervals reaching up to approximately 15 minutes between attempts". */
  maxBackoffSeconds: number;
  /** limits-async-events "Retry data size | 4 KB". */
  maxRetryDataBytes: number;
  /** limits-async-events "Cyclic invocation limit | 1000" push requests from one initial invocation, chains included. */
  cyclicPushLimit: number;
}

export const FORGE_QUEUE_LIMITS: Readonly<QueueLimits> = Object.freeze({
  maxEventsPerPush: 50,
  maxPayloadKb: 200,
  maxDelaySeconds: 900,
  eventsPerMinute: 500,
  maxRetries: 4,
  retentionMs: 24 * 60 * 60 * 1000,
  maxRetryAfterSeconds: 900,
  maxBackoffSeconds: 900,
  maxRetryDataBytes: 4 * 1024,
  cyclicPushLimit: 1000,
});

/** @forge/events invocationError.js: retryAfter <= 0 becomes MIN_RETRY_AFTER (1 s). */
export const MIN_RETRY_AFTER_SECONDS = 1;

/** @forge/events validators.js VALID_QUEUE_NAME_PATTERN. */
export const QUEUE_NAME_PATTERN = /^[a-zA-Z0-9-_]+$/;

export function resolveLimits(overrides: Partial<QueueLimits> = {}): QueueLimits {
  const limits = { ...FORGE_QUEUE_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    // A NaN or negative limit would quietly disable a check; refuse it at start-up instead.
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new Error(`Queue limit ${name} must be a number >= 0, got ${String(value)}.`);
  }
  return limits;
}
