/** What the shell's banner says about the site: who the token is, what went wrong, what is limited. */

export interface SiteUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  timeZone: string;
}

/**
 * Why the site cannot be used now. unreachable: no HTTP answer (DNS, refused, timeout, TLS);
 * unauthorized: 401 to the token; login-denied: Jira wants a CAPTCHA sign-in first; not-jira: an
 * answer that is not Jira's (a wrong address); unavailable: 5xx; rate-limited: 429 for longer than we wait.
 */
export type SiteProblemKind = 'unreachable' | 'unauthorized' | 'login-denied' | 'not-jira' | 'unavailable' | 'rate-limited';

export interface SiteProblem {
  kind: SiteProblemKind;
  message: string;
}

export interface RateLimitNote {
  /** Real time (ms) the site asked us to wait until. */
  until: number;
  /** Jira's RateLimit-Reason header, when it names the limit. */
  reason: string | null;
}

export interface SiteState {
  siteUrl: string;
  allowWrites: boolean;
  user: SiteUser | null;
  problem: SiteProblem | null;
  /** false: the agile API answered 404 (no Jira Software, so no boards); null: not known yet. */
  jiraSoftware: boolean | null;
  rateLimit: RateLimitNote | null;
  /** Writes answered "read-only" so far. */
  refusedWrites: number;
}

/** The sandbox clock moves Date.now inside invocations; the site's limits are in real time. */
export const realNow = (): number => Math.round(performance.timeOrigin + performance.now());
