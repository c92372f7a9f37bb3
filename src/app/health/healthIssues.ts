import type { HealthIssuesView } from '../../contract/health';
import { refRows } from '../../domain/health/refs';
import { notFound } from '../errors';
import type { UseCaseContext } from '../context';
import { healthSnapshotStore } from './snapshotStore';

/** Jira's issue search takes a JQL of this length comfortably; longer lists are cut (the CSV and the list keep every row). */
const JQL_MAX_KEYS = 500;

/**
 * The issues behind one number of the stored snapshot (a `ref` of the view), read from app storage;
 * the caller has checked the permission. An unknown ref (an old page after a refresh) is not found.
 */
export async function healthIssues(ctx: UseCaseContext, projectKey: string, ref: string): Promise<HealthIssuesView> {
  const snapshots = healthSnapshotStore(ctx.store, projectKey);
  const meta = await snapshots.meta();
  const list = meta ? await snapshots.refList(meta, ref) : undefined;
  if (!meta || !list) throw notFound('These numbers were recomputed since the page loaded; refresh the page.');
  const listed = refRows(list);
  const issues = await snapshots.issues(meta, listed.map((r) => r.issueId));
  const rows = listed.flatMap((row) => {
    const issue = issues.get(row.issueId);
    return issue ? [{ key: issue.key, summary: issue.summary, points: row.points, event: row.event, at: row.at === null || !Number.isFinite(row.at) ? null : new Date(row.at).toISOString() }] : [];
  });
  const keys = [...new Set(rows.map((r) => r.key))];
  return { title: list.title, rows, jql: keys.length === 0 ? null : `issuekey in (${keys.slice(0, JQL_MAX_KEYS).join(', ')})` };
}
