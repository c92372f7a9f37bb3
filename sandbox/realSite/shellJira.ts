/**
 * The shell's own Jira reads in real-site mode: its pages call /rest/... on the sandbox's origin
 * as they do against the sandbox Jira, and get the site's answers, made with the API token (the
 * shell's x-sandbox-as header is not passed on). "Acting as" offers the token's user only.
 *   GET  /__sandbox/users   [the token's user]; 503 with the reason while the site cannot be used
 *   *    /rest/...          the site's answer; read-only refusals, 401, 429 and no answer in clear words
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestHonouringRetryAfter } from './honourRetryAfter';
import { SiteUnreachable, type SiteAccess } from './siteAccess';
import { rateLimitedMessage } from './siteProblems';
import { realNow } from './siteState';

const MAX_BODY_BYTES = 1_000_000;
const PASSED_BACK = ['content-type', 'retry-after', 'ratelimit-reason', 'x-sandbox-read-only'];

function sendJiraError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers }).end(JSON.stringify({ errorMessages: [message], errors: {} }));
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/** The token's user as the shell's "Acting as" list shows a person. */
function shellPeople(site: SiteAccess) {
  const { user } = site.state;
  return user ? [{ ...user, team: 'site', role: 'API token', active: true }] : [];
}

async function proxy(site: SiteAccess, req: IncomingMessage, res: ServerResponse, pathAndQuery: string): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  let body: string | undefined;
  try {
    body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  } catch (error) {
    return sendJiraError(res, 413, error instanceof Error ? error.message : String(error));
  }
  const headers: Record<string, string> = {};
  for (const name of ['accept', 'content-type']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
  let answer: Response;
  try {
    answer = await requestHonouringRetryAfter(site, method, pathAndQuery, { headers, body });
  } catch (error) {
    if (error instanceof SiteUnreachable) return sendJiraError(res, 502, error.message);
    throw error;
  }
  if (answer.status === 401 && site.state.problem) return sendJiraError(res, 401, site.state.problem.message);
  if (answer.status === 429 && site.state.rateLimit) {
    const { until, reason } = site.state.rateLimit;
    return sendJiraError(res, 429, rateLimitedMessage(site.state.siteUrl, until, reason), { 'retry-after': String(Math.max(0, Math.ceil((until - realNow()) / 1000))) });
  }
  const passed: Record<string, string> = {};
  for (const name of PASSED_BACK) {
    const value = answer.headers.get(name);
    if (value !== null) passed[name] = value;
  }
  res.writeHead(answer.status, passed).end(Buffer.from(await answer.arrayBuffer()));
}

/** Answers /rest/* and GET /__sandbox/users; false for any other path. */
export async function handleShellJira(site: SiteAccess, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  if (url.pathname === '/__sandbox/users' && (req.method ?? 'GET') === 'GET') {
    if (!site.state.user) sendJiraError(res, 503, site.state.problem?.message ?? `Not connected to ${site.state.siteUrl} yet.`);
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(shellPeople(site)));
    return true;
  }
  if (!url.pathname.startsWith('/rest/')) return false;
  await proxy(site, req, res, url.pathname + url.search);
  return true;
}
