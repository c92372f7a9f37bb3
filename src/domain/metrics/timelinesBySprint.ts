import type { IssueTimeline } from './issueTimeline';

/**
 * The timelines each sprint's history mentions, each once, in the order given: a sprint's metrics are
 * replayed over its own issues only (one pass over every timeline, not one per sprint).
 *
 * @example
 * // A was in sprint 1, then 2; B only in 2.
 * timelinesBySprint([a, b]).get(2)?.map((t) => t.issueKey) //=> ['A', 'B']
 */
export function timelinesBySprint(timelines: readonly IssueTimeline[]): Map<number, IssueTimeline[]> {
  const bySprint = new Map<number, IssueTimeline[]>();
  for (const timeline of timelines) {
    for (const segment of timeline.sprintIds) {
      for (const id of segment.value) {
        const list = bySprint.get(id);
        // Timelines come one at a time: one already listed for this sprint is the list's last.
        if (!list) bySprint.set(id, [timeline]);
        else if (list[list.length - 1] !== timeline) list.push(timeline);
      }
    }
  }
  return bySprint;
}
