/**
 * What one delivery's result means to Forge, and when the retry is due.
 * A consumer asks for a retry by returning an InvocationError, which the SDK
 * builds as a plain `{ _retry: true, retryOptions }` object (invocationError.js
 * returns toJSON() from its constructor); a thrown error is retried too.
 */
import { MIN_RETRY_AFTER_SECONDS, type QueueLimits } from './limits';

export type Outcome =
  | { kind: 'success' }
  | { kind: 'retry'; reason: string; retryAfterSeconds?: number; retryData?: unknown; detail: string };

/**
 * Forge documents no retryReason for a thrown error (InvocationErrorCode lists only
 * platform and request codes), so the sandbox names it plainly.
 */
export const THROWN_ERROR_REASON = 'FUNCTION_ERROR';
/** invocationErrorCode.js: what DEFAULT_RETRY_OPTIONS and QueueResponse.retry() stand for. */
export const RETRY_REQUEST_REASON = 'FUNCTION_RETRY_REQUEST';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function classify(settled: PromiseSettledResult<unknown>): Outcome {
  if (settled.status === 'rejected') return { kind: 'retry', reason: THROWN_ERROR_REASON, detail: `threw ${describe(settled.reason)}` };
  const value = settled.value;
  // `_retry: true` covers InvocationError and a QueueResponse after retry(); `_retry: false` is a plain success.
  if (!isRecord(value) || value._retry !== true) return { kind: 'success' };
  const options = isRecord(value.retryOptions) ? value.retryOptions : {};
  const reason = typeof options.retryReason === 'string' && options.retryReason !== '' ? options.retryReason : RETRY_REQUEST_REASON;
  const retryAfter = typeof options.retryAfter === 'number' && Number.isFinite(options.retryAfter) ? options.retryAfter : undefined;
  return {
    kind: 'retry',
    reason,
    retryAfterSeconds: retryAfter,
    retryData: options.retryData,
    detail: `returned InvocationError (${reason}${retryAfter === undefined ? '' : `, retryAfter ${retryAfter}s`})`,
  };
}

/** Duplicate deliveries of one event: the event is done only if every copy succeeded. */
export function combine(outcomes: Outcome[]): Outcome {
  return outcomes.find((o) => o.kind === 'retry') ?? { kind: 'success' };
}

/** Seconds until retry number `retryNumber` (1 for the first retry). */
export function retryDelaySeconds(outcome: Extract<Outcome, { kind: 'retry' }>, retryNumber: number, limits: QueueLimits): number {
  if (outcome.retryAfterSeconds !== undefined) {
    // Mirrors Forge: retryAfter <= 0 is raised to 1 s (SDK), above 900 s it is lowered to 900 s (platform).
    if (outcome.retryAfterSeconds <= 0) return MIN_RETRY_AFTER_SECONDS;
    return Math.min(outcome.retryAfterSeconds, limits.maxRetryAfterSeconds);
  }
  // Exponential backoff 1, 2, 4 … s, capped like Forge's "approximately 15 minutes".
  return Math.min(2 ** Math.max(0, retryNumber - 1), limits.maxBackoffSeconds);
}

/** The retryData size as Forge would measure the serialized value, or why it cannot be sent. */
export function retryDataProblem(retryData: unknown, limits: QueueLimits): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(retryData);
  } catch (error) {
    return `retryData is not JSON (${describe(error)})`;
  }
  const bytes = text === undefined ? 0 : Buffer.byteLength(text);
  return bytes > limits.maxRetryDataBytes ? `retryData is ${bytes} bytes, over Forge's ${limits.maxRetryDataBytes}-byte limit` : undefined;
}
