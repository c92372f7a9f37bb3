/**
 * The local Forge: runs the app's own handlers (src/index.ts, as named by
 * manifest.yml) with Forge's invocation shapes, and serves the platform calls
 * the official SDKs make (@forge/api, @forge/kvs, @forge/events) from local
 * services: the sandbox Jira, app storage, async-event queues, the trigger
 * scheduler — all on one sandbox clock.
 */
import { consumerArgs, resolverArgs, triggerArgs, validatorArgs, type ResolverCall, type SiteIdentity, type TransitionCheck } from './calls';
import type { SandboxClock } from './clock';
import { loadHandlers, type ForgeHandler } from './handlers';
import { invoke, LocalForgeError } from './invocation';
import { readManifest, type AppManifest } from './manifest';
import { createPlatform, type PlatformStats } from './platform';
import type { ProductRequests } from './productRequests';
import { createQueueService, type QueueService } from './queue';
import { createScheduler, type TriggerScheduler } from './scheduler';
import { createStorageService, type StorageService } from './storage';

export { LocalForgeError } from './invocation';
export type { ResolverCall, TransitionCheck } from './calls';
export type { ProductRequests } from './productRequests';

export interface LocalForgeOptions {
  manifestPath: string;
  /** Folder the manifest's handlers are relative to (Forge bundles src/). */
  srcRoot: string;
  jiraBaseUrl: string;
  /** How the app's Jira requests reach jiraBaseUrl (real-site mode: the site, with the API token); the sandbox Jira service by default. */
  productRequests?: ProductRequests;
  clock: SandboxClock;
  /** Append-only storage log; without it storage lives in memory only. */
  storageLog?: string;
  cloudId?: string;
  log?: (line: string) => void;
}

export interface LocalForge {
  manifest: AppManifest;
  clock: SandboxClock;
  storage: StorageService;
  queue: QueueService;
  scheduler: TriggerScheduler;
  site: SiteIdentity;
  /** A Custom UI invoke(), as the given user. */
  resolve(call: ResolverCall): Promise<unknown>;
  /** Runs a scheduledTrigger module now (by its module key); rejects with the function's error. */
  runTrigger(moduleKey: string): Promise<unknown>;
  /** Runs every jira:workflowValidator function of the manifest; the first refusal wins. */
  validateTransition(check: TransitionCheck): Promise<{ result: boolean; errorMessage?: string }>;
  /** Calls one function of the manifest with the given arguments, as an invocation (tests of malformed platform events). */
  invokeFunction(functionKey: string, args: unknown[], accountId?: string): Promise<unknown>;
  /** Runs code as an invocation of the app (demo seeding, tests that read storage through the app's adapters). */
  asApp<T>(body: () => Promise<T>, accountId?: string): Promise<T>;
  stats(): PlatformStats & { storage: Record<string, number>; queue: Record<string, unknown> };
  resetStats(): void;
  /** Starts the trigger scheduler and the queue's delivery timer. */
  start(): void;
  close(): void;
}

const LOCAL_IDS = { appId: '00000000-0000-4000-8000-000000000000', environmentId: '00000000-0000-4000-8000-0000000000e1', cloudId: '00000000-0000-4000-8000-00000000c10d' };
/** Forge's limits: UI resolvers 25 s; triggers and consumers 55 s unless the function sets timeoutSeconds. */
const RESOLVER_TIMEOUT_S = 25;
const ASYNC_TIMEOUT_S = 55;

export function createLocalForge(options: LocalForgeOptions): LocalForge {
  const log = options.log ?? ((line: string) => console.warn(`[local-forge] ${line}`));
  const manifest = readManifest(options.manifestPath);
  const handlers = loadHandlers(manifest, options.srcRoot);
  const cloudId = options.cloudId ?? LOCAL_IDS.cloudId;
  const site: SiteIdentity = { cloudId, installContext: `ari:cloud:jira::site/${cloudId}` };
  const scopes = ((manifest.raw.permissions as { scopes?: string[] } | undefined)?.scopes ?? []).slice();
  const storage = createStorageService({ manifest: manifest.raw, logFile: options.storageLog, now: options.clock.now });

  const timeoutOf = (functionKey: string, fallback: number) => {
    const fn = ((manifest.raw.modules as Record<string, unknown>)?.function as { key: string; timeoutSeconds?: number }[] | undefined)?.find((f) => f.key === functionKey);
    return fn?.timeoutSeconds ?? fallback;
  };
  const handler = (functionKey: string): ForgeHandler => {
    const found = handlers.get(functionKey);
    if (!found) throw new LocalForgeError(`no function "${functionKey}" in manifest.yml.`);
    return found;
  };
  /** Forge stops a function at its timeout; locally the caller gets the error (the function's promise is abandoned). */
  const run = (functionKey: string, moduleKey: string | undefined, accountId: string | undefined, timeoutSeconds: number, args: unknown[]) =>
    invoke(platform, { functionKey, moduleKey, accountId, timeoutSeconds }, async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new LocalForgeError(`function ${functionKey} timed out after ${timeoutSeconds} s (Forge's limit).`)), timeoutSeconds * 1000);
        timer.unref();
      });
      try {
        return await Promise.race([Promise.resolve(handler(functionKey)(...args)), timeout]);
      } finally {
        clearTimeout(timer);
      }
    });

  const queue = createQueueService({
    now: options.clock.now,
    log,
    consumers: manifest.consumers.map((c) => ({ key: c.key, queue: c.queue, invoke: (event) => run(c.functionKey, c.key, undefined, timeoutOf(c.functionKey, ASYNC_TIMEOUT_S), consumerArgs(site, c, event)) })),
  });
  const platform = createPlatform({
    jiraBaseUrl: options.jiraBaseUrl,
    productRequests: options.productRequests,
    storage,
    queue,
    now: options.clock.now,
    appContext: { appId: LOCAL_IDS.appId, environmentId: LOCAL_IDS.environmentId, installationId: `${site.cloudId}-installation`, appVersion: '1.0.0', scopes },
  });

  const runTrigger = (moduleKey: string) => {
    const trigger = manifest.triggers.find((t) => t.key === moduleKey);
    if (!trigger) return Promise.reject(new LocalForgeError(`no scheduledTrigger "${moduleKey}" in manifest.yml (there are: ${manifest.triggers.map((t) => t.key).join(', ') || 'none'}).`));
    return run(trigger.functionKey, trigger.key, undefined, timeoutOf(trigger.functionKey, ASYNC_TIMEOUT_S), triggerArgs(site, trigger.key));
  };
  const scheduler = createScheduler(manifest, options.clock, runTrigger, log);

  return {
    manifest,
    clock: options.clock,
    storage,
    queue,
    scheduler,
    site,
    resolve(call) {
      const module = manifest.resolvers.get(call.moduleKey);
      if (!module) return Promise.reject(new LocalForgeError(`no UI module "${call.moduleKey}" with a resolver in manifest.yml.`));
      return run(module.functionKey, call.moduleKey, call.accountId, RESOLVER_TIMEOUT_S, resolverArgs(site, call));
    },
    runTrigger,
    async validateTransition(check) {
      for (const v of manifest.validators) {
        const verdict = (await run(v.functionKey, v.key, check.accountId, RESOLVER_TIMEOUT_S, validatorArgs(site, v.key, check))) as { result?: unknown; errorMessage?: unknown };
        if (verdict?.result !== true) return { result: false, errorMessage: typeof verdict?.errorMessage === 'string' ? verdict.errorMessage : `${v.key} refused the transition.` };
      }
      return { result: true };
    },
    invokeFunction: (functionKey, args, accountId) => run(functionKey, undefined, accountId, timeoutOf(functionKey, ASYNC_TIMEOUT_S), args),
    asApp: (body, accountId) => invoke(platform, { functionKey: 'local-forge:seed', accountId, timeoutSeconds: 900 }, body),
    stats: () => ({ ...platform.stats(), storage: storage.stats(), queue: queue.stats() }),
    resetStats() {
      platform.resetStats();
      storage.resetStats();
    },
    start() {
      scheduler.start();
      queue.start();
    },
    close() {
      scheduler.stop();
      queue.stop();
      storage.close();
    },
  };
}
