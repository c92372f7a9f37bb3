import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { countingTransport, SCAN_BUDGET, type RequestCounter } from '../app/escalation/budget';
import { runEscalationScan, type EscalationRunRecord } from '../app/escalation/runScan';
import { dailyNotePlanner } from '../app/dailyNote/post';
import { createJiraPorts } from '../jira/ports';
import type { AppDeps } from './resolvers';
import { siteOf } from './site';

const requestSchema = z.object({ projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/) });

/**
 * The consumer of escalation scan events: one project per event, within the function's time limit
 * (manifest: timeoutSeconds) and the scan's budget. Delivered at least once and in any order — a scan
 * plans each step once in the ledger and posts it through the outbox, so a duplicate or late event
 * posts nothing twice. A run that stopped on its budget queues its own continuation; the next one
 * resumes what is planned and repeats nothing.
 */
export function createEscalationConsumer(deps: AppDeps) {
  return async (event: { body?: unknown; eventId?: string }, context?: unknown): Promise<EscalationRunRecord | { kind: 'failed'; message: string }> => {
    const parsed = requestSchema.safeParse(event?.body);
    if (!parsed.success) {
      console.error('escalation scan: malformed event', JSON.stringify(event?.body ?? null).slice(0, 500));
      return { kind: 'failed', message: 'malformed event' };
    }
    const { projectKey } = parsed.data;
    const counter: RequestCounter = { reads: 0, writes: 0 };
    const { jira } = createJiraPorts(countingTransport(deps.transports.asApp, counter), { site: siteOf(context) });
    const started = deps.now();
    // The holder is this invocation, not the event: a duplicated delivery of one event is another run.
    const report = await runEscalationScan(
      { jira, store: deps.store, policies: deps.policies, decisions: deps.decisions, clock: deps.now, counter, holder: `${event.eventId ?? 'event'}:${randomUUID()}`, dailyNote: dailyNotePlanner(deps.acceptance) },
      projectKey,
      { writes: SCAN_BUDGET.writes, reads: SCAN_BUDGET.reads, deadline: started + SCAN_BUDGET.seconds * 1000 },
    );
    console.info('escalation scan', JSON.stringify({ projectKey, ...report, posted: report.posted.length }));
    // Stopped on its budget: the rest goes on in a new invocation (its own time limit), right away — or, when
    // Jira rate-limited it, as late as Jira asked (a queue delay is at most 900 s; a later run does the rest).
    if (report.stoppedOnBudget !== null && report.remaining > 0) {
      await deps.escalationQueue.push([{ projectKey }], report.retryAfterMs !== null ? { delayInSeconds: Math.ceil(report.retryAfterMs / 1000) } : {});
    }
    return report;
  };
}
