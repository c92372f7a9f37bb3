/**
 * The Forge runtime globals the official SDKs call (`__forge_fetch__`,
 * `__forge_runtime__`), bound to the current invocation with AsyncLocalStorage,
 * so `api.asUser()` means exactly the caller of this invocation, as in Forge,
 * and several local Forge instances (tests) can share one process.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The first argument of `__forge_fetch__`, as @forge/api and @forge/kvs build it. */
export interface ForgeFetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface ForgeFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What an invocation's platform calls go to: one local Forge instance. */
export interface LocalPlatform {
  fetch(invocation: Invocation, target: ForgeFetchTarget, path: string, init?: ForgeFetchInit): Promise<Response>;
  now(): number;
  metric(name: string): void;
  appContext: { appId: string; environmentId: string; installationId: string; appVersion: string; scopes: string[] };
}

export interface Invocation {
  platform: LocalPlatform;
  invocationId: string;
  functionKey: string;
  moduleKey?: string;
  /** The user the invocation acts for: the Custom UI's caller, the user moving an issue; none for triggers and queue consumers. */
  accountId?: string;
  /** Real-time deadline (Forge's function timeout). */
  deadline: number;
}

const current = new AsyncLocalStorage<Invocation>();

export class LocalForgeError extends Error {
  constructor(message: string) {
    super(`Local Forge: ${message}`);
  }
}

export function currentInvocation(what: string): Invocation {
  const invocation = current.getStore();
  if (!invocation) throw new LocalForgeError(`${what} was called outside a Forge invocation (a resolver, trigger, validator or consumer run).`);
  return invocation;
}

export function invoke<T>(platform: LocalPlatform, call: { functionKey: string; moduleKey?: string; accountId?: string; timeoutSeconds: number }, body: () => Promise<T>): Promise<T> {
  installForgeGlobals();
  const invocation: Invocation = { platform, invocationId: randomUUID(), functionKey: call.functionKey, moduleKey: call.moduleKey, accountId: call.accountId, deadline: performance.now() + call.timeoutSeconds * 1000 };
  return current.run(invocation, body);
}

/** Platform I/O (HTTP to the sandbox's Jira) runs outside the invocation, so network internals never see the moved clock. */
export const outsideInvocation = <T>(fn: () => T): T => current.exit(fn);

/** Keys of __forge_runtime__ the SDKs probe and may find absent. */
const OPTIONAL_RUNTIME_KEYS = new Set(['kvs', 'externalAuth', 'allowedRemotes', 'then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof']);

const metrics = {
  counter: (name: string) => ({ incr: () => currentInvocation('metrics.counter').platform.metric(name), decr: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
  gauge: () => ({ set: () => undefined }),
};

function runtimeValue(key: string): unknown {
  const inv = currentInvocation(`__forge_runtime__.${key}`);
  const app = inv.platform.appContext;
  switch (key) {
    case 'metrics':
      return metrics;
    case 'tracing':
      return { traceId: inv.invocationId.replace(/-/g, ''), spanId: inv.invocationId.slice(0, 16).replace(/-/g, '') };
    case 'proxy':
      return { token: 'local-forge', url: 'local-forge://proxy' };
    case 'appContext':
      return { appId: app.appId, appVersion: app.appVersion, environmentId: app.environmentId, environmentType: 'DEVELOPMENT', invocationId: inv.invocationId, installationId: app.installationId, moduleKey: inv.moduleKey, license: undefined, installation: undefined, permissions: { scopes: app.scopes, external: {} } };
    case 'lambdaContext':
      return { getRemainingTimeInMillis: () => Math.max(0, inv.deadline - performance.now()) };
    default:
      throw new LocalForgeError(`__forge_runtime__.${key} is not implemented.`);
  }
}

const INSTALLED = Symbol.for('engagement-health.local-forge.installed');

/** Idempotent: once per global context (each jest test file has its own). */
export function installForgeGlobals(): void {
  const g = globalThis as Record<string | symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  g.__forge_fetch__ = (target: ForgeFetchTarget, path: string, init?: ForgeFetchInit) => {
    const invocation = currentInvocation(`__forge_fetch__(${target?.type ?? '?'} ${path})`);
    return invocation.platform.fetch(invocation, target, path, init);
  };
  g.__forge_runtime__ = new Proxy(
    {},
    {
      // Outside an invocation only tooling looks (jest inspects globals); inside one, an unknown key is an SDK call we do not serve.
      get: (_target, key) => (typeof key === 'symbol' || OPTIONAL_RUNTIME_KEYS.has(key) || !current.getStore() ? undefined : runtimeValue(key)),
      has: (_target, key) => typeof key === 'string' && !OPTIONAL_RUNTIME_KEYS.has(key),
    },
  );
  // The app reads time only through Date.now (src/index.ts); inside an invocation that is the sandbox clock.
  const realNow = Date.now.bind(Date);
  let readingClock = false;
  Date.now = () => {
    const invocation = current.getStore();
    // The sandbox clock's own base may read Date.now: that read is real time, not the clock again.
    if (!invocation || readingClock) return realNow();
    readingClock = true;
    try {
      return invocation.platform.now();
    } finally {
      readingClock = false;
    }
  };
}
