import { clientSidePeople } from '../../domain/policy/people';
import { storedTeamMembership } from '../teams/teamMembership';
import type { Decision } from '../../domain/decisions/types';
import { dueEscalations, type DueEscalationsResult } from '../../domain/escalation/dueEscalations';
import { scannedIssues } from '../../domain/escalation/scannedIssues';
import type { HealthIssue } from '../../domain/health/healthIssue';
import { timelineOf } from '../../domain/health/healthIssue';
import { doneStatusIds } from '../../domain/metrics/boardColumns';
import { sprintScopeChange } from '../../domain/metrics/scopeChange';
import type { EngagementPolicy } from '../../domain/policy/types';
import { healthSnapshotStore, type HealthMeta } from '../health/snapshotStore';
import type { AppStore, DecisionStore, PolicyStore } from '../ports';
import { loadPolicy } from '../policy';
import { calibrationSignals } from '../calibration/signals';

/** The snapshot-based rules (blockers, a sprint's scope) judge only a snapshot this recent: the consumer refreshes it just before. */
export const SNAPSHOT_FRESH_MS = 2 * 3_600_000;

export interface ScanDeps {
  store: AppStore;
  policies: PolicyStore;
  decisions: DecisionStore;
}

export interface DueNow extends DueEscalationsResult {
  policy: EngagementPolicy;
  /** False until the project's policy is saved: an unconfigured project escalates nothing. */
  configured: boolean;
  /** The people on the client side (for "working hours only"). */
  clientSide: Set<string>;
  /** Rules that could not be judged now, and why. */
  skipped: string[];
  /** The pending decisions, by id (the comments quote them). */
  decisions: Map<string, Decision>;
}

/** What the rules find due now, from app storage only: the policy, the pending decisions, the health snapshot. */
export async function dueNow(deps: ScanDeps, projectKey: string, now: number): Promise<DueNow> {
  // As every reader of the policy: a setting saved before it existed reads its default.
  const { policy, version } = await loadPolicy(deps, projectKey);
  const configured = version > 0;
  const pending = await deps.decisions.listPending(projectKey);
  const skipped: string[] = [];

  const snapshots = healthSnapshotStore(deps.store, projectKey);
  const meta: HealthMeta | undefined = await snapshots.meta();
  let records: HealthIssue[] = [];
  let fresh = false;
  if (!meta) skipped.push('Blockers and sprint scope: no health snapshot yet');
  else if (now - meta.computedAt > SNAPSHOT_FRESH_MS) skipped.push(`Blockers and sprint scope: the health snapshot is from ${new Date(meta.computedAt).toISOString()}, too old to judge`);
  else fresh = true;
  if (meta && fresh) records = await snapshots.allIssues(meta);

  const done = doneStatusIds(meta?.board?.columns ?? []);
  const issues = scannedIssues(records, done, now);
  const timelines = records.map(timelineOf);
  const active = fresh && meta ? meta.sprints.filter((s) => s.state === 'active').map((sprint) => ({ sprint, change: sprintScopeChange(sprint, timelines, now, policy.budgetPoints, policy.health.thresholds.scope.sharePercent) })) : [];
  const statusNames = new Map((meta?.statuses ?? []).map((s) => [s.id, s.name]));
  const calibration = await calibrationSignals(deps, projectKey, policy, now);
  skipped.push(...calibration.skipped);
  if (calibration.signals.length > 0 && !policy.deliverySponsorId) skipped.push(`Calibration calls: ${calibration.signals.length} dissatisfaction ${calibration.signals.length === 1 ? 'signal waits' : 'signals wait'} for a delivery sponsor (project settings), who holds the call`);
  const result = dueEscalations({ issues, decisions: pending, active, policy, statusNames, now, calibration: { projectKey, signals: calibration.signals } });
  // A decision's issue the snapshot does not hold (none yet) is judged without exemptions by status, type or label.
  return { ...result, policy, configured, clientSide: clientSidePeople(policy, (await storedTeamMembership(deps.store, projectKey, policy.teams)) ?? undefined), skipped, decisions: new Map(pending.map((d) => [d.id, d])) };
}
