import { repairAcceptanceMirrors } from '../app/acceptance/mirror';
import { repairDecisionMirrors, type MirrorRepair } from '../app/decisions/mirror';
import { completeProjectEffects } from '../app/outbox/projectEffects';
import { registeredProjects } from '../app/registeredProjects';
import { refreshTeamsDaily } from '../app/teams/dailyRefresh';
import { failureMessage, logRefreshFailure, recordSprintCommitments, type RefreshFailure, type RefreshReport, type RefreshStep } from '../app/sprintCommitments';
import { createJiraPorts } from '../jira/ports';
import type { AppDeps } from './resolvers';
import { siteOf } from './site';

export interface HourlyReport extends RefreshReport {
  /** Issues whose decision mirror differed from app storage and was rewritten. */
  mirrorsRewritten: string[];
  /** Issues whose acceptance mirror differed from app storage and was rewritten. */
  acceptanceMirrorsRewritten: string[];
  /** Outbox effects (comments, moves) completed by this run, and those still pending. */
  effectsDone: string[];
  effectsPending: string[];
  /** Projects whose health snapshot refresh was queued (one async event each). */
  healthQueued: string[];
}

/**
 * The hourly scheduled trigger. Forge may run it twice or not retry a failed
 * run, so everything it does is idempotent: a second run changes nothing.
 * Each project, and within a project each issue's mirror, is its own unit of
 * work: one that fails is logged and listed in `failures`, and the rest is done.
 */
export function createRefreshHandler(deps: AppDeps) {
  return async (_event?: unknown, context?: unknown): Promise<HourlyReport> => {
    const { jira } = createJiraPorts(deps.transports.asApp, { site: siteOf(context) });
    const report = await recordSprintCommitments({ jira, store: deps.store, now: deps.now() });
    const hourly: HourlyReport = { ...report, failures: [...report.failures], mirrorsRewritten: [], acceptanceMirrorsRewritten: [], effectsDone: [], effectsPending: [], healthQueued: [] };
    const failed = (failure: RefreshFailure, error?: unknown) => {
      logRefreshFailure(failure, error);
      hourly.failures.push(failure);
    };

    const repairs: [RefreshStep, (projectKey: string) => Promise<MirrorRepair>, string[]][] = [
      ['decision-mirrors', (projectKey) => repairDecisionMirrors({ jira, decisions: deps.decisions }, projectKey), hourly.mirrorsRewritten],
      ['acceptance-mirrors', (projectKey) => repairAcceptanceMirrors({ jira, acceptance: deps.acceptance }, projectKey), hourly.acceptanceMirrorsRewritten],
    ];
    const projects = await registeredProjects(deps.store);
    for (const { projectKey } of projects) {
      try {
        const effects = await completeProjectEffects({ jira, store: deps.store, acceptance: deps.acceptance, now: deps.now() }, projectKey);
        hourly.effectsDone.push(...effects.done);
        hourly.effectsPending.push(...effects.pending.map((p) => p.effectId));
        for (const p of effects.pending) failed({ projectKey, issueKey: p.issueKey, step: 'effects', message: p.error });
      } catch (error) {
        failed({ projectKey, step: 'effects', message: failureMessage(error) }, error);
      }
      try {
        await refreshTeamsDaily({ jira, store: deps.store, policies: deps.policies, now: deps.now() }, projectKey);
      } catch (error) {
        failed({ projectKey, step: 'teams', message: failureMessage(error) }, error);
      }
      for (const [step, repair, rewritten] of repairs) {
        try {
          const done = await repair(projectKey);
          rewritten.push(...done.rewritten);
          for (const f of done.failures) failed({ projectKey, issueKey: f.issueKey, step, message: f.message });
        } catch (error) {
          failed({ projectKey, step, message: failureMessage(error) }, error);
        }
      }
    }
    // The snapshots are computed by the consumer, one event per project, each within its own time limit.
    try {
      await deps.healthQueue.push(projects.map((p) => ({ projectKey: p.projectKey })));
      hourly.healthQueued.push(...projects.map((p) => p.projectKey));
    } catch (error) {
      for (const { projectKey } of projects) failed({ projectKey, step: 'health', message: failureMessage(error) }, error);
    }
    console.info('refresh', JSON.stringify(hourly));
    return hourly;
  };
}
