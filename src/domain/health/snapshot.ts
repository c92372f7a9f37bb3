import type { DefectEscapeRowView, HealthView, PartnerMonthView, ScopeRowView, SignalView, VelocityRowView } from '../../contract/health';
import { blockSources, type BlockerSettings } from '../escalation/blockedState';
import { scannedIssues } from '../escalation/scannedIssues';
import type { BlockSource } from '../escalation/types';
import { valueAt } from '../metrics/fieldHistory';
import { LEAD_TIME_WINDOW_DAYS } from '../metrics/leadTime';
import { timelinesBySprint } from '../metrics/timelinesBySprint';
import { metricFormulas } from '../signals/formulas';
import type { HealthSettings } from '../signals/thresholds';
import type { Sprint, Version } from '../types';
import { timelineOf, type HealthIssue } from './healthIssue';
import { partnerViews } from './partnerViews';
import { Refs, type RefList } from './refs';
import { defectEscapeRows, leadTimeViews } from './releaseViews';
import { scopeRows, velocityRows, type StartedSprint } from './sprintViews';

export type { RefList, RefRow } from './refs';
export { issueOf } from './healthIssue';

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
  /** The client side's people ("found by users", the partner signal). */
  clientAccountIds: ReadonlySet<string>;
  /** When each issue first got a change request, by issue id (acceptance records: metrics/partnerSignal.ts `firstChangeRequests`). */
  changeRequestedAt: ReadonlyMap<string, number>;
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
  /** Issues blocked now (not sub-tasks), longest first, with what blocks them. */
  blocked: { issue: HealthIssue; since: number; sources: BlockSource[] }[];
  /** The partner signal's last 6 calendar months, oldest first. */
  partner: PartnerMonthView[];
}

const sprintStarted = (s: Sprint): s is StartedSprint => s.state !== 'future' && s.startDate !== null;

/** Sprints oldest first: by start, then id. */
const byStart = (a: Sprint, b: Sprint) => (a.startDate ?? 0) - (b.startDate ?? 0) || a.id - b.id;

/** The issues `test` keeps, in order: a loop of its own, which the compiler optimizes alone while it runs. */
function issuesWhere(issues: readonly HealthIssue[], test: (h: HealthIssue) => boolean): HealthIssue[] {
  const kept: HealthIssue[] = [];
  for (let i = 0; i < issues.length; i++) if (test(issues[i]!)) kept.push(issues[i]!);
  return kept;
}

/**
 * The issues blocked now (not sub-tasks), longest first, as the escalation's blocker rule sees them.
 * Only an issue flagged, in a blocked status or with a blocking link can be blocked, so only those
 * are scanned, with the issues blocking them (whose own records say whether they are done).
 */
function blockedNow(input: SnapshotInput): SnapshotMetrics['blocked'] {
  const blockedStatuses = new Set(input.blockers.settings.blockedStatusIds);
  const candidates = issuesWhere(input.issues, (h) => !h.isSubtask && (h.flaggedSince !== null || h.blockedBy.length > 0 || (blockedStatuses.size > 0 && blockedStatuses.has(valueAt(h.statusId, input.now) ?? ''))));
  const blockerKeys = new Set(candidates.flatMap((h) => h.blockedBy.map((link) => link.issueKey)));
  const blockers = blockerKeys.size === 0 ? [] : issuesWhere(input.issues, (h) => blockerKeys.has(h.key));
  const scanned = scannedIssues([...candidates, ...blockers], input.doneStatusIds, input.now).slice(0, candidates.length);
  const blocked: SnapshotMetrics['blocked'] = [];
  scanned.forEach((s, i) => {
    const { sources, blockedSince } = blockSources(s, input.blockers.settings, input.blockers.statusNames, input.now);
    if (blockedSince !== null) blocked.push({ issue: candidates[i]!, since: blockedSince, sources });
  });
  return blocked.sort((a, b) => a.since - b.since);
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
  const timelines = input.issues.map(timelineOf);
  // The metrics name issues by key; the rows behind the numbers name them by id.
  const byKey = new Map<string, HealthIssue>();
  for (const h of input.issues) byKey.set(h.key, h);
  const started = input.sprints.filter(sprintStarted).sort(byStart);
  // Each sprint's metrics replay only the timelines its history mentions: indexed once for both.
  const bySprint = timelinesBySprint(timelines.filter((t) => !t.isSubtask));

  const metrics: SnapshotMetrics = {
    velocity: velocityRows(input, started, bySprint, refs),
    scope: scopeRows(input, started, bySprint, byKey, refs),
    leadTime: leadTimeViews(input, timelines, byKey, refs),
    defectEscape: defectEscapeRows(input, byKey, refs),
    blocked: blockedNow(input),
    partner: partnerViews(input, refs),
  };
  refs.add(
    'sig:blockers',
    'Blocked now',
    metrics.blocked.map(({ issue }) => issue.id),
    null,
    metrics.blocked.map(({ since }) => since),
    metrics.blocked.map(({ sources }) => `${blockWords(sources)} since`),
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
      partner: metrics.partner,
      formulas: metricFormulas(input.settings, LEAD_TIME_WINDOW_DAYS),
      budgetPoints: input.budgetPoints,
      scopeThresholdPoints: input.budgetPoints === null ? null : (input.budgetPoints * thresholds.scope.sharePercent) / 100,
      estimationField: input.estimationField,
    },
    refs: refs.lists,
    metrics,
  };
}
