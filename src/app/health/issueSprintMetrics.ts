import type { IssueSprintMetricsView } from '../../contract/health';
import { issueSprintMetricsOf } from '../../domain/health/issueMetrics';
import { doneStatusIds } from '../../domain/metrics/boardColumns';
import type { UseCaseContext } from '../context';
import { healthSnapshotStore } from './snapshotStore';

const NOT_COMPUTED: IssueSprintMetricsView = { computedAt: null, sprints: [], leadTimeDays: null, ageDays: null, release: null };

/**
 * One issue's part of the stored health snapshot, for the issue panel: two reads of app storage (the
 * snapshot's index and the issue's bucket), no Jira call. The caller has already checked that
 * `ctx.accountId` may browse the issue. Not computed yet (or the issue is newer than the snapshot): says so.
 */
export async function issueSprintMetrics(ctx: UseCaseContext, projectKey: string, issueId: string): Promise<IssueSprintMetricsView> {
  const snapshots = healthSnapshotStore(ctx.store, projectKey);
  const meta = await snapshots.meta();
  if (!meta) return NOT_COMPUTED;
  const record = (await snapshots.issues(meta, [issueId])).get(issueId);
  if (!record) return NOT_COMPUTED;
  return issueSprintMetricsOf(record, meta.sprints, meta.versions, doneStatusIds(meta.board?.columns ?? []), ctx.now, meta.computedAt);
}
