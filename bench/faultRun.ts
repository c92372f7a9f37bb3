/**
 * The fault run: user actions through the app as the UI makes them (an action id per action,
 * the same id when the user tries again after an error) while ~20 % of Jira calls fail —
 * 429s, 503s, dropped connections, and 504s and drops *after* Jira applied the request —
 * then one hourly trigger run with Jira healthy. Counts what must be zero: duplicate
 * decisions or verdicts, duplicate or missing comments, actions neither done nor visibly pending.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolverResult } from '../src/contract/resolvers';
import { EFFECT_COMMENT_PROPERTY } from '../src/domain/effects/types';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import type { Fault } from '../sandbox/jira/faults';

export const FAULT_RUN_NOW = Date.UTC(2026, 10, 18, 15, 0);
const READY = 'Ready for Acceptance';
/** Together about one Jira call in five fails. */
const FAULTS: Fault[] = [
  { match: '/rest/', kind: 'rate-limit', retryAfterSeconds: 0, probability: 0.06, times: 1e9 },
  { match: '/rest/', kind: 'server-error', status: 503, probability: 0.06, times: 1e9 },
  { match: '/rest/', kind: 'server-error', status: 504, when: 'after', probability: 0.04, times: 1e9 },
  { match: '/rest/', kind: 'drop', probability: 0.03, times: 1e9 },
  { match: '/rest/', kind: 'drop', when: 'after', probability: 0.02, times: 1e9 },
];
const TRIES = 6;
/** Views carry no action id (their payload is empty). */
const READS = new Set(['acceptance/forIssue', 'policy/get']);

export interface FaultRunResult {
  actions: number;
  byOutcome: Record<'done' | 'donePending' | 'gaveUp' | 'refused', number>;
  jiraRequests: number;
  jiraFailuresInjected: number;
  duplicateDecisions: number;
  duplicateVerdicts: number;
  duplicateComments: number;
  missingComments: number;
  pendingAfterTrigger: number;
  /** Writes sent a second time with the same action id. */
  repeats: number;
  perKey: Record<string, { actions: number; tries: number; pending: number; failed: number; codes?: Record<string, number> }>;
}

type Outcome = { ok: true; data: unknown; pending: boolean } | { ok: false; code: string };

export async function faultRun(options: { actions?: number; seed?: string } = {}): Promise<FaultRunResult> {
  const total = options.actions ?? 300;
  const dataDir = mkdtempSync(join(tmpdir(), 'eh-faults-'));
  // The clock runs on from FAULT_RUN_NOW: a re-submission must come after the change request.
  const started = Date.now();
  const sandbox = await startSandbox({ port: 0, dataDir, now: () => FAULT_RUN_NOW + (Date.now() - started), seed: options.seed ?? 'fault-run' });
  try {
    return await run(sandbox, total);
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(sandbox: RunningSandbox, total: number): Promise<FaultRunResult> {
  const data = sandbox.jira.data();
  const who = (role: string) => data.users.find((u) => u.role === role)!.accountId;
  const lead = who('delivery-tech-lead');
  const owner = who('client-product-owner');
  const admin = who('project-admin');
  const developer = who('developer');
  const issueRef = (key: string) => ({ type: 'jira:issuePanel', issue: { key, id: data.issues.find((i) => i.key === key)!.id }, project: { key: 'ENG' } });
  const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
  let seq = 0;
  let repeats = 0;
  const outcomes: Record<FaultRunResult['byOutcome'] extends infer O ? keyof O : never, number> = { done: 0, donePending: 0, gaveUp: 0, refused: 0 };

  /** One user action: the same action id on every try, as the UI's "try again" sends it. */
  async function act(functionKey: string, accountId: string, extension: unknown, payload: Record<string, unknown>): Promise<Outcome> {
    const actionId = `fault-run-${++seq}-${'a'.repeat(8)}`;
    let last: Outcome = { ok: false, code: 'never-ran' };
    const k = (perKey[functionKey] ??= { actions: 0, tries: 0, pending: 0, failed: 0 });
    k.actions++;
    for (let attempt = 0; attempt < TRIES; attempt++) {
      k.tries++;
      const moduleKey = typeof extension === 'object' && extension !== null && 'issue' in extension ? 'engagement-health-issue-panel' : 'engagement-health-settings';
      const answer = (await sandbox.forge.resolve({ moduleKey, functionKey, payload: READS.has(functionKey) ? payload : { ...payload, actionId }, accountId, extension: extension as Record<string, unknown> }).catch((e: unknown) => ({ ok: false, error: { code: 'thrown', message: String(e) } }))) as ResolverResult<{ pending?: unknown[] }>;
      if (answer.ok) {
        // Every fifth write is sent once more with the same id: the double click, or the retry of an answer lost on the way.
        if (!READS.has(functionKey) && seq % 5 === 0) {
          await sandbox.forge.resolve({ moduleKey, functionKey, payload: { ...payload, actionId }, accountId, extension: extension as Record<string, unknown> }).catch(() => undefined);
          repeats++;
        }
        const pending = (answer.data.pending?.length ?? 0) > 0;
        if (pending) k.pending++;
        return { ok: true, data: answer.data, pending };
      }
      last = { ok: false, code: answer.error.code === 'conflict' ? `conflict: ${answer.error.message}` : answer.error.code };
      // Only what a user would try again: Jira busy or unreachable, or an unexpected error.
      if (!['unavailable', 'rate_limited', 'internal', 'thrown', 'not_found'].includes(answer.error.code)) break;
    }
    k.failed++;
    if (!last.ok) (k.codes ??= {})[last.code] = (k.codes[last.code] ?? 0) + 1;
    return last;
  }
  const perKey: Record<string, { actions: number; tries: number; pending: number; failed: number; codes?: Record<string, number> }> = {};
  const count = (o: Outcome) => (o.ok ? (o.pending ? outcomes.donePending++ : outcomes.done++) : ['conflict', 'invalid', 'forbidden'].includes(o.code) ? outcomes.refused++ : outcomes.gaveUp++);
  /** A developer moving an issue in Jira (not through the app): retried until Jira takes it or it is already there. */
  async function moveAs(accountId: string, key: string, statusName: string) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const issue = data.issues.find((i) => i.key === key)!;
      if (data.statuses.find((s) => s.id === issue.fields.statusId)?.name === statusName) return;
      const t = data.transitions.find((x) => data.statuses.find((s) => s.id === x.toStatusId)?.name === statusName)!;
      await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sandbox-as': accountId }, body: JSON.stringify({ transition: { id: t.id } }) }).catch(() => undefined);
    }
  }

  const questions: string[] = [];
  const raisable = data.issues.filter((i) => !('engagement-health-decisions' in i.properties)).slice(0, 200).map((i) => i.key);
  const ready = data.statuses.find((s) => s.name === READY)!.id;
  const inProgress = data.statuses.find((s) => s.name === 'In Progress')!.id;
  // Work the client can be asked to accept: what awaits it now, and what the developers will submit.
  const awaiting = data.issues.filter((i) => i.fields.statusId === ready || i.fields.statusId === inProgress).map((i) => i.key);

  sandbox.jira.resetStats();
  for (const f of FAULTS) sandbox.jira.injectFault(f);
  let actions = 0;
  for (let round = 0; actions < total; round++) {
    // Raise, then record or withdraw what was raised.
    const key = raisable[round % raisable.length]!;
    const question = `Fault run question ${round}: keep the promo banner?`;
    questions.push(question);
    const raised = await act('decisions/raise', lead, issueRef(key), { category: round % 2 ? 'product' : 'technical', question, optionsConsidered: [] });
    count(raised);
    actions++;
    if (raised.ok && actions < total) {
      const d = raised.data as { id: string; version: number; category: string };
      const next = round % 3 === 2
        ? await act('decisions/withdraw', lead, issueRef(key), { decisionId: d.id, expectedVersion: d.version, reason: 'Not needed any more.' })
        : await act('decisions/record', d.category === 'product' ? owner : lead, issueRef(key), { decisionId: d.id, outcome: 'Decided during the fault run.', expectedVersion: d.version });
      count(next);
      actions++;
    }
    // A verdict cycle on an issue awaiting acceptance: request changes, the developer re-submits, accept.
    const target = awaiting[round % Math.max(1, awaiting.length)];
    if (target && actions < total) {
      let view = await act('acceptance/forIssue', owner, issueRef(target), {});
      if (view.ok && (view.data as { state: string }).state !== 'awaiting') {
        // The developer re-submits: back to work, then ready for acceptance again (a new round).
        await moveAs(developer, target, 'In Progress');
        await moveAs(developer, target, READY);
        view = await act('acceptance/forIssue', owner, issueRef(target), {});
      }
      const v = view.ok ? (view.data as { state: string; version: number }) : null;
      if (v?.state === 'awaiting') {
        const verdict = round % 3 !== 2 ? await act('acceptance/requestChanges', owner, issueRef(target), { feedback: `Round ${round}: please fix the spacing.`, expectedVersion: v.version }) : await act('acceptance/accept', owner, issueRef(target), { expectedVersion: v.version });
        count(verdict);
        actions++;
        if (round % 3 !== 2) await moveAs(developer, target, READY);
      }
    }
    if (round % 10 === 9 && actions < total) {
      const current = await act('policy/get', admin, settings, {});
      if (current.ok) {
        const p = current.data as { policy: { budgetPoints: number | null }; version: number };
        count(await act('policy/save', admin, settings, { policy: { ...p.policy, budgetPoints: (p.policy.budgetPoints ?? 100) + 1 }, expectedVersion: p.version }));
        actions++;
      }
    }
  }
  const stats = sandbox.jira.stats();
  const jiraRequests = Object.values(stats).reduce((a, b) => a + b, 0);
  sandbox.jira.clearFaults();
  const trigger = (await sandbox.refresh()) as { effectsPending: string[] };

  // Now count what must be zero.
  const decisions = await sandbox.storage.decisions.listByProject('ENG');
  const perQuestion = new Map<string, number>();
  for (const d of decisions) if (questions.includes(d.question)) perQuestion.set(d.question, (perQuestion.get(d.question) ?? 0) + 1);
  const duplicateDecisions = [...perQuestion.values()].filter((n) => n > 1).length;
  const records = await sandbox.storage.acceptance.listByProject('ENG');
  let duplicateVerdicts = 0;
  let duplicateComments = 0;
  let missingComments = 0;
  for (const record of records) {
    const byAction = new Map<string, number>();
    for (const v of record.verdicts) if (v.actionId) byAction.set(v.actionId, (byAction.get(v.actionId) ?? 0) + 1);
    duplicateVerdicts += [...byAction.values()].filter((n) => n > 1).length;
    const issue = data.issues.find((i) => i.id === record.issueId)!;
    for (const effect of record.verdicts.flatMap((v) => v.effects ?? []).filter((e) => e.kind === 'comment')) {
      const made = issue.comments.filter((c) => (c.properties?.[EFFECT_COMMENT_PROPERTY] as { effectId?: string } | undefined)?.effectId === effect.id).length;
      if (made > 1) duplicateComments++;
      if (made === 0) missingComments++;
    }
  }
  return {
    actions,
    byOutcome: outcomes,
    jiraRequests,
    jiraFailuresInjected: sandbox.jira.faultsInjected(),
    duplicateDecisions,
    duplicateVerdicts,
    duplicateComments,
    missingComments,
    pendingAfterTrigger: trigger.effectsPending.length,
    perKey,
    repeats,
  };
}

/** Prints the fault run's figures (`npm run bench` ends with it). */
export async function runFaultBench(actions = 300): Promise<void> {
  const started = performance.now();
  await faultRun({ actions }).then((r) => {
    console.log(`fault run: ${r.actions} user actions under ~20 % injected Jira faults (${r.jiraFailuresInjected} of ${r.jiraRequests} Jira requests failed), then one hourly trigger run, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  ${r.repeats} writes sent twice with the same action id (a double click, a lost answer)`);
    console.log(`  outcomes: ${r.byOutcome.done} done, ${r.byOutcome.donePending} done with a side effect shown pending, ${r.byOutcome.refused} refused with a clear error, ${r.byOutcome.gaveUp} given up after ${TRIES} tries (nothing stored)`);
    for (const [key, k] of Object.entries(r.perKey)) console.log(`    ${key}: ${k.actions} actions, ${k.tries} tries, ${k.pending} answered with an effect pending, ${k.failed} not done${k.codes ? ` (${JSON.stringify(k.codes)})` : ''}`);
    console.log(`  duplicate decisions ${r.duplicateDecisions}, duplicate verdicts ${r.duplicateVerdicts}, duplicate comments ${r.duplicateComments}, missing comments ${r.missingComments}, effects still pending after the trigger ${r.pendingAfterTrigger}`);
  });
}

if (require.main === module) void runFaultBench();
