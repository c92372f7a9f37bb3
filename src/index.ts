// Handlers named in manifest.yml; nothing else lives here.
import { createRefreshHandler } from './forge/refresh';
import { createResolverHandler, type AppDeps } from './forge/resolvers';
import { forgeTransports } from './jira/forgeTransport';
import { kvsDecisionStore, kvsPolicyStore } from './store/kvsDecisionStore';
import { kvsStore } from './store/kvsStore';

const deps: AppDeps = { transports: forgeTransports(), store: kvsStore(), decisions: kvsDecisionStore(), policies: kvsPolicyStore(), now: () => Date.now() };

export const resolver = createResolverHandler(deps);
export const refresh = createRefreshHandler(deps);
