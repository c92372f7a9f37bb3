import type { IssueSprintMetricsView } from '../../contract/health';
import type { UseCaseContext } from '../context';

/**
 * One issue's part of the stored health snapshot, for the issue panel (read from app storage, no Jira call).
 * The caller has already checked that `ctx.accountId` may browse the issue.
 */
export async function issueSprintMetrics(_ctx: UseCaseContext, _projectKey: string, _issueId: string): Promise<IssueSprintMetricsView> {
  // Replaced by the snapshot store's read in this same change (issue #9); never computed yet reads as this.
  return { computedAt: null, sprints: [], leadTimeDays: null, ageDays: null, release: null };
}
