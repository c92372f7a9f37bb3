import Resolver from '@forge/resolver';
import { z } from 'zod';
import type { ResolverContract, ResolverKey } from '../contract/resolvers';
import type { UseCaseContext } from '../app/context';
import type { AppStore } from '../app/ports';
import { issueSummary } from '../app/issueSummary';
import { projectOverview } from '../app/projectOverview';
import { projectSettings } from '../app/projectSettings';
import type { JiraTransports } from '../jira/transport';
import { createJiraPorts } from '../jira/ports';
import { callerOf, issueKeyOf, parsePayload, projectKeyOf, type ResolverRequest } from './context';
import { respond } from './respond';

export interface AppDeps {
  transports: JiraTransports;
  store: AppStore;
  now: () => number;
}

/** No resolver takes input yet: the issue or project comes from the Forge context. */
const noInput = z.object({}).strict();

type Body<K extends ResolverKey> = (request: ResolverRequest, ctx: UseCaseContext) => Promise<ResolverContract[K]['result']>;

/**
 * The resolver handler Forge runs (src/index.ts) and the local host runs
 * (sandbox/server.ts): same code, different transports.
 */
export function createResolverHandler(deps: AppDeps) {
  const resolver = new Resolver();
  const define = <K extends ResolverKey>(key: K, schema: z.ZodType<ResolverContract[K]['payload']>, body: Body<K>) =>
    resolver.define(key, (request: ResolverRequest) =>
      respond(async () => {
        const accountId = callerOf(request);
        parsePayload(schema, request.payload);
        // Jira is read as the app, after Jira has said the caller may see the issue or project.
        const ctx: UseCaseContext = { ...createJiraPorts(deps.transports.asApp), store: deps.store, accountId, now: deps.now() };
        return body(request, ctx);
      }),
    );

  define('issue/summary', noInput, (request, ctx) => issueSummary(ctx, issueKeyOf(request)));
  define('project/overview', noInput, (request, ctx) => projectOverview(ctx, projectKeyOf(request)));
  define('settings/get', noInput, (request, ctx) => projectSettings(ctx, projectKeyOf(request)));

  return resolver.getDefinitions();
}

export type ResolverHandler = ReturnType<typeof createResolverHandler>;
