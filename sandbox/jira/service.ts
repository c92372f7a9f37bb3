/**
 * The sandbox Jira service: a local HTTP implementation of the subset of Jira Cloud
 * REST v3 and Agile 1.0 the app uses, over SandboxData (see model.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { API_TOKENS_FILE, type ApiTokenMap, loadApiTokens } from './apiTokens';
import { callerTimeZone, resolveCaller } from './auth';
import { JiraHttpError } from './errors';
import { FaultRegistry, type Fault } from './faults';
import { fieldCatalogue } from './fields';
import { parseJsonBody, readBody, send, sendError } from './http';
import { loadPropertyAliases } from './manifestAliases';
import type { SandboxData } from './model';
import { JournaledData } from './persistence';
import { type RequestContext, Router } from './router';
import { handleAdmin } from './routes/admin';
import { agileRoutes } from './routes/agile';
import { changelogRoutes } from './routes/changelog';
import { commentRoutes } from './routes/comments';
import { groupRoutes } from './routes/groups';
import { issueLinkRoutes } from './routes/issueLinks';
import { issueRoutes } from './routes/issue';
import { permissionRoutes } from './routes/permissions';
import { projectRoutes } from './routes/project';
import { projectRoleRoutes } from './routes/projectRoles';
import { propertyRoutes } from './routes/properties';
import { searchRoutes } from './routes/search';
import { transitionRoutes } from './routes/transitions';
import { serverInfoRoutes } from './routes/serverInfo';
import { userRoutes } from './routes/users';
import { Store } from './store';

export type { Fault } from './faults';
export { journalFile, loadData, saveData } from './persistence';

export interface JiraServiceOptions {
  /** Initial data (the caller loads or generates it); mutated in place. */
  data: SandboxData;
  /**
   * If set, the data is kept here: written whole when the service is created, then every
   * change is appended to the journal beside it (`jira.journal`) before the response is
   * sent, so an acknowledged write survives kill -9; compacted in the background and by
   * flush(). loadData() reads both.
   */
  dataFile?: string;
  /**
   * Where the people's API tokens are kept (`{"<email>": "<token>"}`): made once, kept across
   * restarts. Defaults to `api-tokens.json` beside `dataFile`; without either, in memory only.
   */
  apiTokensFile?: string;
  /** manifest.yml: `modules['jira:entityProperty']` gives the JQL search aliases. */
  manifestPath?: string;
  /** Clock for relative JQL dates and timestamps of changes; defaults to Date.now. */
  now?: () => number;
  /**
   * The app's jira:workflowValidator function, run before every transition the
   * way Jira runs a validator added to the workflow; a false result refuses the
   * transition with 400 and its error message.
   */
  workflowValidator?: WorkflowValidator;
  /** false: refuse `x-sandbox-as` (401), so only Jira Cloud's own credentials work — a stand-in for a real site. Default true. */
  acceptSandboxHeader?: boolean;
}

/** Runs the app's workflow validators for one transition by a user (the local Forge builds Forge's event from it). */
export type WorkflowValidator = (check: { issueKey: string; fromStatusId: string; toStatusId: string; accountId?: string }) => Promise<{ result: boolean; errorMessage?: string }>;

export interface JiraService {
  /** Answers /rest/* and /__sandbox/*; returns false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  data(): SandboxData;
  stats(): Record<string, number>;
  resetStats(): void;
  injectFault(f: Fault): void;
  /** How many failures the injected faults have caused. */
  faultsInjected(): number;
  clearFaults(): void;
  flush(): Promise<void>;
  /** Every person's API token by email, for `Authorization: Basic base64(email:token)` or `Bearer <token>`. */
  apiTokens(): ApiTokenMap;
  /** The file the tokens are kept in, if any. */
  apiTokensFile?: string;
}

const ROUTES = [
  ...searchRoutes,
  ...issueRoutes,
  ...propertyRoutes,
  ...commentRoutes,
  ...issueLinkRoutes,
  ...changelogRoutes,
  ...transitionRoutes,
  ...projectRoutes,
  ...projectRoleRoutes,
  ...userRoutes,
  ...serverInfoRoutes,
  ...groupRoutes,
  ...permissionRoutes,
  ...agileRoutes,
];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createJiraService(opts: JiraServiceOptions): JiraService {
  // A change that names its records is one journal line; one that does not is a rewrite of the whole data.
  const store = new Store(opts.data, (entry) => (entry ? file?.append(entry) : file?.compact()));
  // After the store, which bumps the id sequences past the data's ids: the first snapshot holds them.
  const file = opts.dataFile ? new JournaledData(opts.dataFile, () => opts.data) : undefined;
  const router = new Router(ROUTES);
  const faults = new FaultRegistry();
  const aliases = loadPropertyAliases(opts.manifestPath);
  const now = opts.now ?? Date.now;
  const apiTokensFile = opts.apiTokensFile ?? (opts.dataFile ? join(dirname(opts.dataFile), API_TOKENS_FILE) : undefined);
  const tokens = loadApiTokens(apiTokensFile, opts.data.users);
  let counts: Record<string, number> = {};

  const flush = async () => file?.flush();
  const service: JiraService = {
    data: () => store.data,
    stats: () => ({ ...counts }),
    resetStats: () => {
      counts = {};
    },
    injectFault: (f) => faults.add(f),
    faultsInjected: () => faults.injected,
    clearFaults: () => faults.clear(),
    flush,
    apiTokens: () => tokens.all(),
    apiTokensFile,
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://sandbox.local');
      const path = url.pathname;
      if (path === '/__sandbox' || path.startsWith('/__sandbox/')) {
        await handleAdmin(req, res, path, { store, faults, stats: service.stats, resetStats: service.resetStats, flush });
        return true;
      }
      if (!path.startsWith('/rest/')) return false;
      const method = (req.method ?? 'GET').toUpperCase();
      const match = router.match(method, path);
      const key = match.template ? `${method} ${match.template}` : `${method} (unmatched)`;
      counts[key] = (counts[key] ?? 0) + 1;

      const { latency, failure } = faults.take(path + url.search, key);
      if (latency) await sleep(latency);
      const failsAfter = (failure?.kind === 'server-error' || failure?.kind === 'drop') && failure.when === 'after';
      if (failure?.kind === 'drop' && !failsAfter) {
        req.socket.destroy();
        return true;
      }
      try {
        if (failure?.kind === 'rate-limit') {
          throw new JiraHttpError(429, ['Rate limit exceeded.'], {}, { 'retry-after': String(failure.retryAfterSeconds) });
        }
        if (failure?.kind === 'server-error' && !failsAfter) throw new JiraHttpError(failure.status, ['Internal server error (injected fault).']);
        if (!match.template) throw new JiraHttpError(404, [`No resource found for ${method} ${path}.`]);
        if (!match.route) throw new JiraHttpError(405, [`Method ${method} is not allowed for ${match.template}.`]);
        store.refresh();
        const caller = resolveCaller(store, req.headers, tokens, { acceptSandboxHeader: opts.acceptSandboxHeader });
        const body = method === 'POST' || method === 'PUT' ? parseJsonBody(await readBody(req)) : undefined;
        const at = now();
        const ctx: RequestContext = {
          store,
          caller,
          params: match.params,
          query: url.searchParams,
          body,
          now: at,
          catalogue: fieldCatalogue(store.data.site),
          aliases,
          jql: () => ({ store, caller, now: at, timeZone: callerTimeZone(caller), aliases }),
          workflowValidator: opts.workflowValidator,
        };
        const answer = await match.route.handler(ctx);
        // The request was applied; the answer is lost on the way back.
        if (failsAfter && failure?.kind === 'drop') {
          req.socket.destroy();
          return true;
        }
        if (failsAfter && failure?.kind === 'server-error') throw new JiraHttpError(failure.status, ['Gateway timeout (injected fault, after the request was applied).']);
        send(res, answer);
      } catch (e) {
        if (e instanceof JiraHttpError) sendError(res, e);
        else {
          console.error('[sandbox-jira] internal error', e);
          send(res, { status: 500, body: { errorMessages: ['Internal server error.'], errors: {} } });
        }
      }
      return true;
    },
  };
  return service;
}
