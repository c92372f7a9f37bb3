import type { ScopeRowView, VelocityRowView } from '../../contract/health';
import type { IssueTimeline } from '../metrics/issueTimeline';
import { sprintPredictability } from '../metrics/predictability';
import { sprintScopeChange, type ScopeChangeEvent } from '../metrics/scopeChange';
import { sprintVelocity, type SprintVelocity } from '../metrics/velocity';
import type { Sprint } from '../types';
import type { HealthIssue } from './healthIssue';
import { finiteOrNull, type Refs } from './refs';
import type { SnapshotInput } from './snapshot';

/** A sprint the metrics count: started, active or closed. */
export type StartedSprint = Sprint & { state: 'active' | 'closed'; startDate: number };

/** The non-sub-task timelines each sprint's history mentions (`timelinesBySprint`), read by both sprint metrics. */
export type SprintTimelines = ReadonlyMap<number, readonly IssueTimeline[]>;

const iso = (t: number | null) => (t === null || !Number.isFinite(t) ? null : new Date(t).toISOString());
const COMMITTED_EVENT = 'In the sprint at its start, not done';

/** The issues behind one number, column by column (see `RefList`). */
interface Columns {
  issueIds: string[];
  points: (number | null)[];
  at: (number | null)[];
}

const columns = (): Columns => ({ issueIds: [], points: [], at: [] });

/** Velocity and predictability of each started sprint, oldest first, with the issues behind committed and completed. */
export function velocityRows(input: SnapshotInput, sprints: readonly StartedSprint[], bySprint: SprintTimelines, refs: Refs): VelocityRowView[] {
  const velocities: SprintVelocity[] = [];
  const lists: { committed: Columns; completed: Columns }[] = [];
  for (const sprint of sprints) {
    const committed = columns();
    const completed = columns();
    velocities.push(
      sprintVelocity(sprint, bySprint.get(sprint.id) ?? [], input.doneStatusIds, input.now, (timeline, part) => {
        if (part.committed) {
          committed.issueIds.push(timeline.issueId);
          committed.points.push(part.estimateAtStart);
        }
        if (part.completed) {
          completed.issueIds.push(timeline.issueId);
          completed.points.push(part.estimateAtEnd);
          // When it last entered the done column: stable from one refresh to the next.
          completed.at.push(finiteOrNull(part.doneSince));
        }
      }),
    );
    lists.push({ committed, completed });
  }
  const predictability = new Map(sprintPredictability(sprints, velocities).map((p) => [p.sprintId, p]));
  return sprints.map((sprint, i) => {
    const v = velocities[i]!;
    const { committed, completed } = lists[i]!;
    const active = sprint.state === 'active';
    const committedRef = refs.add(`v:${sprint.id}:committed`, `${sprint.name}: committed at its start`, committed.issueIds, committed.points, sprint.startDate, COMMITTED_EVENT);
    const completedRef = refs.add(`v:${sprint.id}:completed`, `${sprint.name}: completed${active ? ' so far' : ''}`, completed.issueIds, completed.points, completed.at, active ? 'In the done column now' : 'In the done column at completion');
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
    // Each change listed under all the changes and under its own number, with its words.
    const list = () => ({ ...columns(), events: [] as string[] });
    const lists = { all: list(), added: list(), removed: list(), up: list(), down: list() };
    const put = (name: keyof typeof lists, issueId: string, e: ScopeChangeEvent, event: string) => {
      lists[name].issueIds.push(issueId);
      lists[name].points.push(e.points);
      lists[name].at.push(e.at);
      lists[name].events.push(event);
    };
    for (const e of change.events) {
      const issueId = byKey.get(e.issueKey)?.id ?? '';
      const event = scopeEventWords(e);
      put('all', issueId, e, event);
      if (e.kind === 'added') put('added', issueId, e, event);
      else if (e.kind === 'removed') put('removed', issueId, e, event);
      else if (e.points > 0) put('up', issueId, e, event);
      else if (e.points < 0) put('down', issueId, e, event);
    }
    const add = (name: keyof typeof lists, ref: string, title: string) =>
      refs.add(`s:${sprint.id}:${ref}`, `${sprint.name}: ${title}`, lists[name].issueIds, lists[name].points, lists[name].at, lists[name].events);
    add('all', 'changes', 'scope changes after its start');
    const counted = (name: keyof typeof lists, title: string, bucket: { issueKeys: string[]; points: number }) => ({ value: bucket.points, issueCount: bucket.issueKeys.length, ref: add(name, name, title) });
    return {
      sprintId: sprint.id,
      name: sprint.name,
      state: sprint.state,
      added: counted('added', 'added after the start', change.added),
      removed: counted('removed', 'removed before the end', change.removed),
      reestimatedUp: counted('up', 're-estimated up', change.reestimatedUp),
      reestimatedDown: counted('down', 're-estimated down', change.reestimatedDown),
      netPoints: change.netPoints,
      direction: change.direction,
      shareOfBudget: change.shareOfBudget,
      flagged: change.flagged,
    };
  });
}
