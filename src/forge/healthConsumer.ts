import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { runHealthRefresh, type HealthRunOutcome } from '../app/health/runHealthRefresh';
import { createJiraPorts } from '../jira/ports';
import type { AppDeps } from './resolvers';
import { siteOf } from './site';

const requestSchema = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/),
  full: z.boolean().optional(),
  checkBoard: z.boolean().optional(),
});

/**
 * The consumer of health refresh events: one project per event, within the function's time limit
 * (manifest: timeoutSeconds). Delivered at least once and in any order — a refresh recomputes from
 * Jira's current data, so a duplicate or a late event only repeats the same work (the lease keeps two
 * from running at once). A refresh that failed throws, so Forge delivers the event again later.
 */
export function createHealthConsumer(deps: AppDeps) {
  return async (event: { body?: unknown; eventId?: string }, context?: unknown): Promise<HealthRunOutcome> => {
    const parsed = requestSchema.safeParse(event?.body);
    if (!parsed.success) {
      // A malformed event would fail the same way on every retry: logged and dropped.
      console.error('health refresh: malformed event', JSON.stringify(event?.body ?? null).slice(0, 500));
      return { kind: 'failed', message: 'malformed event' };
    }
    const { jira } = createJiraPorts(deps.transports.asApp, { site: siteOf(context) });
    const outcome = await runHealthRefresh(
      { jira, store: deps.store, policies: deps.policies, decisions: deps.decisions, acceptance: deps.acceptance, now: deps.now() },
      parsed.data,
      event.eventId ?? randomUUID(),
    );
    console.info('health refresh', JSON.stringify(outcome.kind === 'done' ? { ...outcome, report: outcome.report } : outcome));
    // The escalation scan judges this snapshot (or, if it failed, the decisions only: a stale snapshot is not judged).
    // A busy refresh leaves that to the run holding the lease.
    if (outcome.kind !== 'busy') await deps.escalationQueue.push([{ projectKey: parsed.data.projectKey }]);
    if (outcome.kind === 'failed') throw new Error(`health refresh of ${parsed.data.projectKey} failed: ${outcome.message}`);
    return outcome;
  };
}
