/**
 * Real-site mode: the same shell, Custom UI and backend (src/index.ts in the local Forge) against a
 * real Jira Cloud site over REST with an API token. App storage stays on this machine, in the
 * site's own data folder; no demo data is made; writes reach the site only with --allow-writes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { appStorage, type AppStorage } from '../appStorage';
import { createLocalForge, type LocalForge } from '../forge';
import { handleForgeAdmin } from '../forge/adminRoutes';
import { createClock, type SandboxClock } from '../forge/clock';
import { createHost, type ForgeInvocation } from '../host/host';
import { closeServer, readClockOffset, refreshNow, REPO_ROOT, serveRequests } from '../server';
import { isFromThisSandbox } from './localOnly';
import { modeView } from './modeView';
import { handleShellJira } from './shellJira';
import { createSiteAccess, type SiteAccess } from './siteAccess';
import { checkConnection } from './siteConnection';
import type { RealSiteOptions } from './siteOptions';
import { siteProductRequests } from './siteTransport';

export interface RealSiteSandboxOptions extends RealSiteOptions {
  port?: number;
  host?: string;
  /** This site's folder (siteDataDir): the app-storage log and the clock. */
  dataDir: string;
  /** Forget this site's app storage first. */
  reset?: boolean;
  now?: () => number;
  background?: boolean;
}

export interface RunningRealSite {
  url: string;
  /** The connection: the token's user, what went wrong, the rate limit; and the one way to the site. */
  site: SiteAccess;
  forge: LocalForge;
  clock: SandboxClock;
  storage: AppStorage;
  /** Checks the connection again (GET /myself, the agile API). */
  recheck(): Promise<void>;
  refresh(): Promise<unknown>;
  close(): Promise<void>;
}

/** While something is wrong, the banner's next look checks again — at most this often. */
const RECHECK_EVERY_MS = 5_000;

export async function startRealSiteSandbox(options: RealSiteSandboxOptions): Promise<RunningRealSite> {
  const storageLog = join(options.dataDir, 'app-storage.log');
  const clockFile = join(options.dataDir, 'clock.json');
  if (options.reset) for (const file of [storageLog, clockFile]) rmSync(file, { force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const clock = createClock(options.now, readClockOffset(clockFile));
  clock.onMove(() => writeFileSync(clockFile, JSON.stringify({ offsetMs: clock.offset() })));

  const site = createSiteAccess(options);
  let checkedAt = 0;
  const recheck = async () => {
    checkedAt = performance.now();
    await checkConnection(site, options);
  };
  await recheck();

  const forge = createLocalForge({ manifestPath: join(REPO_ROOT, 'manifest.yml'), srcRoot: join(REPO_ROOT, 'src'), jiraBaseUrl: options.siteUrl, productRequests: siteProductRequests(site), clock, storageLog });
  const server = createServer();
  await new Promise<void>((ready) => server.listen(options.port ?? 4300, options.host ?? '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;

  const host = createHost({
    staticRoot: join(REPO_ROOT, 'static'),
    siteUrl: url,
    mode: async () => {
      if (site.state.problem && performance.now() - checkedAt > RECHECK_EVERY_MS) await recheck();
      return modeView(site.state);
    },
    // The principal is the token's user whoever the page says is looking: that is whom the site knows.
    invoke: (call: ForgeInvocation) => {
      const user = site.state.user;
      if (!user) return Promise.reject(new Error(site.state.problem?.message ?? `Not connected to ${options.siteUrl}.`));
      return forge.resolve({ moduleKey: call.moduleKey, functionKey: call.functionKey, payload: call.payload as Record<string, unknown>, accountId: user.accountId, extension: call.extension });
    },
  });
  if (options.background) forge.start();

  serveRequests(server, async (req, res) => {
    if (!isFromThisSandbox(req, port)) return void res.writeHead(403, { 'content-type': 'text/plain' }).end(`Real-site mode answers only pages it served, at ${url}.`);
    if ((await handleForgeAdmin(forge, req, res)) || (await host.handle(req, res)) || (await handleShellJira(site, req, res))) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end(req.url?.startsWith('/__sandbox/') ? 'Not in real-site mode: the sandbox Jira is not running.' : 'Not found');
  });

  return {
    url,
    site,
    forge,
    clock,
    storage: appStorage(forge),
    recheck,
    refresh: refreshNow(forge),
    close: async () => {
      forge.close();
      await closeServer(server);
    },
  };
}
