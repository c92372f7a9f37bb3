/**
 * `npm start -- --site https://<site>.atlassian.net [--allow-writes]` with JIRA_EMAIL and
 * JIRA_API_TOKEN in the environment: what real-site mode needs, read and checked once.
 */
import { join } from 'node:path';

export interface RealSiteOptions {
  /** The site's origin, e.g. https://acme.atlassian.net. */
  siteUrl: string;
  email: string;
  apiToken: string;
  /** Without it no write reaches the site (see readOnlyGate.ts). */
  allowWrites: boolean;
}

export class RealSiteOptionError extends Error {}

/**
 * The site's origin from what was typed: https, or http for a local stand-in (tests point real-site
 * mode at a sandbox on localhost); a path after the host is dropped, as Jira's REST lives at the root.
 * @example siteOrigin('acme.atlassian.net/jira/your-work') //=> 'https://acme.atlassian.net'
 */
export function siteOrigin(text: string): string {
  const typed = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    throw new RealSiteOptionError(`--site ${JSON.stringify(text)} is not an address; write e.g. --site https://your-site.atlassian.net`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new RealSiteOptionError(`--site ${url.origin}: the API token is sent only over https (plain http only to localhost).`);
  }
  if (url.username || url.password) throw new RealSiteOptionError('--site must not carry credentials; set JIRA_EMAIL and JIRA_API_TOKEN instead.');
  return url.origin;
}

/** Real-site options from the command line and the environment; null when --site is not given. */
export function realSiteOptionsFrom(argv: readonly string[], env: NodeJS.ProcessEnv): RealSiteOptions | null {
  const at = argv.findIndex((a) => a === '--site' || a.startsWith('--site='));
  if (at < 0) {
    if (argv.includes('--allow-writes')) throw new RealSiteOptionError('--allow-writes is for real-site mode: give --site https://your-site.atlassian.net too.');
    return null;
  }
  const value = argv[at]!.startsWith('--site=') ? argv[at]!.slice('--site='.length) : argv[at + 1];
  if (!value || value.startsWith('--')) throw new RealSiteOptionError('--site needs the address of your Jira: --site https://your-site.atlassian.net');
  const email = env.JIRA_EMAIL?.trim();
  const apiToken = env.JIRA_API_TOKEN?.trim();
  const missing = [!email && 'JIRA_EMAIL', !apiToken && 'JIRA_API_TOKEN'].filter(Boolean);
  if (missing.length > 0) {
    throw new RealSiteOptionError(`real-site mode needs ${missing.join(' and ')} in the environment: the email you sign in to Jira with, and an API token made at https://id.atlassian.com/manage-profile/security/api-tokens`);
  }
  return { siteUrl: siteOrigin(value), email: email!, apiToken: apiToken!, allowWrites: argv.includes('--allow-writes') };
}

/**
 * App storage of one site, apart from the demo's and from other sites'.
 * @example siteDataDir('/repo/.sandbox-data', 'https://acme.atlassian.net') //=> '/repo/.sandbox-data/acme.atlassian.net'
 */
export function siteDataDir(dataRoot: string, siteUrl: string): string {
  return join(dataRoot, new URL(siteUrl).host.replace(/[^A-Za-z0-9.-]/g, '_'));
}
