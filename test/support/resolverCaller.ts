import type { ResolverContract, ResolverKey, ResolverResult } from '../../src/contract/resolvers';
import type { RunningSandbox } from '../../sandbox/server';

export type Call = <K extends ResolverKey>(
  functionKey: K,
  accountId: string | undefined,
  extension: unknown,
  payload?: unknown,
) => Promise<ResolverResult<ResolverContract[K]['result']>>;

const ISSUE_PANEL = 'engagement-health-issue-panel';
const PROJECT_PAGE = 'engagement-health-project-page';

/**
 * Calls the app's resolver the way the Custom UI does: an invoke() through the
 * sandbox's local Forge, which runs src/index.ts with Forge's invocation shape,
 * as the given user, on the sandbox clock.
 */
export function resolverCaller(sandbox: RunningSandbox): Call {
  return async (functionKey, accountId, extension, payload = {}) => {
    const moduleKey = typeof extension === 'object' && extension !== null && 'issue' in extension ? ISSUE_PANEL : PROJECT_PAGE;
    return (await sandbox.forge.resolve({ moduleKey, functionKey, payload: payload as Record<string, unknown>, accountId, extension: extension as Record<string, unknown> })) as ResolverResult<
      ResolverContract[typeof functionKey]['result']
    >;
  };
}

/** A resolver's data, or a thrown error naming the refusal (for set-up steps that must succeed). */
export function ok<T>(result: ResolverResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.data;
}
