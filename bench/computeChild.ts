/**
 * Computes one health snapshot from bench/snapshotInput.ts's file, in a process of its own, and
 * prints (to the parent, over IPC) its CPU time and the process's peak RSS: the figures of the
 * computation the consumer runs after reading its records.
 *
 * In the order the consumer goes (src/app/health/refreshHealth.ts): the records are decoded, the
 * policy is read (its time-zone check loads Intl's data, which the signals' clocks then use), then
 * the snapshot is computed once. That first computation, with the JIT's warm-up, is the figure the
 * target is judged on: a consumer invocation computes once per refresh. The same computation again
 * in the same process ("warm", as in a reused instance) is printed beside it, for reference only.
 * CPU is the whole process's (`process.cpuUsage`): the optimizing compiler and the GC's helper
 * threads count too.
 */
import { readFileSync } from 'node:fs';
import { healthSignals } from '../src/app/health/healthSignals';
import { clientSidePeople } from '../src/domain/policy/people';
import { readablePolicy } from '../src/domain/policy/readable';
import { computeHealthSnapshot } from '../src/domain/health/snapshot';
import { decodeHealthIssue } from '../src/domain/health/storedForm';
import { doneStatusIds } from '../src/domain/metrics/boardColumns';
import { firstChangeRequests } from '../src/domain/metrics/partnerSignal';
import type { SnapshotInputFile } from './snapshotInput';

/** What the parent (bench/run.ts) prints. */
export interface ComputeFigures {
  issues: number;
  decodeMs: number;
  policyMs: number;
  /** The first computation in the process: judged against the target. */
  computeMs: number;
  /** The median of three more in the same process. */
  warmMs: number;
  peakRssMb: number;
  viewBytes: number;
  refs: number;
  refsBytes: number;
}

const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SnapshotInputFile;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = <T>(run: () => T) => {
  const started = cpu();
  const result = run();
  return { ms: cpu() - started, result };
};

const decoded = timed(() => input.issues.map(decodeHealthIssue));
const issues = decoded.result;
const read = timed(() => readablePolicy(input.policy).policy);
const policy = read.result;
const compute = () =>
  computeHealthSnapshot({
    issues,
    sprints: input.sprints,
    versions: input.versions,
    doneStatusIds: doneStatusIds(input.columns),
    estimationField: input.estimationField,
    liveCommitments: new Map(input.commitments.map((c) => [c.sprintId, { points: c.committedPoints, recordedAt: c.recordedAt }])),
    budgetPoints: policy.budgetPoints,
    settings: policy.health,
    clientAccountIds: clientSidePeople(policy),
    changeRequestedAt: firstChangeRequests(input.acceptance),
    blockers: { settings: policy.escalation.rules.blocker, statusNames: new Map(input.statuses.map((s) => [s.id, s.name])) },
    signals: (snapshot) => healthSignals(snapshot, { policy, decisions: input.decisions, acceptance: input.acceptance, statuses: input.statuses, now: input.now }),
    now: input.now,
  });

const cold = timed(compute);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const warmMs = [timed(compute).ms, timed(compute).ms, timed(compute).ms].sort((a, b) => a - b)[1]!;
const { view, refs } = cold.result;
const figures: ComputeFigures = {
  issues: issues.length,
  decodeMs: decoded.ms,
  policyMs: read.ms,
  computeMs: cold.ms,
  warmMs,
  peakRssMb,
  viewBytes: JSON.stringify(view).length,
  refs: refs.size,
  refsBytes: JSON.stringify([...refs]).length,
};
process.send?.(figures);
