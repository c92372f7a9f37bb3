import type { ScopeRowView, VelocityRowView } from '../../contract/health';
import type { IssueTimeline } from '../metrics/issueTimeline';
import { sprintPredictability } from '../metrics/predictability';
import { sprintScopeChange, type ScopeChangeEvent } from '../metrics/scopeChange';
import { sprintVelocity, type SprintVelocity } from '../metrics/velocity';
import type { Sprint } from '../types';
import type { HealthIssue } from './healthIssue';
import { finiteOrNull, type RefRow, type Refs } from './refs';
import type { SnapshotInput } from './snapshot';

/** A sprint the metrics count: started, active or closed. */
export type StartedSprint = Sprint & { state: 'active' | 'closed'; startDate: number };

/** The non-sub-task timelines each sprint's history mentions (`timelinesBySprint`), read by both sprint metrics. */
export type SprintTimelines = ReadonlyMap<number, readonly IssueTimeline[]>;

const iso = (t: number | null) => (t === null || !Number.isFinite(t) ? null : new Date(t).toISOString());
const COMMITTED_EVENT = 'In the sprint at its start, not done';

/** Velocity and predictability of each started sprint, oldest first, with the issues behind committed and completed. */
export function velocityRows(input: SnapshotInput, sprints: readonly StartedSprint[], bySprint: SprintTimelines, refs: Refs): VelocityRowView[] {
  const velocities: SprintVelocity[] = [];
  const rows: { committed: RefRow[]; completed: RefRow[] }[] = [];
  for (const sprint of sprints) {
    const start = sprint.startDate;
    // Completed: its estimate at the end, and when it last entered the done column (stable from one refresh to the next).
    const completedEvent = sprint.state === 'active' ? 'In the done column now' : 'In the done column at completion';
    const lists = { committed: [] as RefRow[], completed: [] as RefRow[] };
    velocities.push(
      sprintVelocity(sprint, bySprint.get(sprint.id) ?? [], input.doneStatusIds, input.now, (timeline, part) => {
        if (part.committed) lists.committed.push({ issueId: timeline.issueId, points: part.estimateAtStart, event: COMMITTED_EVENT, at: start });
        if (part.completed) lists.completed.push({ issueId: timeline.issueId, points: part.estimateAtEnd, event: completedEvent, at: finiteOrNull(part.doneSince) });
      }),
    );
    rows.push(lists);
  }
  const predictability = new Map(sprintPredictability(sprints, velocities).map((p) => [p.sprintId, p]));
  return sprints.map((sprint, i) => {
    const v = velocities[i]!;
    const committedRef = refs.add(`v:${sprint.id}:committed`, `${sprint.name}: committed at its start`, rows[i]!.committed);
    const completedRef = refs.add(`v:${sprint.id}:completed`, `${sprint.name}: completed${sprint.state === 'active' ? ' so far' : ''}`, rows[i]!.completed);
    const p = predictability.get(sprint.id);
    const live = input.liveCommitments.get(sprint.id);
    return {
      sprintId: sprint.id,
      name: sprint.name,
      state: sprint.state,
      startDate: iso(sprint.startDate),
      completeDate: sprint.state === 'closed' ? iso(sprint.completeDate ?? sprint.endDate) : null,
      committed: { value: v.committed, issueCount: v.committedIssueKeys.length, ref: committedRef },
      completed: { value: v.completed, issueCount: v.completedIssueKeys.length, ref: completedRef },
      liveCommitment: live && live.points !== v.committed ? { points: live.points, recordedAt: new Date(live.recordedAt).toISOString() } : null,
      rollingAverage: p && p.rollingVelocity.kind === 'measured' ? p.rollingVelocity.average : null,
      band: p && p.predictability.kind === 'measured' ? { average: p.predictability.average, low: p.predictability.low, high: p.predictability.high } : null,
      predictable: p && p.predictability.kind === 'measured' ? p.predictability.predictable : null,
      sayDoRatio: v.committed === 0 ? null : v.completed / v.committed,
    };
  });
}

const scopeEventWords = (e: ScopeChangeEvent) =>
  e.kind === 'reestimated' ? `Re-estimated ${e.from ?? 'unestimated'} → ${e.to ?? 'unestimated'}` : e.kind === 'added' ? 'Added after the start' : 'Removed before the end';

/** Scope change of each started sprint, oldest first, with the issues behind each number and all its changes. */
export function scopeRows(input: SnapshotInput, sprints: readonly StartedSprint[], bySprint: SprintTimelines, byKey: ReadonlyMap<string, HealthIssue>, refs: Refs): ScopeRowView[] {
  return sprints.map((sprint) => {
    const change = sprintScopeChange(sprint, bySprint.get(sprint.id) ?? [], input.now, input.budgetPoints, input.settings.thresholds.scope.sharePercent);
    // One row per change, listed under all the changes and under its own number.
    const all: RefRow[] = [];
    const added: RefRow[] = [];
    const removed: RefRow[] = [];
    const up: RefRow[] = [];
    const down: RefRow[] = [];
    for (const e of change.events) {
      const row: RefRow = { issueId: byKey.get(e.issueKey)?.id ?? '', points: e.points, event: scopeEventWords(e), at: e.at };
      all.push(row);
      if (e.kind === 'added') added.push(row);
      else if (e.kind === 'removed') removed.push(row);
      else if (e.points > 0) up.push(row);
      else if (e.points < 0) down.push(row);
    }
    refs.add(`s:${sprint.id}:changes`, `${sprint.name}: scope changes after its start`, all);
    const counted = (kind: string, title: string, keys: string[], points: number, rows: RefRow[]) => ({ value: points, issueCount: keys.length, ref: refs.add(`s:${sprint.id}:${kind}`, `${sprint.name}: ${title}`, rows) });
    return {
      sprintId: sprint.id,
      name: sprint.name,
      state: sprint.state,
      added: counted('added', 'added after the start', change.added.issueKeys, change.added.points, added),
      removed: counted('removed', 'removed before the end', change.removed.issueKeys, change.removed.points, removed),
      reestimatedUp: counted('up', 're-estimated up', change.reestimatedUp.issueKeys, change.reestimatedUp.points, up),
      reestimatedDown: counted('down', 're-estimated down', change.reestimatedDown.issueKeys, change.reestimatedDown.points, down),
      netPoints: change.netPoints,
      direction: change.direction,
      shareOfBudget: change.shareOfBudget,
      flagged: change.flagged,
    };
  });
}
