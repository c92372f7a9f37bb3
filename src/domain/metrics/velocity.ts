import type { Sprint } from '../types';
import { doneColumnTest } from './boardColumns';
import { heldSince, valueAt } from './fieldHistory';
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
  /** When it last entered the done column before the completion; null when not done then, -Infinity when done since before any recorded change. */
  doneSince: number | null;
}

/** One issue's part in a sprint's velocity between `start` and `end` (`completionInstant`). */
function issueSprintVelocity(timeline: IssueTimeline, sprintId: number, start: number, end: number, isDone: (statusId: string | null) => boolean): IssueSprintVelocity {
  const inSprint = (ids: readonly number[]) => ids.includes(sprintId);
  const committed = inSprint(valueAt(timeline.sprintIds, start)) && !isDone(valueAt(timeline.statusId, start));
  const inSince = heldSince(timeline.sprintIds, end, inSprint);
  const doneSince = heldSince(timeline.statusId, end, isDone);
  const completed = inSince !== null && doneSince !== null && doneSince > Math.max(start, inSince);
  return { committed, estimateAtStart: valueAt(timeline.estimate, start), completed, estimateAtEnd: completed ? valueAt(timeline.estimate, end) : null, doneSince };
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
  const isDone = doneColumnTest(doneStatusIds);
  for (const timeline of timelines) {
    if (timeline.isSubtask) continue;
    const part = issueSprintVelocity(timeline, sprint.id, start, end, isDone);
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
