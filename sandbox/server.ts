import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { appStorage, seedDemoStorage, type AppStorage } from './appStorage';
import { generateEngagement } from './demo/generate';
import { createLocalForge, type LocalForge } from './forge';
import { handleForgeAdmin } from './forge/adminRoutes';
import { createClock, type SandboxClock } from './forge/clock';
import { createHost, type ForgeInvocation } from './host/host';
import { createJiraService, loadData, type JiraService } from './jira/service';

export const REPO_ROOT = resolve(__dirname, '..');
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.sandbox-data');
/** The module key of the hourly scheduledTrigger in manifest.yml. */
export const HOURLY_TRIGGER = 'engagement-health-hourly-refresh';

export interface SandboxOptions {
  port?: number; // 0 = any free port
  host?: string;
  /** Folder for the Jira data file and the app-storage log; changes survive a restart. */
  dataDir?: string;
  /** Start over from a freshly generated demo engagement. */
  reset?: boolean;
  /** Demo generator inputs (tests pin them; the benchmark asks for 10 000 issues). */
  seed?: string;
  demo?: { issueCount?: number; closedSprints?: number };
  /** Base of the sandbox clock (tests pin it); POST /__sandbox/clock moves it forward. */
  now?: () => number;
  /** Fire scheduled triggers on their intervals and deliver queued events in the background (npm start). */
  background?: boolean;
  /** false: a stand-in for a real site — the Jira service refuses x-sandbox-as (only Jira Cloud's credentials work) and runs no app validator. */
  acceptSandboxHeader?: boolean;
}

export interface RunningSandbox {
  url: string;
  jira: JiraService;
  /** The local Forge running src/index.ts: resolvers, triggers, validator, storage, queues. */
  forge: LocalForge;
  clock: SandboxClock;
  /** App storage through the app's own adapters (each call an app invocation). */
  storage: AppStorage;
  /** Runs the hourly scheduled trigger once, as Forge would. */
  refresh(): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts the Jira-compatible service, the local Forge running the app, and the Jira-like shell on one port. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const dataFile = join(dataDir, 'jira.json');
  const storageLog = join(dataDir, 'app-storage.log');
  const clockFile = join(dataDir, 'clock.json');
  // app-storage.json is the old in-memory twin's file: its records cannot be carried over, so it means start over.
  const legacyStorage = join(dataDir, 'app-storage.json');
  if (options.reset || existsSync(legacyStorage)) for (const file of [dataFile, storageLog, legacyStorage, clockFile]) rmSync(file, { force: true });
  mkdirSync(dataDir, { recursive: true });
  // Jira data and app storage belong together (mirrors, verdicts): either both are kept or both are made anew.
  const fresh = !existsSync(dataFile) || !existsSync(storageLog);
  if (fresh) for (const file of [storageLog, clockFile]) rmSync(file, { force: true });
  const clock = createClock(options.now, readClockOffset(clockFile));
  clock.onMove(() => writeFileSync(clockFile, JSON.stringify({ offsetMs: clock.offset() })));

  const server = createServer();
  await new Promise<void>((ready) => server.listen(options.port ?? 4300, options.host ?? '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;

  const data = (fresh ? undefined : loadData(dataFile)) ?? generateEngagement({ now: clock.now(), seed: options.seed ?? 'engagement-health-demo', baseUrl: url, ...options.demo });
  data.site.baseUrl = url;

  const forge = createLocalForge({ manifestPath: join(REPO_ROOT, 'manifest.yml'), srcRoot: join(REPO_ROOT, 'src'), jiraBaseUrl: url, clock, storageLog });
  const storage = appStorage(forge);
  if (fresh) await seedDemoStorage(storage, data, clock.now());

  // The service writes the snapshot (jira.json) as it starts and journals every change before answering.
  // Every transition runs the app's workflow validator, as if a Jira admin had added it to the workflow.
  // A stand-in for a real site refuses x-sandbox-as, which its own local Forge speaks: the app is not installed there, so no validator runs.
  const standIn = options.acceptSandboxHeader === false;
  const jira = createJiraService({ data, dataFile, manifestPath: join(REPO_ROOT, 'manifest.yml'), now: clock.now, workflowValidator: standIn ? undefined : (check) => forge.validateTransition(check), acceptSandboxHeader: options.acceptSandboxHeader });
  const host = createHost({
    staticRoot: join(REPO_ROOT, 'static'),
    siteUrl: url,
    invoke: (call: ForgeInvocation) => forge.resolve({ moduleKey: call.moduleKey, functionKey: call.functionKey, payload: call.payload as Record<string, unknown>, accountId: call.accountId, extension: call.extension }),
  });
  if (options.background) forge.start();

  serveRequests(server, async (req, res) => {
    if ((await handleForgeAdmin(forge, req, res)) || (await host.handle(req, res)) || (await jira.handle(req, res))) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });

  return {
    url,
    jira,
    forge,
    clock,
    storage,
    refresh: refreshNow(forge),
    close: async () => {
      forge.close();
      await jira.flush();
      await closeServer(server);
    },
  };
}

/** A clock moved forward before a restart stays moved: records written at the moved time must not lie in the future. */
export function readClockOffset(file: string): number {
  if (!existsSync(file)) return 0;
  const offset = (JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: unknown }).offsetMs;
  return typeof offset === 'number' && Number.isFinite(offset) ? offset : 0;
}

/** Answers each request with `handle`; one that throws is logged and answered 500 "Sandbox error". */
export function serveRequests(server: Server, handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): void {
  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Sandbox error');
    });
  });
}

/** The hourly trigger now: it plans (one health event per project); its consumers run before this answers. */
export function refreshNow(forge: LocalForge): () => Promise<unknown> {
  return async () => {
    const report = await forge.runTrigger(HOURLY_TRIGGER);
    await forge.queue.drain();
    return report;
  };
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
}
