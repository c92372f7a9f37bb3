import type { FieldHistory } from '../metrics/fieldHistory';
import type { HealthIssue } from './healthIssue';

/** A history as JSON can hold it: [since, value] pairs, the first one's since (-Infinity) as null. */
type StoredHistory<T> = [number | null, T][];

/**
 * A HealthIssue as app storage keeps it (JSON has no -Infinity). `blockedBy` is left out when empty
 * (most issues); records stored before `assigneeId` and `blockedBy` existed read as unassigned and unblocked.
 */
export type StoredHealthIssue = Omit<HealthIssue, 'sprintIds' | 'estimate' | 'statusId' | 'assigneeId' | 'blockedBy'> & {
  assigneeId?: string | null;
  blockedBy?: HealthIssue['blockedBy'];
  sprintIds: StoredHistory<readonly number[]>;
  estimate: StoredHistory<number | null>;
  statusId: StoredHistory<string | null>;
};

const encodeHistory = <T>(history: FieldHistory<T>): StoredHistory<T> => history.map((s) => [s.since === -Infinity ? null : s.since, s.value]);

function decodeHistory<T>(stored: StoredHistory<T>): FieldHistory<T> {
  const history: { since: number; value: T }[] = [];
  for (const [since, value] of stored) history.push({ since: since ?? -Infinity, value });
  return history;
}

/**
 * @example
 * decodeHealthIssue(encodeHealthIssue(h)) //=> an issue equal to h
 */
export function encodeHealthIssue(h: HealthIssue): StoredHealthIssue {
  const { blockedBy, ...rest } = h;
  return { ...rest, ...(blockedBy.length > 0 ? { blockedBy } : {}), sprintIds: encodeHistory(h.sprintIds), estimate: encodeHistory(h.estimate), statusId: encodeHistory(h.statusId) };
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
    assigneeId: s.assigneeId ?? null,
    labels: s.labels,
    fixVersionIds: s.fixVersionIds,
    flaggedSince: s.flaggedSince,
    blockedBy: s.blockedBy ?? [],
    sprintIds: decodeHistory(s.sprintIds),
    estimate: decodeHistory(s.estimate),
    statusId: decodeHistory(s.statusId),
  };
}
