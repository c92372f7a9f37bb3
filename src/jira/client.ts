import { JiraError, kindForStatus, parseErrorMessages, type JiraOperationRef } from './errors';
import { backoffDelay, parseRetryAfter } from './retry';
import type { HttpMethod, JiraRequestInit, JiraResponseLike, RequestJira } from './transport';
import { pathWithoutQuery, withQuery, type Query } from './url';

export interface JiraClientOptions {
  /** Time budget for one call including its retries and waits (ms). Default 20 000 (resolvers get 25 s). */
  deadlineMs?: number;
  /** Attempts per call, the first included. Default 5. */
  maxAttempts?: number;
  /** First backoff ceiling (ms), doubled per attempt. Default 250. */
  baseDelayMs?: number;
  /** Backoff ceiling cap (ms). Default 5 000. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface PostOptions {
  /**
   * The POST only reads (search, bulkfetch, permission checks), so it may be
   * resent after a dropped connection like a GET.
   */
  idempotent?: boolean;
}

/** JSON over requestJira. Paths are site-relative, with path segments already encoded. */
export interface JiraClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body: unknown, query?: Query, options?: PostOptions): Promise<T>;
  put<T>(path: string, body: unknown, query?: Query): Promise<T>;
  del(path: string, query?: Query): Promise<void>;
}

type RetryVerdict = 'retried' | 'no_attempts_left' | 'out_of_time';

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createJiraClient(request: RequestJira, options: JiraClientOptions = {}): JiraClient {
  const deadlineMs = options.deadlineMs ?? 20_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const backoff = {
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 5_000,
    random: options.random ?? Math.random,
  };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;

  async function call<T>(method: HttpMethod, path: string, query: Query | undefined, body: unknown, resendable: boolean): Promise<T> {
    const operation: JiraOperationRef = { method, path: pathWithoutQuery(path) };
    const url = withQuery(path, query);
    const init: JiraRequestInit = { method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    const deadlineAt = now() + deadlineMs;

    const waitForRetry = async (attempt: number, waitMs: number): Promise<RetryVerdict> => {
      if (attempt >= maxAttempts) return 'no_attempts_left';
      if (now() + waitMs > deadlineAt) return 'out_of_time';
      await sleep(waitMs);
      return 'retried';
    };
    const givenUp = (verdict: RetryVerdict, last: JiraError): JiraError =>
      verdict === 'out_of_time'
        ? new JiraError({
            kind: 'deadline',
            operation,
            status: last.status,
            messages: [`gave up within the ${deadlineMs} ms deadline after: ${last.kind}`, ...last.messages],
            cause: last,
          })
        : last;

    for (let attempt = 1; ; attempt++) {
      let response: JiraResponseLike;
      let text: string;
      try {
        response = await request(url, init);
        text = await response.text();
      } catch (cause) {
        // A dropped POST may already have been applied (a comment posted twice), so only GET/PUT/DELETE and read-only POSTs are resent.
        const error = new JiraError({ kind: 'network', operation, messages: [describe(cause)], cause, mayHaveApplied: !resendable });
        if (!resendable) throw error;
        const verdict = await waitForRetry(attempt, backoffDelay(attempt, backoff));
        if (verdict === 'retried') continue;
        throw givenUp(verdict, error);
      }

      const status = response.status;
      if (status >= 200 && status < 300) return parseBody<T>(status, text, operation);

      const messages = parseErrorMessages(text);
      if (status === 429) {
        // Retried for every method, POST included: Jira refuses a rate-limited request before applying it.
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now()) ?? backoffDelay(attempt, backoff);
        if ((await waitForRetry(attempt, retryAfterMs)) === 'retried') continue;
        throw new JiraError({ kind: 'rate_limited', operation, status, messages, retryAfterMs });
      }
      // A 5xx to a write may come after Jira applied it (a gateway 504 after the comment was stored): such a write is never resent
      // blindly — the caller looks whether it happened first (the outbox's effects do) and sends it again only if not.
      const error = new JiraError({ kind: kindForStatus(status), operation, status, messages, mayHaveApplied: status >= 500 && !resendable });
      if (status >= 500 && resendable) {
        const verdict = await waitForRetry(attempt, backoffDelay(attempt, backoff));
        if (verdict === 'retried') continue;
        throw givenUp(verdict, error);
      }
      throw error;
    }
  }

  return {
    get: (path, query) => call('GET', path, query, undefined, true),
    post: (path, body, query, opts) => call('POST', path, query, body, opts?.idempotent === true),
    put: (path, body, query) => call('PUT', path, query, body, true),
    del: (path, query) => call<void>('DELETE', path, query, undefined, true),
  };
}

/** JSON body of a success; undefined for 204 or an empty body. */
function parseBody<T>(status: number, text: string, operation: JiraOperationRef): T {
  if (status === 204 || text.trim() === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new JiraError({ kind: 'server', operation, status, messages: [`response is not JSON: ${text.slice(0, 120)}`], cause });
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
