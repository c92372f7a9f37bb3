/**
 * Where the SDKs' platform calls go: Jira product requests to the sandbox Jira
 * service (as the app, or as the invocation's user) — or, in real-site mode, to the
 * site through the given productRequests — storage requests to the
 * local storage service, queue pushes to the local queue. Anything else fails
 * loudly, naming the call.
 */
import { STATUS_CODES } from 'node:http';
import { outsideInvocation, LocalForgeError, type ForgeFetchInit, type ForgeFetchTarget, type Invocation, type LocalPlatform } from './invocation';
import { sandboxProductRequests, type ProductRequests } from './productRequests';

export interface PlatformServices {
  jiraBaseUrl: string;
  /** How a Jira request reaches jiraBaseUrl; the sandbox Jira service's x-sandbox-as header unless told otherwise. */
  productRequests?: ProductRequests;
  storage: { handle(path: string, body: unknown): { status: number; body?: unknown } };
  queue: { handle(path: string, body: unknown): { status: number; body?: unknown } };
  now(): number;
  appContext: LocalPlatform['appContext'];
}

export interface PlatformStats {
  /** Calls per route: "jira asApp", "jira asUser", "kvs /api/v1/entity/query", "queue publish", and SDK metric names. */
  calls: Record<string, number>;
}

/** Both services answer {status, body}; this is the HTTP response Forge's proxy would give. */
function jsonResponse(result: { status: number; body?: unknown }): Response {
  const statusText = STATUS_CODES[result.status] ?? '';
  if (result.body === undefined || result.status === 204) return new Response(null, { status: result.status, statusText });
  return new Response(JSON.stringify(result.body), { status: result.status, statusText, headers: { 'content-type': 'application/json' } });
}

function parseBody(init: ForgeFetchInit | undefined, what: string): unknown {
  if (!init?.body) return {};
  try {
    return JSON.parse(init.body);
  } catch {
    throw new LocalForgeError(`${what}: the request body is not JSON.`);
  }
}

export function createPlatform(services: PlatformServices): LocalPlatform & { stats(): PlatformStats; resetStats(): void } {
  let calls: Record<string, number> = {};
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);

  async function requestJira(invocation: Invocation, target: ForgeFetchTarget, path: string, init?: ForgeFetchInit): Promise<Response> {
    let as: string;
    if (target.provider === 'app' || target.provider === 'none') as = 'app';
    else if (target.provider === 'user') {
      if (target.accountId !== undefined) throw new LocalForgeError(`api.asUser(${target.accountId}) asks for offline impersonation, which the manifest does not declare.`);
      if (!invocation.accountId) throw new LocalForgeError(`api.asUser() in ${invocation.functionKey}: this invocation has no user (a trigger or consumer); use api.asApp().`);
      as = invocation.accountId;
    } else throw new LocalForgeError(`requestJira with provider "${String(target.provider)}" is not implemented.`);
    count(as === 'app' ? 'jira asApp' : 'jira asUser');
    const url = new URL(path, services.jiraBaseUrl);
    if (url.origin !== new URL(services.jiraBaseUrl).origin) throw new LocalForgeError(`requestJira path ${path} leaves the site.`);
    const send = services.productRequests ?? sandboxProductRequests;
    return outsideInvocation(() => send(as, url, init));
  }

  return {
    now: services.now,
    appContext: services.appContext,
    metric: (name) => count(`metric ${name}`),
    stats: () => ({ calls: { ...calls } }),
    resetStats: () => {
      calls = {};
    },
    async fetch(invocation, target, path, init) {
      if (target?.type === 'kvs') {
        count(`kvs ${path}`);
        return jsonResponse(services.storage.handle(path, parseBody(init, `storage ${path}`)));
      }
      if (target?.type === 'fpp' && target.remote === 'jira') return requestJira(invocation, target, path, init);
      if (target?.type === 'fpp' && target.remote === 'stargate' && target.provider === 'app' && path.startsWith('/webhook/queue/')) {
        count(`queue ${path.split('/')[3] ?? path}`);
        return jsonResponse(services.queue.handle(path, parseBody(init, `queue ${path}`)));
      }
      throw new LocalForgeError(`__forge_fetch__(${JSON.stringify(target)}, ${path}) is not implemented: the local Forge serves Jira (asApp/asUser), app storage and async-event queues.`);
    },
  };
}
