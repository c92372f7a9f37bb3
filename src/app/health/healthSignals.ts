import type { SignalView } from '../../contract/health';
import { awaitingQueue } from '../../domain/acceptance/queue';
import { resolveReadyStatus, type ProjectStatus, type ReadyStatus } from '../../domain/acceptance/readyStatus';
import { sprintAcceptance } from '../../domain/acceptance/sprintStats';
import type { AcceptanceRecord } from '../../domain/acceptance/types';
import { clockFor, clockModeWords } from '../../domain/calendar/clockSpec';
import { countedMsBetween } from '../../domain/calendar/countedTime';
import { decisionClock } from '../../domain/decisions/clock';
import { decisionLatency } from '../../domain/decisions/latency';
import type { Decision } from '../../domain/decisions/types';
import { issueOf, type HealthIssue } from '../../domain/health/healthIssue';
import type { SnapshotInput, SnapshotMetrics } from '../../domain/health/snapshot';
import { heldSince } from '../../domain/metrics/fieldHistory';
import { LEAD_TIME_WINDOW_DAYS } from '../../domain/metrics/leadTime';
import type { EngagementPolicy } from '../../domain/policy/types';
import type { Issue } from '../../domain/types';
import { acceptanceSignal } from '../../domain/signals/acceptanceSignal';
import { blockersSignal } from '../../domain/signals/blockersSignal';
import { blockerClock, countedHoursBetween } from '../../domain/escalation/clocks';
import { decisionsSignal } from '../../domain/signals/decisionsSignal';
import { defectEscapeSignal } from '../../domain/signals/defectEscapeSignal';
import { leadTimeSignal } from '../../domain/signals/leadTimeSignal';
import { partnerMonthName } from '../../domain/health/partnerViews';
import { partnerSignal } from '../../domain/signals/partnerSignal';
import { scopeSignal } from '../../domain/signals/scopeSignal';
import { velocitySignal } from '../../domain/signals/velocitySignal';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SignalSources {
  policy: EngagementPolicy;
  decisions: readonly Decision[];
  acceptance: readonly AcceptanceRecord[];
  /** The project's statuses, for the ready-for-acceptance status; empty: unknown (nothing is counted as awaiting). */
  statuses: readonly (ProjectStatus & { id: string })[];
  now: number;
}

function decisionsInput(sources: SignalSources) {
  const { policy, now } = sources;
  const pending = sources.decisions
    .filter((d) => d.status === 'pending')
    .map((d) => {
      const clock = decisionClock(d, policy, now);
      return { question: d.question, ageHours: countedMsBetween(d.raisedAt, now, clockFor(policy, d.category)) / HOUR, clock: clock.state === 'closed' ? 'due' : clock.state };
    });
  const latency = decisionLatency([...sources.decisions], policy).filter((l) => l.withinSlaCount !== null);
  // One clock mode words for the sentence: the policy's, as the product category counts it.
  return {
    pending,
    decidedWithSla: latency.reduce((n, l) => n + l.decidedCount, 0),
    decidedWithinSla: latency.reduce((n, l) => n + (l.withinSlaCount ?? 0), 0),
    clockWords: clockModeWords(clockFor(policy, 'product')),
  } as const;
}

type Waiting = { h: HealthIssue; statusId: string; status: ProjectStatus & { id: string } };

/** The ids of the issues with a verdict. A loop of its own, as `acceptanceIssues`: see there. */
function judgedIssueIds(acceptance: readonly AcceptanceRecord[]): Set<string> {
  const judged = new Set<string>();
  for (let i = 0; i < acceptance.length; i++) if (acceptance[i]!.verdicts.length > 0) judged.add(acceptance[i]!.issueId);
  return judged;
}

/**
 * One pass over the issues: those with a verdict, made into domain issues for the sprint stats (the
 * others count for nothing there), and those in the ready status now (a few). A loop, not callbacks,
 * in a function of its own: ten thousand issues, once per refresh, before the JIT has optimized
 * anything, and the compiler then optimizes this loop alone rather than all of `acceptanceInput`.
 */
function acceptanceIssues(issues: readonly HealthIssue[], judged: ReadonlySet<string>, ready: ReadyStatus | null, statuses: SignalSources['statuses']) {
  const readyIds = new Set(ready?.ids ?? []);
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const withVerdicts: Issue[] = [];
  const waiting: Waiting[] = [];
  for (let i = 0; i < issues.length; i++) {
    const h = issues[i]!;
    if (judged.has(h.id)) withVerdicts.push(issueOf(h));
    if (ready === null || ready.isDoneCategory) continue;
    const statusId = h.statusId[h.statusId.length - 1]?.value ?? null;
    const status = statusId === null ? undefined : byId.get(statusId);
    if (status && readyIds.has(status.id)) waiting.push({ h, statusId: statusId!, status });
  }
  return { withVerdicts, waiting };
}

function acceptanceInput(snapshot: { metrics: SnapshotMetrics; input: SnapshotInput }, sources: SignalSources) {
  const { input } = snapshot;
  const closed = input.sprints.filter((s) => s.state === 'closed').sort((a, b) => (a.startDate ?? 0) - (b.startDate ?? 0) || a.id - b.id);
  const ready = sources.statuses.length > 0 ? resolveReadyStatus(sources.statuses, sources.policy.acceptance) : null;
  const readyIds = new Set(ready?.ids ?? []);
  const { withVerdicts: issues, waiting } = acceptanceIssues(input.issues, judgedIssueIds(sources.acceptance), ready, sources.statuses);
  const stats = new Map(sprintAcceptance({ sprints: closed, issues, records: sources.acceptance }).map((s) => [s.sprintId, s]));
  let awaiting: { key: string; ageHours: number }[] = [];
  if (ready !== null) {
    const wanted = new Set(waiting.map((w) => w.h.id));
    const records = new Map<string, AcceptanceRecord>();
    for (const r of sources.acceptance) if (wanted.has(r.issueId)) records.set(r.issueId, r);
    const entries = waiting.map(({ h, statusId, status }) => {
      const entered = heldSince(h.statusId, sources.now, (id) => id !== null && readyIds.has(id));
      return { issue: issueOf(h), record: records.get(h.id), facts: { statusId, statusName: status.name, statusCategory: status.category, enteredReadyAt: entered === null || !Number.isFinite(entered) ? null : entered } };
    });
    awaiting = awaitingQueue(entries, ready, sources.now).map((item) => ({ key: item.issue.key, ageHours: item.ageHours }));
  }
  return {
    sprints: closed.map((s) => ({ name: s.name, accepted: stats.get(s.id)?.accepted ?? 0, acceptedFirstPass: stats.get(s.id)?.acceptedFirstPass ?? 0 })),
    awaiting,
  };
}

/**
 * Every tile of the project page, in the order shown, with its `ref` (the issues behind it) where one
 * list says it all.
 */
export function healthSignals(snapshot: { metrics: SnapshotMetrics; input: SnapshotInput }, sources: SignalSources): SignalView[] {
  const { metrics, input } = snapshot;
  const { thresholds } = input.settings;
  const closed = metrics.velocity.filter((v) => v.state === 'closed');
  const latestRelease = metrics.defectEscape.at(-1);
  const now = sources.now;
  const signals: (SignalView & { subject?: string })[] = [
    {
      ...velocitySignal(
        closed.map((v) => ({ name: v.name, committed: v.committed.value, completed: v.completed.value, predictable: v.predictable, bandAverage: v.band?.average ?? null })),
        thresholds,
      ),
      ref: null,
    },
    {
      ...scopeSignal({ budgetPoints: input.budgetPoints, sprints: metrics.scope.map((s) => ({ name: s.name, netPoints: s.netPoints, shareOfBudget: s.shareOfBudget, flagged: s.flagged })) }, thresholds),
      ref: null,
    },
    {
      ...leadTimeSignal(
        { windowDays: LEAD_TIME_WINDOW_DAYS, count: metrics.leadTime.last90Days.count, medianDays: metrics.leadTime.last90Days.medianDays, p85Days: metrics.leadTime.last90Days.p85Days },
        thresholds,
      ),
      ref: metrics.leadTime.last90Days.ref,
    },
    {
      ...defectEscapeSignal(
        {
          windowDays: input.settings.defectEscape.windowDays,
          releasedVersions: metrics.defectEscape.map((r) => ({
            name: r.name,
            escaped: r.escaped.value,
            features: r.features.value,
            windowOpen: r.releaseDate !== null && Date.parse(r.releaseDate) + input.settings.defectEscape.windowDays * DAY > now,
          })),
        },
        thresholds,
      ),
      ref: latestRelease?.escaped.ref ?? null,
    },
    { ...decisionsSignal(decisionsInput(sources), thresholds), ref: null },
    { ...acceptanceSignal(acceptanceInput(snapshot, sources), thresholds), ref: null },
    {
      ...blockersSignal({ blocked: metrics.blocked.map(({ issue, since }) => ({ key: issue.key, blockedHours: countedHoursBetween(since, now, blockerClock(sources.policy)) })) }, thresholds),
      ref: metrics.blocked.length > 0 ? 'sig:blockers' : null,
    },
    {
      ...partnerSignal({ months: metrics.partner.map((m) => ({ key: m.key, name: partnerMonthName(m.key), complete: m.complete, client: m.client.value, counted: m.counted.value })) }, thresholds),
      ref: null,
    },
  ];
  // A tile opens the issues of the sprint its reason names: that sprint's completed work, or all its scope changes.
  return signals.map(({ subject, ...s }) => {
    if (s.key === 'velocity') return { ...s, ref: metrics.velocity.find((v) => v.name === subject)?.completed.ref ?? null };
    if (s.key === 'scope') return { ...s, ref: scopeChangesRef(metrics.scope.find((r) => r.name === subject)) };
    // The partner tile opens every idea and problem of the month it judged, each saying who raised it.
    if (s.key === 'partner') return { ...s, ref: metrics.partner.find((m) => m.key === subject)?.counted.ref ?? null };
    return s;
  });
}

/** The ref of every scope change of a sprint (added, removed, re-estimated), or null when none. */
export const scopeChangesRef = (row: { sprintId: number; added: { ref: string | null }; removed: { ref: string | null }; reestimatedUp: { ref: string | null }; reestimatedDown: { ref: string | null } } | undefined): string | null =>
  row && [row.added, row.removed, row.reestimatedUp, row.reestimatedDown].some((c) => c.ref !== null) ? `s:${row.sprintId}:changes` : null;
