/** Waiting between attempts: Jira's Retry-After, else capped exponential backoff with full jitter. */

/**
 * Milliseconds to wait from a Retry-After header: delay-seconds ("30") or an
 * HTTP-date; null when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

/** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))). `attempt` counts from 1. */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(options.random() * ceiling);
}
