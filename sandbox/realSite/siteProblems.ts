/** The words for what a real site can answer instead of data: each says what happened and what to do. */
import type { RealSiteOptions } from './siteOptions';
import { realNow } from './siteState';

const TOKEN_PAGE = 'https://id.atlassian.com/manage-profile/security/api-tokens';

/** Node's fetch wraps the socket's error: its code says which of DNS, refusal, timeout or TLS it was. */
function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((e as { name?: unknown }).name === 'TimeoutError') return 'TIMEOUT';
  }
  return undefined;
}

/**
 * @example unreachableMessage('https://nosuch.atlassian.net', Object.assign(new Error('x'), { code: 'ENOTFOUND' }), 30000)
 * //=> 'Could not reach https://nosuch.atlassian.net: there is no such host (DNS lookup of nosuch.atlassian.net failed). Check the --site address.'
 */
export function unreachableMessage(siteUrl: string, error: unknown, timeoutMs: number): string {
  const host = new URL(siteUrl).hostname;
  const code = networkCode(error);
  const why =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME'
      ? `there is no such host (DNS lookup of ${host} failed). Check the --site address`
      : code === 'ECONNREFUSED'
        ? 'the connection was refused (nothing listens there). Check the --site address'
        : code === 'TIMEOUT' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT'
          ? `no answer within ${Math.round(timeoutMs / 1000)} s. Check your network and the --site address`
          : code?.startsWith('CERT_') || code?.includes('SELF_SIGNED') || code === 'ERR_TLS_CERT_ALTNAME_INVALID'
            ? `its TLS certificate was not accepted (${code})`
            : `the connection failed (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return `Could not reach ${siteUrl}: ${why}.`;
}

export const unauthorizedMessage = (o: Pick<RealSiteOptions, 'siteUrl' | 'email'>): string =>
  `${o.siteUrl} refused the API token of ${o.email} (HTTP 401). Check JIRA_EMAIL (the email you sign in to Jira with) and JIRA_API_TOKEN (make one at ${TOKEN_PAGE}; tokens expire).`;

export const loginDeniedMessage = (siteUrl: string): string =>
  `${siteUrl} refused the login until a CAPTCHA is solved (too many failed sign-ins). Sign in to ${siteUrl} in a browser once, then start again.`;

export const notJiraMessage = (siteUrl: string, answer: string): string =>
  `${siteUrl} does not answer as a Jira Cloud site (GET /rest/api/3/myself: ${answer}). Check the --site address: it is the start of the address your browser shows on Jira, e.g. https://your-site.atlassian.net.`;

export const unavailableMessage = (siteUrl: string, status: number): string => `${siteUrl} answered HTTP ${status} (Jira is unavailable right now). Try again in a few minutes.`;

/** Said when the site asks for a longer wait than the shell makes; `until` is real time. */
export function rateLimitedMessage(siteUrl: string, until: number, reason: string | null): string {
  const seconds = Math.max(1, Math.ceil((until - realNow()) / 1000));
  const at = new Date(until).toISOString().slice(11, 19);
  return `${siteUrl} is rate limiting this API token${reason ? ` (${reason})` : ''}: Jira asks to wait ${seconds} s, until ${at} UTC. Try again then.`;
}

export const noJiraSoftwareNote = (siteUrl: string): string =>
  `${siteUrl} has no Jira Software (the agile API answers 404): there are no boards, so no sprints, velocity or commitment. The other signals work.`;

