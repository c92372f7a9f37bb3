import type { Sprint } from '../types';
import type { IssueTimeline } from './issueTimeline';
import { timelinesBySprint } from './timelinesBySprint';
import { sprintVelocity } from './velocity';
import type { SprintVelocity } from './velocity';

/**
 * Velocity of every started sprint (closed and active), in the order given; future sprints are left out.
 *
 * @example
 * velocityBySprint([closed11, active12, future13], timelines, new Set(['10001']), now).map((v) => v.sprintId)
 * //=> [11, 12]
 */
export function velocityBySprint(sprints: readonly Sprint[], timelines: readonly IssueTimeline[], doneStatusIds: ReadonlySet<string>, now: number): SprintVelocity[] {
  // Each sprint is replayed over the issues its history mentions only.
  const bySprint = timelinesBySprint(timelines);
  return sprints.filter((s) => s.state !== 'future' && s.startDate !== null).map((s) => sprintVelocity(s, bySprint.get(s.id) ?? [], doneStatusIds, now));
}
