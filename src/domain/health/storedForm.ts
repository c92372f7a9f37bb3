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
const decodeHistory = <T>(stored: StoredHistory<T>): FieldHistory<T> => stored.map(([since, value]) => ({ since: since ?? -Infinity, value }));

/**
 * @example
 * decodeHealthIssue(encodeHealthIssue(h)) //=> an issue equal to h
 */
export function encodeHealthIssue(h: HealthIssue): StoredHealthIssue {
  const { blockedBy, ...rest } = h;
  return { ...rest, ...(blockedBy.length > 0 ? { blockedBy } : {}), sprintIds: encodeHistory(h.sprintIds), estimate: encodeHistory(h.estimate), statusId: encodeHistory(h.statusId) };
}

export function decodeHealthIssue(s: StoredHealthIssue): HealthIssue {
  return {
    ...s,
    assigneeId: s.assigneeId ?? null,
    blockedBy: s.blockedBy ?? [],
    sprintIds: decodeHistory(s.sprintIds),
    estimate: decodeHistory(s.estimate),
    statusId: decodeHistory(s.statusId),
  };
}
