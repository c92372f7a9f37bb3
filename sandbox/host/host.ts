/**
 * The local host: a Jira-like shell in the browser that shows the three Custom UI
 * apps in iframes the way Jira does, with a stand-in for the Forge bridge.
 *   GET  /                      the shell (sandbox/host/shell/)
 *   GET  /__host/mode           what the shell runs against: the sandbox, or a real site (the mode banner)
 *   GET  /__host/<file>         the shell's script, styles and design-token CSS
 *   GET  /app/<resource>/...    static/<resource>/build, index.html with the bridge injected
 *   GET  /issues/?jql=…         Jira's issue search → the shell's /?view=search&jql=…
 *   GET  /browse/<KEY>          Jira's issue page → the shell's /?view=issue&key=<KEY>
 *   POST /__forge/invoke        runs a resolver through options.invoke
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { injectBridge } from './bridgeScript';
import { BadInvocation, parseInvocation, readBody } from './invokeEndpoint';
import { contextFromQuery, isResourceKey } from './modules';
import { contentType, readFileIfExists, resolveInside, send, sendJson } from './staticFiles';
import { designTokensCss } from './tokensCss';

export interface ForgeInvocation {
  functionKey: string;
  payload: unknown;
  accountId: string;
  moduleKey: string;
  extension: Record<string, unknown>;
}

export interface HostOptions {
  /** Absolute path of static/ (serves static/<resource>/build). */
  staticRoot: string;
  /** Runs the real resolver code. */
  invoke(call: ForgeInvocation): Promise<unknown>;
  /** e.g. http://localhost:4300 — reported to the apps as the context's siteUrl. */
  siteUrl: string;
  /** For the shell's mode banner (GET /__host/mode); `{kind: 'sandbox'}` unless real-site mode says otherwise. */
  mode?: () => Promise<unknown>;
}

const SHELL_ROOT = join(__dirname, 'shell');
const BROWSE_PATH = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/i;

/** Jira's own addresses that an app opens with router.open, as the shell's routes; null for any other path. */
export function shellRouteFor(path: string, query: URLSearchParams): string | null {
  if (path === '/issues' || path === '/issues/') return `/?${new URLSearchParams({ view: 'search', jql: query.get('jql') ?? '' })}`;
  const browse = BROWSE_PATH.exec(path);
  return browse ? `/?${new URLSearchParams({ view: 'issue', key: browse[1]!.toUpperCase() })}` : null;
}
const APP_PATH = /^\/app\/([^/]+)(\/.*)?$/;

export function createHost(options: HostOptions): { handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> } {
  async function serveShellFile(res: ServerResponse, method: string, relative: string): Promise<void> {
    if (relative === 'tokens.css') return send(res, 200, 'text/css; charset=utf-8', designTokensCss(), method);
    const file = resolveInside(SHELL_ROOT, relative);
    const content = file ? await readFileIfExists(file) : null;
    if (!file || !content) return send(res, 404, 'text/plain; charset=utf-8', `No shell file ${relative}`, method);
    send(res, 200, contentType(file), content, method);
  }

  async function serveApp(res: ServerResponse, method: string, url: URL, resource: string, rest: string | undefined): Promise<void> {
    if (!isResourceKey(resource)) return send(res, 404, 'text/plain; charset=utf-8', `No Custom UI resource "${resource}"`, method);
    // Relative asset URLs in the build need the trailing slash.
    if (rest === undefined) {
      res.writeHead(302, { location: `/app/${resource}/${url.search}` }).end();
      return;
    }
    const buildRoot = join(options.staticRoot, resource, 'build');
    const relative = rest === '/' ? 'index.html' : rest.slice(1);
    const file = resolveInside(buildRoot, relative);
    const content = file ? await readFileIfExists(file) : null;
    if (!file || !content) {
      const hint = relative === 'index.html' ? ' — build the apps first: node static/build.mjs' : '';
      return send(res, 404, 'text/plain; charset=utf-8', `Not found: static/${resource}/build/${relative}${hint}`, method);
    }
    if (relative !== 'index.html') return send(res, 200, contentType(file), content, method);
    const context = contextFromQuery(resource, url.searchParams, options.siteUrl);
    send(res, 200, 'text/html; charset=utf-8', injectBridge(content.toString('utf8'), context), method);
  }

  async function serveInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let call: ForgeInvocation;
    try {
      call = parseInvocation(await readBody(req));
    } catch (error) {
      if (error instanceof BadInvocation) return sendJson(res, 400, { message: error.message });
      throw error;
    }
    try {
      sendJson(res, 200, await options.invoke(call));
    } catch (error) {
      // Forge rejects the UI's invoke() when the function throws; the bridge stand-in does the same on a 500.
      sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const path = url.pathname;
    if (path === '/__forge/invoke') {
      if (method !== 'POST') {
        res.writeHead(405, { allow: 'POST', 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Use POST.' }));
      } else {
        await serveInvoke(req, res);
      }
      return true;
    }
    const isRead = method === 'GET' || method === 'HEAD';
    if (!isRead) return false;
    if (path === '/' || path === '/index.html') {
      await serveShellFile(res, method, 'index.html');
      return true;
    }
    if (path === '/__host/mode') {
      sendJson(res, 200, options.mode ? await options.mode() : { kind: 'sandbox' });
      return true;
    }
    if (path.startsWith('/__host/')) {
      await serveShellFile(res, method, path.slice('/__host/'.length));
      return true;
    }
    const jiraPage = shellRouteFor(path, url.searchParams);
    if (jiraPage) {
      res.writeHead(302, { location: jiraPage }).end();
      return true;
    }
    const app = APP_PATH.exec(path);
    if (app) {
      await serveApp(res, method, url, app[1] ?? '', app[2]);
      return true;
    }
    return false;
  }

  return { handle };
}
