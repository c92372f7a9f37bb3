import type { FieldHistory } from '../metrics/fieldHistory';
import type { ScopeChangeEvent } from '../metrics/scopeChange';
import type { HealthIssue } from './healthIssue';
import type { IssueSprintPart } from './sprintParts';

/** A history as JSON can hold it: [since, value] pairs, the first one's since (-Infinity) as null. */
type StoredHistory<T> = [number | null, T][];

/**
 * A sprint part as stored, in few bytes (ten thousand records, a part or two each): the sprint, then
 * the velocity part (1 committed + 2 completed, the estimates at start and end, when it entered the
 * done column), then the scope changes as [kind, at, points, from, to] (kind a = added, r = removed,
 * e = re-estimated; from and to only for a re-estimate). The issue key of its changes is the record's.
 */
type StoredSprintPart = [number, number, number | null, number | null, number | null, StoredScopeEvent[]?];
type StoredScopeEvent = ['a' | 'r', number, number] | ['e', number, number, number | null, number | null];

const KINDS = { added: 'a', removed: 'r', reestimated: 'e' } as const;

function encodePart(p: IssueSprintPart): StoredSprintPart {
  const v = p.velocity;
  const flags = (v.committed ? 1 : 0) + (v.completed ? 2 : 0);
  const scope = p.scope.map((e): StoredScopeEvent => (e.kind === 'reestimated' ? ['e', e.at, e.points, e.from ?? null, e.to ?? null] : [KINDS[e.kind], e.at, e.points]));
  return scope.length > 0 ? [p.sprintId, flags, v.estimateAtStart, v.estimateAtEnd, v.doneSince, scope] : [p.sprintId, flags, v.estimateAtStart, v.estimateAtEnd, v.doneSince];
}

function decodePart(s: StoredSprintPart, issueKey: string): IssueSprintPart {
  const scope: ScopeChangeEvent[] = [];
  const events = s[5] ?? [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    scope.push(e[0] === 'e' ? { issueKey, kind: 'reestimated', at: e[1], points: e[2], from: e[3], to: e[4] } : { issueKey, kind: e[0] === 'a' ? 'added' : 'removed', at: e[1], points: e[2] });
  }
  return { sprintId: s[0], velocity: { committed: (s[1] & 1) !== 0, estimateAtStart: s[2], completed: (s[1] & 2) !== 0, estimateAtEnd: s[3], doneSince: s[4] }, scope };
}

/**
 * A HealthIssue as app storage keeps it (JSON has no -Infinity). `blockedBy` and `linkedIssueIds` are
 * left out when empty and `reporterIsApp` when false (most issues); records stored before `assigneeId`
 * and `blockedBy` existed read as unassigned and unblocked.
 */
export type StoredHealthIssue = Omit<HealthIssue, 'sprintIds' | 'estimate' | 'statusId' | 'assigneeId' | 'blockedBy' | 'reporterIsApp' | 'linkedIssueIds' | 'sprintParts'> & {
  assigneeId?: string | null;
  blockedBy?: HealthIssue['blockedBy'];
  reporterIsApp?: true;
  linkedIssueIds?: string[];
  sprintIds: StoredHistory<readonly number[]>;
  estimate: StoredHistory<number | null>;
  statusId: StoredHistory<string | null>;
  /** Left out when empty. */
  sprintParts?: StoredSprintPart[];
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
  const { blockedBy, reporterIsApp, linkedIssueIds, sprintParts, ...rest } = h;
  return {
    ...rest,
    ...(blockedBy.length > 0 ? { blockedBy } : {}),
    ...(reporterIsApp ? { reporterIsApp: true as const } : {}),
    ...(linkedIssueIds.length > 0 ? { linkedIssueIds } : {}),
    ...(sprintParts.length > 0 ? { sprintParts: sprintParts.map(encodePart) } : {}),
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
    sprintParts: decodeParts(s.sprintParts, s.key),
  };
}

function decodeParts(stored: StoredSprintPart[] | undefined, issueKey: string): IssueSprintPart[] {
  const parts: IssueSprintPart[] = [];
  if (stored) for (let i = 0; i < stored.length; i++) parts.push(decodePart(stored[i]!, issueKey));
  return parts;
}
