/**
 * The check made at start and again while something is wrong: who the token is (GET /myself), and
 * whether the site has Jira Software (the agile API). Every outcome is a state the banner shows —
 * the sandbox keeps running whatever the site answered.
 */
import { parseRetryAfter } from '../../src/jira/retry';
import { requestHonouringRetryAfter } from './honourRetryAfter';
import { SiteUnreachable, type SiteAccess } from './siteAccess';
import type { RealSiteOptions } from './siteOptions';
import { loginDeniedMessage, notJiraMessage, rateLimitedMessage, unauthorizedMessage, unavailableMessage } from './siteProblems';
import { realNow, type SiteProblem, type SiteUser } from './siteState';

/** GET with a short Retry-After waited out; null when the site could not be reached. */
async function get(site: SiteAccess, path: string): Promise<Response | null> {
  try {
    return await requestHonouringRetryAfter(site, 'GET', path);
  } catch (error) {
    if (error instanceof SiteUnreachable) return null;
    throw error;
  }
}

async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function problemOf(options: RealSiteOptions, response: Response, body: unknown): SiteProblem {
  const { status } = response;
  if (status === 401) return { kind: 'unauthorized', message: unauthorizedMessage(options) };
  if (status === 403 && /AUTHENTICATION_DENIED/i.test(`${response.headers.get('x-seraph-loginreason')} ${response.headers.get('x-authentication-denied-reason')}`)) {
    return { kind: 'login-denied', message: loginDeniedMessage(options.siteUrl) };
  }
  if (status === 429) {
    const until = realNow() + (parseRetryAfter(response.headers.get('retry-after'), realNow()) ?? 60_000);
    return { kind: 'rate-limited', message: rateLimitedMessage(options.siteUrl, until, response.headers.get('ratelimit-reason')) };
  }
  if (status >= 500) return { kind: 'unavailable', message: unavailableMessage(options.siteUrl, status) };
  if (status >= 300 && status < 400) return { kind: 'not-jira', message: notJiraMessage(options.siteUrl, `a redirect to ${response.headers.get('location') ?? 'elsewhere'}`) };
  return { kind: 'not-jira', message: notJiraMessage(options.siteUrl, `HTTP ${status}${body === undefined ? ', not JSON' : ''}`) };
}

const userOf = (body: unknown): SiteUser | null => {
  const b = body as Partial<Record<keyof SiteUser, unknown>> | undefined;
  if (typeof b?.accountId !== 'string' || b.accountId === '') return null;
  return { accountId: b.accountId, displayName: typeof b.displayName === 'string' ? b.displayName : b.accountId, emailAddress: typeof b.emailAddress === 'string' ? b.emailAddress : '', timeZone: typeof b.timeZone === 'string' ? b.timeZone : 'UTC' };
};

/** Updates site.state: user and problem from /myself, then jiraSoftware from the agile API. */
export async function checkConnection(site: SiteAccess, options: RealSiteOptions): Promise<void> {
  const { state } = site;
  const myself = await get(site, '/rest/api/3/myself');
  if (!myself) return; // state.problem says why (siteAccess sets it)
  const body = await jsonOf(myself);
  const user = myself.ok ? userOf(body) : null;
  if (!user) {
    state.user = null;
    state.problem = problemOf(options, myself, body);
    return;
  }
  state.user = user;
  state.problem = null;
  const boards = await get(site, '/rest/agile/1.0/board?maxResults=1');
  if (boards?.ok) state.jiraSoftware = true;
  else if (boards?.status === 404) state.jiraSoftware = false;
  await boards?.body?.cancel().catch(() => undefined);
}
