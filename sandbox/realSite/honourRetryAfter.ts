/**
 * A 429's Retry-After, honoured for the shell's requests and the connection check: a short wait is
 * waited out and the request sent again (Jira refuses a rate-limited request before applying it);
 * a long one comes back as the 429, for the caller to say. The app's own client honours it itself.
 */
import { parseRetryAfter } from '../../src/jira/retry';
import type { SiteAccess, SiteRequestInit } from './siteAccess';
import { realNow } from './siteState';

/** A Retry-After this short is waited out; a longer one is reported. */
export const WAIT_AT_MOST_MS = 10_000;
const ATTEMPTS = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function requestHonouringRetryAfter(site: SiteAccess, method: string, path: string, init?: SiteRequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await site.request(method, path, init);
    if (response.status !== 429 || attempt >= ATTEMPTS) return response;
    const waitMs = parseRetryAfter(response.headers.get('retry-after'), realNow()) ?? 1000;
    if (waitMs > WAIT_AT_MOST_MS) return response;
    await response.body?.cancel().catch(() => undefined);
    await sleep(waitMs);
  }
}
