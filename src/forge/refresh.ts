import { recordSprintCommitments, type RefreshReport } from '../app/sprintCommitments';
import { createJiraPorts } from '../jira/ports';
import type { AppDeps } from './resolvers';

/**
 * The hourly scheduled trigger. Forge may run it twice or not retry a failed
 * run, so everything it does is idempotent: a second run records nothing new.
 */
export function createRefreshHandler(deps: AppDeps) {
  return async (): Promise<RefreshReport> => {
    const { jira } = createJiraPorts(deps.transports.asApp);
    const report = await recordSprintCommitments({ jira, store: deps.store, now: deps.now() });
    console.info('refresh', JSON.stringify(report));
    return report;
  };
}
