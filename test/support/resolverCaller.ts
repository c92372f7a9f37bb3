import type { ResolverContract, ResolverKey, ResolverResult } from '../../src/contract/resolvers';
import { createResolverHandler } from '../../src/forge/resolvers';
import { localTransports } from '../../src/jira/localTransport';
import { memoryEntities } from '../../src/store/memoryDecisionStore';
import { memoryStore } from '../../src/store/memoryStore';
import type { RunningSandbox } from '../../sandbox/server';
import type { AcceptanceStore, AppStore, DecisionStore, PolicyStore } from '../../src/app/ports';

export type Call = <K extends ResolverKey>(
  functionKey: K,
  accountId: string | undefined,
  extension: unknown,
  payload?: unknown,
) => Promise<ResolverResult<ResolverContract[K]['result']>>;

/**
 * Calls the real resolver handler the way Forge does, against a sandbox's Jira,
 * with the given app storage (the sandbox's own by default).
 */
export function resolverCaller(sandbox: RunningSandbox, now: () => number, storage?: { store: AppStore; decisions: DecisionStore; policies: PolicyStore; acceptance: AcceptanceStore }): Call {
  const handler = createResolverHandler({ transports: localTransports(sandbox.url), ...(storage ?? sandbox.storage), now });
  return async (functionKey, accountId, extension, payload = {}) =>
    (await handler({ call: { functionKey, payload: payload as Record<string, unknown> }, context: { extension } }, { principal: accountId ? { accountId } : undefined } as never)) as ResolverResult<
      ResolverContract[typeof functionKey]['result']
    >;
}

/** Fresh, empty app storage (no demo decisions). */
export function emptyStorage() {
  return { store: memoryStore(), ...memoryEntities() };
}
