/**
 * The app's storage as the sandbox and tests reach it: the app's own
 * @forge/kvs adapters (src/store), each call run as an invocation of the local
 * Forge so it goes through the real SDK into the local storage service.
 * A fresh install is seeded with the demo engagement's policy, decisions and
 * acceptance verdicts, as if people had used the app for months, and the
 * issue-property mirrors of both are written into the Jira data.
 */
import type { AcceptanceStore, AppStore, DecisionStore, PolicyStore } from '../src/app/ports';
import { registerProject } from '../src/app/registeredProjects';
import { ACCEPTANCE_PROPERTY_KEY, acceptanceMirror } from '../src/domain/acceptance/mirror';
import { DECISIONS_PROPERTY_KEY, decisionsMirror } from '../src/domain/decisions/mirror';
import type { AcceptanceRecord } from '../src/domain/acceptance/types';
import type { Decision } from '../src/domain/decisions/types';
import { kvsAcceptanceStore } from '../src/store/kvsAcceptanceStore';
import { kvsDecisionStore, kvsPolicyStore } from '../src/store/kvsDecisionStore';
import { kvsStore } from '../src/store/kvsStore';
import { demoAcceptanceRecords, stageDemoChangeRequests } from './demo/acceptance';
import { demoDecisionRecords } from './demo/decisions';
import { seedDemoNps } from './demo/nps';
import type { LocalForge } from './forge';
import type { SandboxData } from './jira/model';

export interface AppStorage {
  store: AppStore;
  decisions: DecisionStore;
  policies: PolicyStore;
  acceptance: AcceptanceStore;
}

/** Wraps every method so it runs inside an app invocation (the SDKs refuse calls outside one). */
function inInvocation<T extends object>(forge: LocalForge, port: T): T {
  return new Proxy(port, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (...args: unknown[]) => forge.asApp(async () => (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
    },
  });
}

export function appStorage(forge: LocalForge): AppStorage {
  return {
    store: inInvocation(forge, kvsStore()),
    decisions: inInvocation(forge, kvsDecisionStore()),
    policies: inInvocation(forge, kvsPolicyStore()),
    acceptance: inInvocation(forge, kvsAcceptanceStore()),
  };
}

export async function seedDemoStorage(storage: AppStorage, data: SandboxData, now: number): Promise<void> {
  const project = data.projects[0]!;
  for (const p of data.projects) await registerProject(storage.store, p.key, now);
  const demo = demoDecisionRecords(data, now);
  const admin = project.leadAccountId;
  const saved = await storage.policies.save(project.key, { policy: demo.policy, version: 1, history: [{ at: now, byAccountId: admin, changes: [{ path: 'policy', before: null, after: 'set up for the engagement' }] }] });
  if (!saved) throw new Error('the demo policy could not be stored');
  for (const decision of demo.decisions) if (!(await storage.decisions.insert(decision))) throw new Error(`demo decision ${decision.id} could not be stored`);
  stageDemoChangeRequests(data, demo.policy, now);
  const verdicts = demoAcceptanceRecords(data, demo.policy);
  for (const record of verdicts) await seedAcceptance(storage.acceptance, record);
  writeMirrors(data, demo.decisions, verdicts);
  await seedDemoNps(storage.store, project.key, demo.policy, now);
}

/** Stores a record the way the app builds one: a conditional write per verdict, version by version. */
async function seedAcceptance(store: AcceptanceStore, record: AcceptanceRecord): Promise<void> {
  for (let n = 1; n <= record.verdicts.length; n++) {
    if (!(await store.save({ ...record, verdicts: record.verdicts.slice(0, n), version: n }))) {
      throw new Error(`demo acceptance record of ${record.issueKey} could not be stored at version ${n}`);
    }
  }
}

/** The issue-property mirrors the app writes (decisions for decisionStatus…, verdicts for acceptanceState), from the seeded records. */
function writeMirrors(data: SandboxData, decisions: readonly Decision[], verdicts: readonly AcceptanceRecord[]): void {
  const byIssue = new Map<string, Decision[]>();
  for (const d of decisions) byIssue.set(d.issueId, [...(byIssue.get(d.issueId) ?? []), d]);
  const recordByIssue = new Map(verdicts.map((r) => [r.issueId, r]));
  for (const issue of data.issues) {
    const onIssue = byIssue.get(issue.id);
    if (onIssue) issue.properties[DECISIONS_PROPERTY_KEY] = decisionsMirror(onIssue);
    const record = recordByIssue.get(issue.id);
    if (record) issue.properties[ACCEPTANCE_PROPERTY_KEY] = acceptanceMirror(record);
  }
}
