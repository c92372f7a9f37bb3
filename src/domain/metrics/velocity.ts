import type { Sprint } from '../types';
import { segmentAt } from './fieldHistory';
import type { IssueTimeline } from './issueTimeline';

/** A sprint's velocity as Jira's velocity chart counts it, with the issues behind each number. */
export interface SprintVelocity {
  sprintId: number;
  committed: number;
  completed: number;
  /** In the sprint at its start, not done then, not sub-tasks (unestimated ones included, at 0). */
  committedIssueKeys: string[];
  /** In the sprint at its completion, in the done column then, and done while in the sprint. */
  completedIssueKeys: string[];
}

/**
 * The instant a sprint's numbers are read at: its completion, or `now` while active; null when not started.
 *
 * @example
 * completionInstant({ ...sprint, state: 'active', startDate: 100, completeDate: null }, 500)
 * //=> 500
 */
export function completionInstant(sprint: Sprint, now: number): number | null {
  if (sprint.startDate === null || sprint.state === 'future') return null;
  if (sprint.state === 'active') return Math.min(now, sprint.completeDate ?? now);
  return sprint.completeDate ?? sprint.endDate;
}

/** One issue's part in a sprint's velocity, as `sprintVelocity` counts it. */
export interface IssueSprintVelocity {
  /** In the sprint at its start and not done then. */
  committed: boolean;
  /** Its estimate at the start (null: unestimated, counted as 0). */
  estimateAtStart: number | null;
  /** In the sprint and done at its completion, done after the later of the start and its entering the sprint. */
  completed: boolean;
  /** Its estimate at the completion (null: unestimated, counted as 0). */
  estimateAtEnd: number | null;
  /** Completed: when it last entered the done column (-Infinity: before any recorded change); null when not completed. */
  doneSince: number | null;
}

const isDoneStatus = (statusId: string | null, doneStatusIds: ReadonlySet<string>) => statusId !== null && doneStatusIds.has(statusId);

/**
 * One issue's part in a sprint's velocity between `start` and `end` (`completionInstant`). Written
 * out over the segments (no predicates): it runs for every issue of every sprint.
 */
function issueSprintVelocity(timeline: IssueTimeline, sprintId: number, start: number, end: number, doneStatusIds: ReadonlySet<string>): IssueSprintVelocity {
  const { sprintIds, statusId, estimate } = timeline;
  const estimateAtStart = estimate[segmentAt(estimate, start)]!.value;
  const statusAtStart = segmentAt(statusId, start);
  const committed = sprintIds[segmentAt(sprintIds, start)]!.value.includes(sprintId) && !isDoneStatus(statusId[statusAtStart]!.value, doneStatusIds);
  // In the sprint since (without a break, looking back from the end), and in the done column since.
  let s = segmentAt(sprintIds, end);
  if (!sprintIds[s]!.value.includes(sprintId)) return { committed, estimateAtStart, completed: false, estimateAtEnd: null, doneSince: null };
  while (s > 0 && sprintIds[s - 1]!.value.includes(sprintId)) s--;
  const inSince = sprintIds[s]!.since;
  let d = segmentAt(statusId, end, end >= start ? statusAtStart : 0);
  let doneSince: number | null = null;
  if (isDoneStatus(statusId[d]!.value, doneStatusIds)) {
    while (d > 0 && isDoneStatus(statusId[d - 1]!.value, doneStatusIds)) d--;
    doneSince = statusId[d]!.since;
  }
  const completed = doneSince !== null && doneSince > Math.max(start, inSince);
  return { committed, estimateAtStart, completed, estimateAtEnd: completed ? estimate[segmentAt(estimate, end)]!.value : null, doneSince: completed ? doneSince : null };
}

/**
 * One sprint's committed and completed points, replayed from the issues' timelines.
 * Committed: estimates at the start of the issues in the sprint then, except sub-tasks and those
 * already in the done column. Completed: estimates at completion (or `now` while active) of the issues
 * in the sprint then and in the done column, that came into the done column after the later of the
 * sprint's start and their entering it (work done outside the sprint does not count).
 * "Done column" is the board's right-most column's status ids. A sprint not started gives zeros.
 *
 * @example
 * sprintVelocity(sprint12, timelines, new Set(['10001']), now)
 * //=> { sprintId: 12, committed: 21, completed: 18, committedIssueKeys: ['ENG-1', …], completedIssueKeys: ['ENG-1', …] }
 */
export function sprintVelocity(
  sprint: Sprint,
  timelines: readonly IssueTimeline[],
  doneStatusIds: ReadonlySet<string>,
  now: number,
  /** Told each issue's part (sub-tasks left out), for the issues behind the numbers. */
  onIssue?: (timeline: IssueTimeline, part: IssueSprintVelocity) => void,
): SprintVelocity {
  const result: SprintVelocity = { sprintId: sprint.id, committed: 0, completed: 0, committedIssueKeys: [], completedIssueKeys: [] };
  const start = sprint.startDate;
  const end = completionInstant(sprint, now);
  if (start === null || end === null) return result;
  for (let i = 0; i < timelines.length; i++) {
    const timeline = timelines[i]!;
    if (timeline.isSubtask) continue;
    const part = issueSprintVelocity(timeline, sprint.id, start, end, doneStatusIds);
    if (part.committed) {
      result.committed += part.estimateAtStart ?? 0;
      result.committedIssueKeys.push(timeline.issueKey);
    }
    if (part.completed) {
      result.completed += part.estimateAtEnd ?? 0;
      result.completedIssueKeys.push(timeline.issueKey);
    }
    onIssue?.(timeline, part);
  }
  return result;
}
