/**
 * Where the app's Jira requests (`api.asApp()/asUser().requestJira`) go: by default the sandbox
 * Jira service, told who is calling by the x-sandbox-as header; in real-site mode a real site
 * with the API token's user (sandbox/realSite/siteTransport.ts).
 */
import { SANDBOX_AS_HEADER } from '../jira/auth';
import type { ForgeFetchInit } from './invocation';

/** `as` is "app" or the account id of the invocation's user; `url` is already checked to stay on the site. */
export type ProductRequests = (as: string, url: URL, init?: ForgeFetchInit) => Promise<Response>;

export const sandboxProductRequests: ProductRequests = (as, url, init) => fetch(url, { method: init?.method ?? 'GET', headers: { ...init?.headers, [SANDBOX_AS_HEADER]: as }, body: init?.body });
