import type { Sprint } from '../types';
import { doneColumnTest } from './boardColumns';
import { heldSinceSegment, segmentAt } from './fieldHistory';
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

/**
 * One issue's part in a sprint's velocity between `start` and `end` (`completionInstant`); `inSprint`
 * and `isDone` are made once per sprint (this runs for every issue of every sprint).
 */
function issueSprintVelocity(
  timeline: IssueTimeline,
  start: number,
  end: number,
  inSprint: (sprintIds: readonly number[]) => boolean,
  isDone: (statusId: string | null) => boolean,
): IssueSprintVelocity {
  const { sprintIds, statusId, estimate } = timeline;
  const statusAtStart = segmentAt(statusId, start);
  const committed = inSprint(sprintIds[segmentAt(sprintIds, start)]!.value) && !isDone(statusId[statusAtStart]!.value);
  const estimateAtStart = estimate[segmentAt(estimate, start)]!.value;
  const inSince = heldSinceSegment(sprintIds, segmentAt(sprintIds, end), inSprint);
  if (inSince === null) return { committed, estimateAtStart, completed: false, estimateAtEnd: null, doneSince: null };
  // The status at the end, scanning on from its segment at the start (unless the sprint's dates put the end first).
  const doneSince = heldSinceSegment(statusId, segmentAt(statusId, end, end >= start ? statusAtStart : 0), isDone);
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
  const inSprint = (ids: readonly number[]) => ids.includes(sprint.id);
  const isDone = doneColumnTest(doneStatusIds);
  for (let i = 0; i < timelines.length; i++) {
    const timeline = timelines[i]!;
    if (timeline.isSubtask) continue;
    const part = issueSprintVelocity(timeline, start, end, inSprint, isDone);
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
