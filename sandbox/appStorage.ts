import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { registerProject } from '../src/app/sprintCommitments';
import { DECISIONS_PROPERTY_KEY, decisionsMirror } from '../src/domain/decisions/mirror';
import type { Decision } from '../src/domain/decisions/types';
import type { AcceptanceRecord } from '../src/domain/acceptance/types';
import type { AcceptanceStore } from '../src/app/ports';
import { memoryEntities, type EntityTables } from '../src/store/memoryDecisionStore';
import { memoryStore } from '../src/store/memoryStore';
import { demoAcceptanceRecords, stageDemoChangeRequests } from './demo/acceptance';
import { demoDecisionRecords } from './demo/decisions';
import type { SandboxData } from './jira/model';

interface StorageFile {
  kv: Record<string, unknown>;
  entities: Partial<EntityTables>;
}

/**
 * The app storage of the local Forge runtime: the key-value store and the
 * custom entities, kept in one JSON file. A fresh one is seeded with the demo
 * engagement's policy, decisions and acceptance verdicts, as if people had used the app for months,
 * and the decisions' issue-property mirrors are written into the Jira data.
 */
export async function openAppStorage(file: string, data: SandboxData, now: number) {
  const saved = readJson(file);
  const state: StorageFile = { kv: saved?.kv ?? {}, entities: saved?.entities ?? {} };
  const persist = () => writeJson(file, state);
  const store = memoryStore(state.kv, (kv) => ((state.kv = kv), persist()));
  const { decisions, policies, acceptance } = memoryEntities(state.entities, (tables) => ((state.entities = tables), persist()));

  if (!saved) {
    const project = data.projects[0]!;
    for (const p of data.projects) await registerProject(store, p.key, now);
    const demo = demoDecisionRecords(data, now);
    const admin = project.leadAccountId;
    await policies.save(project.key, { policy: demo.policy, version: 1, history: [{ at: now, byAccountId: admin, changes: [{ path: 'policy', before: null, after: 'set up for the engagement' }] }] });
    for (const decision of demo.decisions) await decisions.insert(decision);
    stageDemoChangeRequests(data, demo.policy, now);
    for (const record of demoAcceptanceRecords(data, demo.policy)) await seedAcceptance(acceptance, record);
    writeMirrors(data, demo.decisions);
    persist();
  }
  return { store, decisions, policies, acceptance };
}

/** Stores a record the way the app builds one: a conditional write per verdict, version by version. */
async function seedAcceptance(store: AcceptanceStore, record: AcceptanceRecord): Promise<void> {
  for (let n = 1; n <= record.verdicts.length; n++) {
    if (!(await store.save({ ...record, verdicts: record.verdicts.slice(0, n), version: n }))) {
      throw new Error(`demo acceptance record of ${record.issueKey} could not be stored at version ${n}`);
    }
  }
}

function writeMirrors(data: SandboxData, decisions: readonly Decision[]): void {
  const byIssue = new Map<string, Decision[]>();
  for (const d of decisions) byIssue.set(d.issueId, [...(byIssue.get(d.issueId) ?? []), d]);
  for (const issue of data.issues) {
    const onIssue = byIssue.get(issue.id);
    if (onIssue) issue.properties[DECISIONS_PROPERTY_KEY] = decisionsMirror(onIssue);
  }
}

function readJson(file: string): StorageFile | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StorageFile) : undefined;
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}
