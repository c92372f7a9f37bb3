import { createJiraClient, type JiraClient, type JiraClientOptions } from '../../../src/jira/client';
import type { JiraRequestInit, JiraResponseLike, RequestJira } from '../../../src/jira/transport';

/** One scripted answer: an HTTP response, or a thrown transport error (dropped connection). */
export type Scripted = { status: number; body?: unknown; headers?: Record<string, string>; takesMs?: number } | { throws: Error };

export interface RecordedRequest {
  method: string;
  /** Path with query string, exactly as requestJira received it. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export const ok = (body?: unknown, status = 200): Scripted => ({ status, body });
export const fail = (status: number, body?: unknown, headers?: Record<string, string>): Scripted => ({ status, body, headers });
export const dropped = (message = 'socket hang up'): Scripted => ({ throws: new Error(message) });

/**
 * A RequestJira that answers from a queue (or a function of the request) and
 * records every request. Running out of scripted answers fails the test.
 */
export function scriptedJira(script: Scripted[] | ((request: RecordedRequest) => Scripted), clock?: { advance(ms: number): void }) {
  const requests: RecordedRequest[] = [];
  const queue = Array.isArray(script) ? [...script] : null;
  const request: RequestJira = async (url: string, init: JiraRequestInit = {}) => {
    const at = url.indexOf('?');
    const recorded: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      path: at === -1 ? url : url.slice(0, at),
      query: new URLSearchParams(at === -1 ? '' : url.slice(at + 1)),
      headers: init.headers ?? {},
      body: init.body === undefined ? undefined : JSON.parse(init.body),
    };
    requests.push(recorded);
    const next = queue ? queue.shift() : (script as (r: RecordedRequest) => Scripted)(recorded);
    if (!next) throw new Error(`No scripted answer for ${recorded.method} ${url}`);
    if ('throws' in next) throw next.throws;
    if (next.takesMs) clock?.advance(next.takesMs);
    return response(next);
  };
  return { request, requests, remaining: () => queue?.length ?? 0 };
}

function response(answer: { status: number; body?: unknown; headers?: Record<string, string> }): JiraResponseLike {
  const headers = new Map(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return { status: answer.status, headers: { get: (name) => headers.get(name.toLowerCase()) ?? null }, text: async () => text };
}

/** A clock that only moves when the client sleeps (or a test advances it). */
export const CLOCK_START = Date.UTC(2026, 10, 2, 10, 0, 0);

export function fakeClock(start = CLOCK_START) {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

/** A client over a scripted Jira with an instant clock and mid-range jitter. */
export function scriptedClient(script: Scripted[] | ((request: RecordedRequest) => Scripted), options: JiraClientOptions = {}) {
  const clock = fakeClock();
  const jira = scriptedJira(script, clock);
  const client: JiraClient = createJiraClient(jira.request, { now: clock.now, sleep: clock.sleep, random: () => 0.5, ...options });
  return { client, jira, clock };
}
