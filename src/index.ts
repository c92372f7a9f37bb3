// Handlers named in manifest.yml; nothing else lives here.
import { createEscalationConsumer } from './forge/escalationConsumer';
import { forgeEscalationQueue } from './forge/escalationQueue';
import { createHealthConsumer } from './forge/healthConsumer';
import { forgeHealthQueue } from './forge/healthQueue';
import { createRefreshHandler } from './forge/refresh';
import { createResolverHandler, type AppDeps } from './forge/resolvers';
import { createAcceptanceValidator } from './forge/validator';
import { forgeTransports } from './jira/forgeTransport';
import { kvsAcceptanceStore } from './store/kvsAcceptanceStore';
import { kvsDecisionStore, kvsPolicyStore } from './store/kvsDecisionStore';
import { kvsStore } from './store/kvsStore';

const deps: AppDeps = { transports: forgeTransports(), store: kvsStore(), decisions: kvsDecisionStore(), policies: kvsPolicyStore(), acceptance: kvsAcceptanceStore(), healthQueue: forgeHealthQueue(), escalationQueue: forgeEscalationQueue(), now: () => Date.now() };

export const resolver = createResolverHandler(deps);
export const refresh = createRefreshHandler(deps);
export const acceptanceValidator = createAcceptanceValidator(deps);
export const healthRefresh = createHealthConsumer(deps);
export const escalationScan = createEscalationConsumer(deps);
