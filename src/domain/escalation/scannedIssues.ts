import type { HealthIssue } from '../health/healthIssue';
import { valueAt } from '../metrics/fieldHistory';
import type { ScannedIssue } from './types';

/**
 * The snapshot's issue records as the blocker rule reads them. A blocking issue the snapshot also
 * holds is judged by its own record (Jira does not touch the blocked issue when its blocker is done,
 * so the link's word from the blocked issue's last read can be old).
 *
 * @example
 * scannedIssues([blocked, blocker], new Set(['10003']), now)[0].blockedBy //=> [{ issueKey: 'ENG-2', done: true, … }]
 */
export function scannedIssues(records: readonly HealthIssue[], done: ReadonlySet<string>, now: number): ScannedIssue[] {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const isDone = (r: HealthIssue) => {
    const status = valueAt(r.statusId, now);
    return status !== null && done.has(status);
  };
  return records.map((r) => ({
    id: r.id,
    key: r.key,
    summary: r.summary,
    issueType: r.issueType,
    created: r.created,
    labels: r.labels,
    assigneeId: r.assigneeId ?? null,
    statusId: r.statusId,
    flaggedSince: r.flaggedSince,
    blockedBy: (r.blockedBy ?? []).map((link) => {
      const blocker = byKey.get(link.issueKey);
      return { ...link, done: blocker ? isDone(blocker) : link.done };
    }),
  }));
}
