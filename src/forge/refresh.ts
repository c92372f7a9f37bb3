import { repairDecisionMirrors } from '../app/decisions/mirror';
import { registeredProjects } from '../app/registeredProjects';
import { recordSprintCommitments, type RefreshReport } from '../app/sprintCommitments';
import { createJiraPorts } from '../jira/ports';
import type { AppDeps } from './resolvers';
import { siteOf } from './site';

export interface HourlyReport extends RefreshReport {
  /** Issues whose decision mirror differed from app storage and was rewritten. */
  mirrorsRewritten: string[];
}

/**
 * The hourly scheduled trigger. Forge may run it twice or not retry a failed
 * run, so everything it does is idempotent: a second run changes nothing.
 */
export function createRefreshHandler(deps: AppDeps) {
  return async (_event?: unknown, context?: unknown): Promise<HourlyReport> => {
    const { jira } = createJiraPorts(deps.transports.asApp, { site: siteOf(context) });
    const report = await recordSprintCommitments({ jira, store: deps.store, now: deps.now() });
    const mirrorsRewritten: string[] = [];
    for (const project of await registeredProjects(deps.store)) {
      mirrorsRewritten.push(...(await repairDecisionMirrors({ jira, decisions: deps.decisions }, project.projectKey)));
    }
    const hourly = { ...report, mirrorsRewritten };
    console.info('refresh', JSON.stringify(hourly));
    return hourly;
  };
}
