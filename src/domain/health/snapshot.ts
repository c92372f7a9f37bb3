import type { DefectEscapeRowView, HealthView, LeadTimeBucketView, ScopeRowView, SignalView, VelocityRowView } from '../../contract/health';
import { blockSources, type BlockerSettings } from '../escalation/blockedState';
import { scannedIssues } from '../escalation/scannedIssues';
import type { BlockSource } from '../escalation/types';
import { defectEscapeByVersion } from '../metrics/defectEscape';
import { heldSince } from '../metrics/fieldHistory';
import { estimateAt } from '../metrics/issueTimeline';
import type { IssueTimeline } from '../metrics/issueTimeline';
import { issueLeadTime, LEAD_TIME_WINDOW_DAYS, leadTimeSummary, type LeadTimeBucket } from '../metrics/leadTime';
import { metricFormulas } from '../signals/formulas';
import { sprintPredictability } from '../metrics/predictability';
import { scopeChangeBySprint, type ScopeChangeEvent } from '../metrics/scopeChange';
import { completionInstant } from '../metrics/velocity';
import { velocityBySprint } from '../metrics/velocityBySprint';
import type { HealthSettings } from '../signals/thresholds';
import type { Issue, Sprint, Version } from '../types';
import { timelineOf, type HealthIssue } from './healthIssue';

/** One issue behind a number: the event that counted it, and when. */
export interface RefRow {
  issueId: string;
  points: number | null;
  event: string;
  at: number | null;
}

/** The issues behind one number of the snapshot. */
export interface RefList {
  title: string;
  rows: RefRow[];
}

export type HealthViewBody = Omit<HealthView, 'computedAt' | 'refresh' | 'servedAt'>;

export interface SnapshotInput {
  issues: readonly HealthIssue[];
  sprints: readonly Sprint[];
  versions: readonly Version[];
  /** The board's right-most column. */
  doneStatusIds: ReadonlySet<string>;
  estimationField: string | null;
  /** Commitments the hourly trigger recorded when it first saw each sprint active. */
  liveCommitments: ReadonlyMap<number, { points: number; recordedAt: number }>;
  budgetPoints: number | null;
  settings: HealthSettings;
  /** The client side's people ("found by users"). */
  clientAccountIds: ReadonlySet<string>;
  /** What blocks an issue, as the escalation scanner's blocker rule counts it (policy `escalation.rules.blocker`), and status names for its words. */
  blockers: { settings: BlockerSettings; statusNames: ReadonlyMap<string, string> };
  /** The signals the snapshot's metrics do not give (decisions, acceptance), computed by the caller; order is kept. */
  signals: (snapshot: { metrics: SnapshotMetrics; input: SnapshotInput }) => SignalView[];
  now: number;
}

/** The metrics before they become views: the signals read these. */
export interface SnapshotMetrics {
  velocity: VelocityRowView[];
  scope: ScopeRowView[];
  leadTime: HealthViewBody['leadTime'];
  defectEscape: DefectEscapeRowView[];
  /** Issues flagged now, longest first. */
  /** Issues blocked now (not sub-tasks), longest first, with what blocks them. */
  blocked: { issue: HealthIssue; since: number; sources: BlockSource[] }[];
}

const iso = (t: number | null) => (t === null || !Number.isFinite(t) ? null : new Date(t).toISOString());
const finiteOrNull = (t: number | null) => (t === null || !Number.isFinite(t) ? null : t);
const round1 = (n: number) => Math.round(n * 10) / 10;

const issues = new WeakMap<HealthIssue, Issue>();

/** The domain Issue the metric functions take, from a stored record (made once per record: every metric reads it). */
export function issueOf(h: HealthIssue): Issue {
  let issue = issues.get(h);
  if (!issue) issues.set(h, (issue = toIssue(h)));
  return issue;
}

function toIssue(h: HealthIssue): Issue {
  return {
    id: h.id,
    key: h.key,
    projectKey: h.key.split('-')[0] ?? '',
    summary: h.summary,
    issueType: h.issueType,
    isSubtask: h.isSubtask,
    status: '',
    statusId: h.statusId[h.statusId.length - 1]?.value ?? null,
    statusCategory: 'new',
    storyPoints: h.estimate[h.estimate.length - 1]?.value ?? null,
    created: h.created,
    updated: h.updated,
    resolutionDate: null,
    labels: h.labels,
    assignee: null,
    reporter: h.reporterId === null ? null : { accountId: h.reporterId, displayName: '' },
    sprintIds: (h.sprintIds[h.sprintIds.length - 1]?.value ?? []) as number[],
    fixVersionIds: h.fixVersionIds,
    flagged: h.flaggedSince !== null,
  };
}

class Refs {
  readonly lists = new Map<string, RefList>();
  /** Registers a list; null when it is empty (a number with nothing behind it opens nothing). */
  add(ref: string, title: string, rows: RefRow[]): string | null {
    if (rows.length === 0) return null;
    this.lists.set(ref, { title, rows });
    return ref;
  }
}

const sprintStarted = (s: Sprint): s is Sprint & { state: 'active' | 'closed' } => s.state !== 'future' && s.startDate !== null;

/** Sprints oldest first: by start, then id. */
const byStart = (a: Sprint, b: Sprint) => (a.startDate ?? 0) - (b.startDate ?? 0) || a.id - b.id;

function velocityRows(input: SnapshotInput, sprints: readonly (Sprint & { state: 'active' | 'closed' })[], timelines: Map<string, IssueTimeline>, ids: Map<string, string>, refs: Refs): VelocityRowView[] {
  const velocities = velocityBySprint(sprints, [...timelines.values()], input.doneStatusIds, input.now);
  const predictability = new Map(sprintPredictability(sprints, velocities).map((p) => [p.sprintId, p]));
  return sprints.map((sprint, i) => {
    const v = velocities[i]!;
    const start = sprint.startDate!;
    const end = completionInstant(sprint, input.now) ?? input.now;
    const isDone = (statusId: string | null) => statusId !== null && input.doneStatusIds.has(statusId);
    const committedRef = refs.add(
      `v:${sprint.id}:committed`,
      `${sprint.name}: committed at its start`,
      v.committedIssueKeys.map((key) => ({ issueId: ids.get(key) ?? '', points: estimateAt(timelines.get(key)!, start), event: 'In the sprint at its start, not done', at: start })),
    );
    // Completed: its estimate at the end, and when it last entered the done column (stable from one refresh to the next).
    const completedRef = refs.add(
      `v:${sprint.id}:completed`,
      `${sprint.name}: completed${sprint.state === 'active' ? ' so far' : ''}`,
      v.completedIssueKeys.map((key) => {
        const t = timelines.get(key)!;
        return { issueId: ids.get(key) ?? '', points: estimateAt(t, end), event: sprint.state === 'active' ? 'In the done column now' : 'In the done column at completion', at: finiteOrNull(heldSince(t.statusId, end, isDone)) };
      }),
    );
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

function scopeRows(input: SnapshotInput, sprints: readonly (Sprint & { state: 'active' | 'closed' })[], timelines: Map<string, IssueTimeline>, ids: Map<string, string>, refs: Refs): ScopeRowView[] {
  const changes = scopeChangeBySprint(sprints, [...timelines.values()], input.now, input.budgetPoints, input.settings.thresholds.scope.sharePercent);
  const rowOf = (e: ScopeChangeEvent): RefRow => ({ issueId: ids.get(e.issueKey) ?? '', points: e.points, event: scopeEventWords(e), at: e.at });
  return sprints.map((sprint, i) => {
    const change = changes[i]!;
    const bucket = (kind: 'added' | 'removed' | 'up' | 'down', title: string, keys: string[], points: number) => {
      const events = change.events.filter((e) => (kind === 'up' ? e.kind === 'reestimated' && e.points > 0 : kind === 'down' ? e.kind === 'reestimated' && e.points < 0 : e.kind === kind));
      return { value: points, issueCount: keys.length, ref: refs.add(`s:${sprint.id}:${kind}`, `${sprint.name}: ${title}`, events.map(rowOf)) };
    };
    refs.add(`s:${sprint.id}:changes`, `${sprint.name}: scope changes after its start`, change.events.map(rowOf));
    return {
      sprintId: sprint.id,
      name: sprint.name,
      state: sprint.state,
      added: bucket('added', 'added after the start', change.added.issueKeys, change.added.points),
      removed: bucket('removed', 'removed before the end', change.removed.issueKeys, change.removed.points),
      reestimatedUp: bucket('up', 're-estimated up', change.reestimatedUp.issueKeys, change.reestimatedUp.points),
      reestimatedDown: bucket('down', 're-estimated down', change.reestimatedDown.issueKeys, change.reestimatedDown.points),
      netPoints: change.netPoints,
      direction: change.direction,
      shareOfBudget: change.shareOfBudget,
      flagged: change.flagged,
    };
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthLabel = (key: string) => {
  const [year, month] = key.split('-');
  return `${MONTHS[Number(month) - 1] ?? key} ${year}`;
};

function leadTimeViews(input: SnapshotInput, timelines: Map<string, IssueTimeline>, ids: Map<string, string>, refs: Refs): HealthViewBody['leadTime'] {
  const versions = new Map(input.versions.map((v) => [v.id, v.name]));
  const leadTimes: NonNullable<ReturnType<typeof issueLeadTime>>[] = [];
  for (const h of input.issues) {
    if (h.isSubtask) continue;
    const lead = issueLeadTime(h, timelines.get(h.key)!, input.versions, input.doneStatusIds);
    if (lead) leadTimes.push(lead);
  }
  const summary = leadTimeSummary(leadTimes, input.now);
  const view = (bucket: LeadTimeBucket, label: string): LeadTimeBucketView => {
    const rows = bucket.leadTimes.map((lead) => ({
      issueId: ids.get(lead.issueKey) ?? '',
      points: null,
      event: `${round1(lead.days)} days: ${lead.via === 'release' ? `released in ${versions.get(lead.versionId ?? '') ?? 'a version'}` : 'entered the done column'}`,
      at: lead.releasedAt,
    }));
    return {
      key: bucket.key,
      label,
      count: bucket.count,
      medianDays: bucket.medianDays === null ? null : round1(bucket.medianDays),
      p85Days: bucket.p85Days === null ? null : round1(bucket.p85Days),
      ref: refs.add(`lt:${bucket.key}`, `Lead time, ${label}`, rows),
    };
  };
  return { months: summary.months.map((m) => view(m, monthLabel(m.key))), last90Days: view(summary.last90Days, 'last 90 days') };
}

/** One list's rows that share their event words (one string for the whole list). */
const featureRows = (keys: readonly string[], ids: Map<string, string>, event: string, at: number): RefRow[] => keys.map((key) => ({ issueId: ids.get(key) ?? '', points: null, event, at }));

function defectEscapeRows(input: SnapshotInput, ids: Map<string, string>, refs: Refs): DefectEscapeRowView[] {
  const issues = input.issues.map(issueOf);
  const created = new Map(input.issues.map((h) => [h.key, h.created]));
  return defectEscapeByVersion(input.versions, issues, input.settings.defectEscape, input.clientAccountIds, (i) => i.isSubtask === true).map((row) => ({
    versionId: row.versionId,
    name: row.versionName,
    releaseDate: iso(row.releaseDate),
    escaped: {
      value: row.escaped,
      issueCount: row.escaped,
      ref: refs.add(
        `de:${row.versionId}:escaped`,
        `${row.versionName}: bugs found by users within ${input.settings.defectEscape.windowDays} days`,
        row.escapedIssueKeys.map((key) => ({ issueId: ids.get(key) ?? '', points: null, event: 'Bug found by users after the release', at: created.get(key) ?? null })),
      ),
    },
    features: {
      value: row.features,
      issueCount: row.features,
      ref: refs.add(
        `de:${row.versionId}:features`,
        `${row.versionName}: features shipped`,
        featureRows(row.featureIssueKeys, ids, `Shipped in ${row.versionName}`, row.releaseDate),
      ),
    },
    rate: row.rate,
  }));
}

/** What blocks an issue, in words: "Flagged", "In “Waiting for client”", "Blocked by ENG-5", joined. */
export function blockWords(sources: readonly BlockSource[]): string {
  return sources.map((s) => (s.kind === 'flagged' ? 'Flagged' : s.kind === 'status' ? `In “${s.statusName}”` : `Blocked by ${s.issueKey}`)).join(', ');
}

/**
 * The engagement's health from the stored issue records: every metric, its signals, and the issues
 * behind each number (`refs`, by the ref the view names). Pure: everything it reads is in `input`.
 *
 * @example
 * computeHealthSnapshot({ issues, sprints, versions, doneStatusIds: new Set(['10001']), …, now }).view.velocity[0]
 * //=> { sprintId: 1, name: 'Sprint 1', committed: { value: 34, issueCount: 9, ref: 'v:1:committed' }, … }
 */
export function computeHealthSnapshot(input: SnapshotInput): { view: HealthViewBody; refs: Map<string, RefList>; metrics: SnapshotMetrics } {
  const refs = new Refs();
  const timelineList = input.issues.map(timelineOf);
  const timelines = new Map(timelineList.map((t) => [t.issueKey, t]));
  const ids = new Map(input.issues.map((h) => [h.key, h.id]));
  const started = input.sprints.filter(sprintStarted).sort(byStart);

  const records = new Map(input.issues.map((h) => [h.id, h]));
  const blocked = scannedIssues(input.issues, input.doneStatusIds, input.now)
    .filter((s) => !records.get(s.id)!.isSubtask)
    .map((s) => ({ issue: records.get(s.id)!, ...blockSources(s, input.blockers.settings, input.blockers.statusNames, input.now) }))
    .filter((b): b is { issue: HealthIssue; sources: BlockSource[]; blockedSince: number } => b.blockedSince !== null)
    .map(({ issue, sources, blockedSince }) => ({ issue, since: blockedSince, sources }))
    .sort((a, b) => a.since - b.since);
  const metrics: SnapshotMetrics = {
    velocity: velocityRows(input, started, timelines, ids, refs),
    scope: scopeRows(input, started, timelines, ids, refs),
    leadTime: leadTimeViews(input, timelines, ids, refs),
    defectEscape: defectEscapeRows(input, ids, refs),
    blocked,
  };
  refs.add(
    'sig:blockers',
    'Blocked now',
    blocked.map(({ issue, since, sources }) => ({ issueId: issue.id, points: null, event: `${blockWords(sources)} since`, at: since })),
  );
  const signals = input.signals({ metrics, input });
  const { thresholds } = input.settings;
  return {
    view: {
      signals,
      velocity: metrics.velocity,
      scope: metrics.scope,
      leadTime: metrics.leadTime,
      defectEscape: metrics.defectEscape,
      formulas: metricFormulas(input.settings, LEAD_TIME_WINDOW_DAYS),
      budgetPoints: input.budgetPoints,
      scopeThresholdPoints: input.budgetPoints === null ? null : (input.budgetPoints * thresholds.scope.sharePercent) / 100,
      estimationField: input.estimationField,
    },
    refs: refs.lists,
    metrics,
  };
}
