/**
 * The one way to the site: every request of the app and of the shell goes through here, with the
 * API token (Basic email:token), read-only unless --allow-writes, and what the answers tell about
 * the connection (a 401, a 429) kept in the site state for the banner.
 */
import { parseRetryAfter } from '../../src/jira/retry';
import { isReadOnlyRequest, refusedWrite } from './readOnlyGate';
import type { RealSiteOptions } from './siteOptions';
import { realNow, type SiteState } from './siteState';
import { unreachableMessage, unauthorizedMessage } from './siteProblems';

export interface SiteRequestInit {
  headers?: Record<string, string>;
  body?: string;
}

export interface SiteAccess {
  readonly state: SiteState;
  /** `pathAndQuery` is site-relative ("/rest/api/3/myself"); rejects with SiteUnreachable when no HTTP answer came. */
  request(method: string, pathAndQuery: string, init?: SiteRequestInit): Promise<Response>;
}

export class SiteUnreachable extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'SiteUnreachable';
  }
}

/** Only these of a caller's headers go to the site: no cookie, no authorization, no method override. */
const FORWARDED_HEADERS = new Set(['accept', 'content-type', 'accept-language']);
const REQUEST_TIMEOUT_MS = 30_000;

export function createSiteAccess(options: RealSiteOptions, fetchImpl: typeof fetch = fetch): SiteAccess {
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.apiToken}`).toString('base64')}`;
  const state: SiteState = { siteUrl: options.siteUrl, allowWrites: options.allowWrites, user: null, problem: null, jiraSoftware: null, rateLimit: null, refusedWrites: 0 };

  function observe(response: Response): void {
    if (response.status === 401) state.problem = { kind: 'unauthorized', message: unauthorizedMessage(options) };
    if (response.status === 429) {
      const waitMs = parseRetryAfter(response.headers.get('retry-after'), realNow()) ?? 0;
      state.rateLimit = { until: realNow() + waitMs, reason: response.headers.get('ratelimit-reason') };
    }
  }

  return {
    state,
    async request(method, pathAndQuery, init = {}) {
      const url = new URL(pathAndQuery, options.siteUrl);
      if (url.origin !== options.siteUrl) throw new Error(`${pathAndQuery} leaves ${options.siteUrl}.`);
      if (!options.allowWrites && !isReadOnlyRequest(method, url.pathname)) {
        state.refusedWrites += 1;
        return refusedWrite(method, url.pathname, options.siteUrl);
      }
      const headers: Record<string, string> = { authorization, 'user-agent': 'engagement-health-sandbox (real-site mode)' };
      for (const [name, value] of Object.entries(init.headers ?? {})) if (FORWARDED_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
      headers.accept ??= 'application/json';
      let response: Response;
      try {
        // manual: a redirect (to a login page, another site) is an answer to report, and never carries the token on.
        response = await fetchImpl(url, { method, headers, body: init.body, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (error) {
        const message = unreachableMessage(options.siteUrl, error, REQUEST_TIMEOUT_MS);
        state.problem = { kind: 'unreachable', message };
        throw new SiteUnreachable(message, error);
      }
      observe(response);
      return response;
    },
  };
}
