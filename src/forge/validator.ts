import { z } from 'zod';
import { acceptanceGate } from '../app/acceptance/gate';
import { createJiraPorts } from '../jira/ports';
import type { AppDeps } from './resolvers';
import { siteOf } from './site';

/** What Jira passes a jira:workflowValidator function (see the module's reference). */
const validatorArgs = z.object({
  issue: z.object({ key: z.string().min(1).max(255) }),
  transition: z.object({ to: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

/**
 * The acceptance gate: keeps an issue out of Done until the client accepted it.
 * When it cannot read the trusted record it refuses with a message saying so,
 * rather than letting unaccepted work through.
 */
export function createAcceptanceValidator(deps: AppDeps) {
  return async (args: unknown, context?: unknown): Promise<{ result: boolean; errorMessage?: string }> => {
    const parsed = validatorArgs.safeParse(args);
    if (!parsed.success) return { result: false, errorMessage: 'Engagement Health could not read this transition.' };
    try {
      const { jira } = createJiraPorts(deps.transports.asApp, { site: siteOf(context) });
      return await acceptanceGate({ jira, policies: deps.policies, acceptance: deps.acceptance, store: deps.store, now: Date.now() }, parsed.data.issue.key, parsed.data.transition.to.id);
    } catch (error) {
      console.error('acceptance validator failed', error);
      return { result: false, errorMessage: 'Engagement Health could not check the client’s acceptance just now. Try again in a minute.' };
    }
  };
}
