import type { Sprint } from '../types';
import { segmentAt } from './fieldHistory';
import type { IssueTimeline } from './issueTimeline';
import { timelinesBySprint } from './timelinesBySprint';
import { completionInstant } from './velocity';

/** One change of a sprint's scope, behind the numbers of `SprintScopeChange`. */
export interface ScopeChangeEvent {
  issueKey: string;
  kind: 'added' | 'removed' | 'reestimated';
  at: number;
  /** Added: the estimate it entered with; removed: the estimate it left with (0 when unestimated); re-estimated: `to − from`, negative when down. */
  points: number;
  /** Re-estimated only: the estimates before and after (null: unestimated, counted as 0). */
  from?: number | null;
  to?: number | null;
}

/** The issues behind one number (each key once, in the order of their first event) and its points. */
export interface ScopeBucket {
  issueKeys: string[];
  points: number;
}

export interface SprintScopeChange {
  sprintId: number;
  /** The window the changes are counted in, exclusive at both ends: the start, and the completion (or `now` while active); null when not started. */
  start: number | null;
  end: number | null;
  added: ScopeBucket;
  removed: ScopeBucket;
  reestimatedUp: ScopeBucket;
  /** Points here are positive: the sum of the decreases. */
  reestimatedDown: ScopeBucket;
  /** added − removed + up − down. */
  netPoints: number;
  direction: 'grew' | 'shrank' | 'unchanged';
  /** |net| ÷ budget; null without a (positive) budget. */
  shareOfBudget: number | null;
  /** The share exceeds `sharePercent`; false without a budget. */
  flagged: boolean;
  /** Every change, oldest first. */
  events: ScopeChangeEvent[];
}

const emptyBucket = (): ScopeBucket => ({ issueKeys: [], points: 0 });

/**
 * One issue's changes to the sprint's scope within (start, end), instant by instant: entering the
 * sprint is an addition at the estimate then, leaving it a removal at the estimate just before, and an
 * estimate change while it stays in the sprint a re-estimate. Changes sharing an instant are taken
 * together, so their sum is the change of the sprint's points at that instant. Appended to `events`.
 */
function issueScopeEvents(timeline: IssueTimeline, sprintId: number, start: number, end: number, events: ScopeChangeEvent[]): void {
  const sprints = timeline.sprintIds;
  const estimates = timeline.estimate;
  // Cursors on the segment in effect at the current instant, in both histories at once (one pass each).
  let si = segmentAt(sprints, start);
  let ei = segmentAt(estimates, start);
  let wasIn = sprints[si]!.value.includes(sprintId);
  let before = estimates[ei]!.value;
  const issueKey = timeline.issueKey;
  for (;;) {
    const at = Math.min(si + 1 < sprints.length ? sprints[si + 1]!.since : Infinity, ei + 1 < estimates.length ? estimates[ei + 1]!.since : Infinity);
    if (at >= end) break;
    while (si + 1 < sprints.length && sprints[si + 1]!.since === at) si++;
    while (ei + 1 < estimates.length && estimates[ei + 1]!.since === at) ei++;
    const isIn = sprints[si]!.value.includes(sprintId);
    const after = estimates[ei]!.value;
    if (!wasIn && isIn) events.push({ issueKey, kind: 'added', at, points: after ?? 0 });
    else if (wasIn && !isIn) events.push({ issueKey, kind: 'removed', at, points: before ?? 0 });
    else if (wasIn && isIn && (after ?? 0) !== (before ?? 0)) events.push({ issueKey, kind: 'reestimated', at, points: (after ?? 0) - (before ?? 0), from: before, to: after });
    wasIn = isIn;
    before = after;
  }
}

function addTo(bucket: ScopeBucket, issueKey: string, points: number): void {
  bucket.points += points;
  if (!bucket.issueKeys.includes(issueKey)) bucket.issueKeys.push(issueKey);
}

/** The timeline's history names the sprint (one that never does has no changes to it: skipped before replaying). */
function mentions(timeline: IssueTimeline, sprintId: number): boolean {
  const segments = timeline.sprintIds;
  for (let i = 0; i < segments.length; i++) if (segments[i]!.value.includes(sprintId)) return true;
  return false;
}

/**
 * A started sprint's scope change, replayed from the issues' timelines: issues and points added after
 * the start, removed before the end, and re-estimated up or down while in the sprint, between the start
 * and the completion (or `now` while active). Sub-tasks are left out. The move Jira records at the
 * completion itself, for carried-over issues, falls on the window's end and is not a removal.
 * Points are the issue's estimate (unestimated: 0). The net change is flagged when |net| ÷ budget
 * exceeds `sharePercent` %. A sprint not started gives zeros.
 *
 * @example
 * sprintScopeChange(sprint12, timelines, now, 200, 5)
 * //=> { sprintId: 12, added: { issueKeys: ['ENG-40'], points: 8 }, removed: { issueKeys: ['ENG-31'], points: 3 },
 * //     reestimatedUp: { issueKeys: ['ENG-33'], points: 2 }, reestimatedDown: { issueKeys: [], points: 0 },
 * //     netPoints: 7, direction: 'grew', shareOfBudget: 0.035, flagged: false, events: [ … ], … }
 */
export function sprintScopeChange(sprint: Sprint, timelines: readonly IssueTimeline[], now: number, budgetPoints: number | null, sharePercent: number): SprintScopeChange {
  const start = sprint.startDate;
  const end = completionInstant(sprint, now);
  const events: ScopeChangeEvent[] = [];
  if (start !== null && end !== null) {
    for (let i = 0; i < timelines.length; i++) {
      const timeline = timelines[i]!;
      if (timeline.isSubtask || !mentions(timeline, sprint.id)) continue;
      issueScopeEvents(timeline, sprint.id, start, end, events);
    }
  }
  events.sort((a, b) => a.at - b.at);

  const added = emptyBucket();
  const removed = emptyBucket();
  const reestimatedUp = emptyBucket();
  const reestimatedDown = emptyBucket();
  for (const event of events) {
    if (event.kind === 'added') addTo(added, event.issueKey, event.points);
    else if (event.kind === 'removed') addTo(removed, event.issueKey, event.points);
    else if (event.points > 0) addTo(reestimatedUp, event.issueKey, event.points);
    else addTo(reestimatedDown, event.issueKey, -event.points);
  }
  const netPoints = added.points - removed.points + reestimatedUp.points - reestimatedDown.points;
  const hasBudget = budgetPoints !== null && budgetPoints > 0;
  return {
    sprintId: sprint.id,
    start: end === null ? null : start,
    end: start === null ? null : end,
    added,
    removed,
    reestimatedUp,
    reestimatedDown,
    netPoints,
    direction: netPoints > 0 ? 'grew' : netPoints < 0 ? 'shrank' : 'unchanged',
    shareOfBudget: hasBudget ? Math.abs(netPoints) / budgetPoints : null,
    // Compared as |net| × 100 > percent × budget, so a share exactly on the threshold is not over it.
    flagged: hasBudget && Math.abs(netPoints) * 100 > sharePercent * budgetPoints,
    events,
  };
}

/**
 * The scope change of every started sprint (closed and active), in the order given; future sprints
 * are left out. Each timeline is looked at only for the sprints its history mentions.
 *
 * @example
 * scopeChangeBySprint([closed11, active12, future13], timelines, now, 200, 5).map((s) => [s.sprintId, s.netPoints])
 * //=> [[11, -3], [12, 7]]
 */
export function scopeChangeBySprint(sprints: readonly Sprint[], timelines: readonly IssueTimeline[], now: number, budgetPoints: number | null, sharePercent: number): SprintScopeChange[] {
  const bySprint = timelinesBySprint(timelines.filter((t) => !t.isSubtask));
  return sprints
    .filter((s) => s.state !== 'future' && s.startDate !== null)
    .map((s) => sprintScopeChange(s, bySprint.get(s.id) ?? [], now, budgetPoints, sharePercent));
}
