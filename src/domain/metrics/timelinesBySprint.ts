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
  // Indexed loops: every segment of every issue, before the JIT has optimized this.
  for (let t = 0; t < timelines.length; t++) {
    const timeline = timelines[t]!;
    const segments = timeline.sprintIds;
    for (let s = 0; s < segments.length; s++) {
      const ids = segments[s]!.value;
      for (let i = 0; i < ids.length; i++) {
        const list = bySprint.get(ids[i]!);
        // Timelines come one at a time: one already listed for this sprint is the list's last.
        if (!list) bySprint.set(ids[i]!, [timeline]);
        else if (list[list.length - 1] !== timeline) list.push(timeline);
      }
    }
  }
  return bySprint;
}
