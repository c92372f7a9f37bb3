import type { FieldHistory } from '../metrics/fieldHistory';
import type { HealthIssue } from './healthIssue';

/** A history as JSON can hold it: [since, value] pairs, the first one's since (-Infinity) as null. */
type StoredHistory<T> = [number | null, T][];

/**
 * A HealthIssue as app storage keeps it (JSON has no -Infinity). `blockedBy` and `linkedIssueIds` are
 * left out when empty and `reporterIsApp` when false (most issues); records stored before `assigneeId`
 * and `blockedBy` existed read as unassigned and unblocked.
 */
export type StoredHealthIssue = Omit<HealthIssue, 'sprintIds' | 'estimate' | 'statusId' | 'assigneeId' | 'blockedBy' | 'reporterIsApp' | 'linkedIssueIds'> & {
  assigneeId?: string | null;
  blockedBy?: HealthIssue['blockedBy'];
  reporterIsApp?: true;
  linkedIssueIds?: string[];
  sprintIds: StoredHistory<readonly number[]>;
  estimate: StoredHistory<number | null>;
  statusId: StoredHistory<string | null>;
};

const encodeHistory = <T>(history: FieldHistory<T>): StoredHistory<T> => history.map((s) => [s.since === -Infinity ? null : s.since, s.value]);

function decodeHistory<T>(stored: StoredHistory<T>): FieldHistory<T> {
  const history: { since: number; value: T }[] = [];
  // Indexed, not destructured: ten thousand records are decoded before the JIT has optimized this.
  for (let i = 0; i < stored.length; i++) {
    const segment = stored[i]!;
    history.push({ since: segment[0] ?? -Infinity, value: segment[1] });
  }
  return history;
}

/**
 * @example
 * decodeHealthIssue(encodeHealthIssue(h)) //=> an issue equal to h
 */
export function encodeHealthIssue(h: HealthIssue): StoredHealthIssue {
  const { blockedBy, reporterIsApp, linkedIssueIds, ...rest } = h;
  return {
    ...rest,
    ...(blockedBy.length > 0 ? { blockedBy } : {}),
    ...(reporterIsApp ? { reporterIsApp: true as const } : {}),
    ...(linkedIssueIds.length > 0 ? { linkedIssueIds } : {}),
    sprintIds: encodeHistory(h.sprintIds),
    estimate: encodeHistory(h.estimate),
    statusId: encodeHistory(h.statusId),
  };
}

/**
 * Every field named, in one order: records of one shape keep the metrics' property reads fast (a
 * spread of the stored form, which lacks `blockedBy` on most records, gives each record a shape of its own).
 */
export function decodeHealthIssue(s: StoredHealthIssue): HealthIssue {
  return {
    id: s.id,
    key: s.key,
    summary: s.summary,
    issueType: s.issueType,
    isSubtask: s.isSubtask,
    created: s.created,
    updated: s.updated,
    reporterId: s.reporterId,
    reporterIsApp: s.reporterIsApp === true,
    assigneeId: s.assigneeId ?? null,
    labels: s.labels,
    fixVersionIds: s.fixVersionIds,
    flaggedSince: s.flaggedSince,
    blockedBy: s.blockedBy ?? [],
    linkedIssueIds: s.linkedIssueIds ?? [],
    sprintIds: decodeHistory(s.sprintIds),
    estimate: decodeHistory(s.estimate),
    statusId: decodeHistory(s.statusId),
  };
}
