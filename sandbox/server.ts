import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createRefreshHandler } from '../src/forge/refresh';
import { createResolverHandler, type AppDeps } from '../src/forge/resolvers';
import { createAcceptanceValidator } from '../src/forge/validator';
import { localTransports } from '../src/jira/localTransport';
import { openAppStorage } from './appStorage';
import { generateEngagement } from './demo/generate';
import { createHost, type ForgeInvocation } from './host/host';
import { createJiraService, loadData, saveData, type JiraService } from './jira/service';

export const REPO_ROOT = resolve(__dirname, '..');
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.sandbox-data');

export interface SandboxOptions {
  port?: number; // 0 = any free port
  host?: string;
  /** Folder for the Jira data file and the app-storage file; changes survive a restart. */
  dataDir?: string;
  /** Start over from a freshly generated demo engagement. */
  reset?: boolean;
  /** Demo generator inputs (tests pin them). */
  seed?: string;
  now?: () => number;
}

export interface RunningSandbox {
  url: string;
  jira: JiraService;
  /** The local app storage the resolvers use (key-value store and entities). */
  storage: Pick<AppDeps, 'store' | 'decisions' | 'policies' | 'acceptance'>;
  /** Runs the hourly scheduled trigger once, as Forge would. */
  refresh(): Promise<unknown>;
  close(): Promise<void>;
}

/** Installation id the local Forge runtime reports, like Forge's installContext. */
const INSTALL_CONTEXT = 'ari:cloud:jira::site/00000000-0000-4000-8000-sandbox00000';

/** Starts the Jira-compatible service, the app's resolvers and the Jira-like shell on one port. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const now = options.now ?? (() => Date.now());
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const dataFile = join(dataDir, 'jira.json');
  const storeFile = join(dataDir, 'app-storage.json');
  if (options.reset) for (const file of [dataFile, storeFile]) rmSync(file, { force: true });
  mkdirSync(dataDir, { recursive: true });

  const server = createServer();
  await new Promise<void>((ready) => server.listen(options.port ?? 4300, options.host ?? '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;

  const data = loadData(dataFile) ?? generateEngagement({ now: now(), seed: options.seed ?? 'engagement-health-demo', baseUrl: url });
  data.site.baseUrl = url;
  const storage = await openAppStorage(storeFile, data, now());
  saveData(dataFile, data);
  const deps: AppDeps = { transports: localTransports(url), ...storage, now };
  const resolver = createResolverHandler(deps);
  // Every transition runs the app's workflow validator, as if a Jira admin had added it to the workflow.
  const jira = createJiraService({ data, dataFile, manifestPath: join(REPO_ROOT, 'manifest.yml'), now, workflowValidator: createAcceptanceValidator(deps) });
  const refresh = createRefreshHandler(deps);
  const host = createHost({
    staticRoot: join(REPO_ROOT, 'static'),
    siteUrl: url,
    invoke: (call: ForgeInvocation) =>
      resolver(
        { call: { functionKey: call.functionKey, payload: call.payload as Record<string, unknown> }, context: { moduleKey: call.moduleKey, extension: call.extension } },
        { principal: { accountId: call.accountId }, installContext: INSTALL_CONTEXT },
      ),
  });

  server.on('request', (req, res) => {
    void (async () => {
      if (req.method === 'POST' && req.url === '/__sandbox/triggers/refresh') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await refresh()));
        return;
      }
      if ((await host.handle(req, res)) || (await jira.handle(req, res))) return;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Sandbox error');
    });
  });

  return {
    url,
    jira,
    storage,
    refresh,
    close: async () => {
      await jira.flush();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
}
