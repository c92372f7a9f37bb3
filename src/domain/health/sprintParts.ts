import { doneColumnTest } from '../metrics/boardColumns';
import type { IssueTimeline } from '../metrics/issueTimeline';
import { issueScopeEvents, type ScopeChangeEvent } from '../metrics/scopeChange';
import { issueSprintVelocity, type IssueSprintVelocity } from '../metrics/velocity';
import type { Sprint } from '../types';

/**
 * One issue's part in one closed sprint's velocity and scope change, replayed once and kept in the
 * issue's record: a closed sprint's dates are final (Jira cannot reopen it), and a change of the
 * board's done column or estimation field rebuilds every record, so the part holds until the issue
 * changes. A refresh then replays only the issues Jira says changed, and the open sprint's.
 */
export interface IssueSprintPart {
  sprintId: number;
  velocity: IssueSprintVelocity;
  /** Its changes to the sprint's scope, oldest first. */
  scope: ScopeChangeEvent[];
}

/** The closed sprints whose parts records keep, by id: closed and started. */
export function closedSprintsById(sprints: readonly Sprint[]): Map<number, Sprint> {
  const closed = new Map<number, Sprint>();
  for (const s of sprints) if (s.state === 'closed' && s.startDate !== null) closed.set(s.id, s);
  return closed;
}

/** The closed sprints an issue's history names, each once, in the order first named. */
function closedSprintsNamed(timeline: IssueTimeline, closed: ReadonlyMap<number, Sprint>): Sprint[] {
  const named: Sprint[] = [];
  for (const segment of timeline.sprintIds) {
    for (const id of segment.value) {
      const sprint = closed.get(id);
      if (sprint && !named.includes(sprint)) named.push(sprint);
    }
  }
  return named;
}

/**
 * The issue's parts in every closed sprint its history names, the `kept` ones reused (none for a
 * sub-task: the sprint metrics leave them out). `changed` is false when `kept` already held them all.
 *
 * @example
 * sprintPartsOf(timeline, closedSprintsById(sprints), new Set(['10001']), [], now)
 * //=> { parts: [{ sprintId: 11, velocity: { committed: true, … }, scope: [] }], changed: true }
 */
export function sprintPartsOf(
  timeline: IssueTimeline,
  closed: ReadonlyMap<number, Sprint>,
  doneStatusIds: ReadonlySet<string>,
  kept: readonly IssueSprintPart[],
  now: number,
): { parts: IssueSprintPart[]; changed: boolean } {
  if (timeline.isSubtask) return { parts: [], changed: kept.length > 0 };
  const named = closedSprintsNamed(timeline, closed);
  if (named.length === kept.length && named.every((s, i) => kept[i]!.sprintId === s.id)) return { parts: [...kept], changed: false };
  const isDone = doneColumnTest(doneStatusIds);
  const parts = named.map(
    (sprint) =>
      kept.find((p) => p.sprintId === sprint.id) ?? {
        sprintId: sprint.id,
        velocity: issueSprintVelocity(timeline, sprint, isDone, now)!,
        scope: issueScopeEvents(timeline, sprint, now),
      },
  );
  return { parts, changed: true };
}

/**
 * The kept parts of one sprint, by timeline, for `sprintVelocity` and `sprintScopeChange`: only a
 * closed sprint's are read (an open sprint's end is `now`, so its parts are replayed every time).
 */
export function keptParts(partsOf: ReadonlyMap<IssueTimeline, readonly IssueSprintPart[]>, sprint: Sprint) {
  const closed = sprint.state === 'closed';
  const find = (t: IssueTimeline) => (closed ? partsOf.get(t)?.find((p) => p.sprintId === sprint.id) : undefined);
  return { velocity: (t: IssueTimeline) => find(t)?.velocity, scope: (t: IssueTimeline) => find(t)?.scope };
}
