/**
 * The health snapshot's inputs as plain JSON, written by the bench's sandbox child from app storage
 * and read by bench/computeChild.ts, which computes the snapshot in a fresh process so its CPU time
 * and peak RSS are the computation's alone.
 */
import { writeFileSync } from 'node:fs';
import { loadPolicy } from '../src/app/policy';
import { healthSnapshotStore } from '../src/app/health/snapshotStore';
import { commitmentPrefix, type SprintCommitment } from '../src/app/sprintCommitments';
import type { AcceptanceRecord } from '../src/domain/acceptance/types';
import type { Decision } from '../src/domain/decisions/types';
import { encodeHealthIssue, type StoredHealthIssue } from '../src/domain/health/storedForm';
import type { EngagementPolicy } from '../src/domain/policy/types';
import type { Sprint, Version } from '../src/domain/types';
import { kvsAcceptanceStore } from '../src/store/kvsAcceptanceStore';
import { kvsDecisionStore, kvsPolicyStore } from '../src/store/kvsDecisionStore';
import { kvsStore } from '../src/store/kvsStore';

export interface SnapshotInputFile {
  issues: StoredHealthIssue[];
  sprints: Sprint[];
  versions: Version[];
  columns: { name: string; statusIds: string[] }[];
  statuses: { id: string; name: string; category: 'new' | 'indeterminate' | 'done' }[];
  estimationField: string | null;
  commitments: SprintCommitment[];
  policy: EngagementPolicy;
  decisions: Decision[];
  acceptance: AcceptanceRecord[];
  now: number;
}

export async function exportSnapshotInput(projectKey: string, file: string, now: number): Promise<void> {
  const store = kvsStore();
  const snapshots = healthSnapshotStore(store, projectKey);
  const meta = await snapshots.meta();
  if (!meta) throw new Error(`no health snapshot of ${projectKey} yet`);
  const [issues, { policy }, commitments, decisions, acceptance] = await Promise.all([
    snapshots.allIssues(meta),
    loadPolicy({ policies: kvsPolicyStore() }, projectKey),
    store.list<SprintCommitment>(commitmentPrefix(projectKey)),
    kvsDecisionStore().listByProject(projectKey),
    kvsAcceptanceStore().listByProject(projectKey),
  ]);
  const input: SnapshotInputFile = {
    issues: issues.map(encodeHealthIssue),
    sprints: meta.sprints,
    versions: meta.versions,
    columns: meta.board?.columns ?? [],
    statuses: meta.statuses,
    estimationField: meta.board?.estimationField?.displayName ?? null,
    commitments: commitments.map((c) => c.value),
    policy,
    decisions,
    acceptance,
    now,
  };
  writeFileSync(file, JSON.stringify(input));
}
