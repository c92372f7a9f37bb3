import type { Sprint } from '../types';
import { heldSince } from './fieldHistory';
import { estimateAt, sprintIdsAt, statusIdAt } from './issueTimeline';
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
export function sprintVelocity(sprint: Sprint, timelines: readonly IssueTimeline[], doneStatusIds: ReadonlySet<string>, now: number): SprintVelocity {
  const result: SprintVelocity = { sprintId: sprint.id, committed: 0, completed: 0, committedIssueKeys: [], completedIssueKeys: [] };
  const start = sprint.startDate;
  const end = completionInstant(sprint, now);
  if (start === null || end === null) return result;
  const isDone = (statusId: string | null) => statusId !== null && doneStatusIds.has(statusId);
  const inSprint = (ids: readonly number[]) => ids.includes(sprint.id);

  for (const timeline of timelines) {
    if (timeline.isSubtask) continue;
    if (inSprint(sprintIdsAt(timeline, start)) && !isDone(statusIdAt(timeline, start))) {
      result.committed += estimateAt(timeline, start) ?? 0;
      result.committedIssueKeys.push(timeline.issueKey);
    }
    const inSince = heldSince(timeline.sprintIds, end, inSprint);
    const doneSince = heldSince(timeline.statusId, end, isDone);
    if (inSince === null || doneSince === null) continue;
    if (doneSince > Math.max(start, inSince)) {
      result.completed += estimateAt(timeline, end) ?? 0;
      result.completedIssueKeys.push(timeline.issueKey);
    }
  }
  return result;
}
