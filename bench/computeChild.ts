/**
 * Computes one health snapshot from bench/snapshotInput.ts's file, in a process of its own, and
 * prints (to the parent, over IPC) its CPU time and the process's peak RSS: the figures of the
 * computation the consumer runs after reading its records.
 */
import { readFileSync } from 'node:fs';
import { healthSignals } from '../src/app/health/healthSignals';
import { clientSidePeople } from '../src/domain/policy/people';
import { computeHealthSnapshot } from '../src/domain/health/snapshot';
import { decodeHealthIssue } from '../src/domain/health/storedForm';
import { doneStatusIds } from '../src/domain/metrics/boardColumns';
import type { SnapshotInputFile } from './snapshotInput';

const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SnapshotInputFile;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const decodeStart = cpu();
const issues = input.issues.map(decodeHealthIssue);
const decodeMs = cpu() - decodeStart;
const compute = () => computeHealthSnapshot({
  issues,
  sprints: input.sprints,
  versions: input.versions,
  doneStatusIds: doneStatusIds(input.columns),
  estimationField: input.estimationField,
  liveCommitments: new Map(input.commitments.map((c) => [c.sprintId, { points: c.committedPoints, recordedAt: c.recordedAt }])),
  budgetPoints: input.policy.budgetPoints,
  settings: input.policy.health,
  clientAccountIds: clientSidePeople(input.policy),
  blockers: { settings: input.policy.escalation.rules.blocker, statusNames: new Map() },
  signals: (snapshot) => healthSignals(snapshot, { policy: input.policy, decisions: input.decisions, acceptance: input.acceptance, statuses: input.statuses, now: input.now }),
  now: input.now,
});
// Cold: the first computation in a fresh instance. Warm: the same again, as in a Forge instance that is reused.
const timed = () => {
  const started = cpu();
  const result = compute();
  return { ms: cpu() - started, result };
};
const cold = timed();
const coldRssMb = process.resourceUsage().maxRSS / 1024;
const warm = [timed().ms, timed().ms, timed().ms].sort((a, b) => a - b)[1]!;
const { view, refs } = cold.result;
process.send?.({ issues: issues.length, decodeMs, computeMs: cold.ms, warmMs: warm, peakRssMb: coldRssMb, viewBytes: JSON.stringify(view).length, refs: refs.size });
