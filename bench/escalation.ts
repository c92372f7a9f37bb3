// The escalation scanner's benchmarks (PRODUCT.md targets): throughput at 300 ms per Jira call, and
// exactly once under faults, overlapping runs, duplicated and reordered deliveries and a crash between
// posting a comment and recording it. Printed, never asserted.
import { SCAN_BUDGET, type RequestCounter } from '../src/app/escalation/budget';
import { runEscalationScan, type EscalationRunRecord } from '../src/app/escalation/runScan';
import { CLAIM_MS } from '../src/app/outbox/claim';
import { benchJira, crashingStore, decisionStore, livePolicyStore, memoryStore, PROJECT, staleDecisions } from './escalationPorts';

const budgetFrom = (start: number) => ({ writes: SCAN_BUDGET.writes, reads: SCAN_BUDGET.reads, deadline: start + SCAN_BUDGET.seconds * 1000 });

/** Runs scans one after another (each as the consumer's continuation would) until nothing is left planned. */
async function untilDone(run: () => Promise<EscalationRunRecord>, limit = 20): Promise<EscalationRunRecord[]> {
  const runs: EscalationRunRecord[] = [];
  for (let i = 0; i < limit; i++) {
    const report = await run();
    runs.push(report);
    if (report.remaining === 0 && report.failed.length === 0) break;
  }
  return runs;
}

async function throughput(): Promise<void> {
  const count = 300;
  const latencyMs = 300;
  const start = Date.now();
  const store = memoryStore();
  const decisions = decisionStore(staleDecisions(count, start));
  const policies = livePolicyStore();
  const bench = benchJira({ latencyMs });
  let holder = 0;
  const runs = await untilDone(() => {
    const counter: RequestCounter = { reads: 0, writes: 0 };
    const { jira } = countingJira(bench, counter);
    return runEscalationScan({ jira, store, policies, decisions, clock: Date.now, counter, holder: `run-${++holder}` }, PROJECT, budgetFrom(Date.now()));
  });
  const elapsed = (Date.now() - start) / 1000;
  const posted = runs.reduce((n, r) => n + r.posted.length, 0);
  // Each scan that plans something makes one bulk lookup of the names its comments mention: that is the scan's, not the escalations'.
  const extraReads = bench.calls.reads - bench.calls.lookups;
  console.log(`  ${count} due escalations, ${latencyMs} ms per Jira call:`);
  console.log(`    posted ${posted}, the last ${(elapsed + 300).toFixed(0)} s after they became due (${elapsed.toFixed(1)} s after the scan that first saw them started; target: within 1 h), in ${runs.length} runs (${runs.map((r) => `${r.posted.length}${r.stoppedOnBudget ? ` then stopped on ${r.stoppedOnBudget}` : ''}`).join('; ')})`);
  console.log(`    Jira writes per escalation: ${(bench.calls.writes / count).toFixed(3)} (target ≤ 1.05); extra reads per escalation beyond the scans' name lookups: ${(extraReads / count).toFixed(3)} (target ≤ 0.1)`);
}

/** The bench Jira seen through a counter, as the consumer's counting transport counts. */
function countingJira(bench: ReturnType<typeof benchJira>, counter: RequestCounter) {
  const inner = bench.jira;
  const jira = new Proxy(inner, {
    get(target, key) {
      const f = Reflect.get(target, key) as (...a: unknown[]) => Promise<unknown>;
      if (typeof f !== 'function') return f;
      return async (...args: unknown[]) => {
        if (key === 'addComment') counter.writes++;
        else counter.reads++;
        return f.apply(target, args);
      };
    },
  });
  return { jira };
}

async function underFaults(): Promise<void> {
  const count = 1000;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let now = Date.now();
  const clock = () => now;
  const store = memoryStore();
  const decisions = decisionStore(staleDecisions(count, now));
  const policies = livePolicyStore();
  const bench = benchJira({ latencyMs: () => Math.floor(random() * 3), faultRate: 0.2, random });
  const scan = (holder: string, s = store as typeof store | ReturnType<typeof crashingStore>) => {
    const counter: RequestCounter = { reads: 0, writes: 0 };
    const { jira } = countingJira(bench, counter);
    return runEscalationScan({ jira, store: s, policies, decisions, clock, counter, holder }, PROJECT, { writes: 10_000, reads: 10_000, deadline: Number.POSITIVE_INFINITY });
  };

  // Two overlapping runs (the trigger ran twice), each event delivered twice, in a shuffled order, and a
  // fifth run that crashes right after its 25th comment is stored, before the ledger hears of it.
  const crashing = crashingStore(store);
  let postedByCrashing = 0;
  type AddComment = typeof bench.jira.addComment;
  // Each invocation is its own holder (the consumer adds a fresh id to the event's), so a duplicate delivery is another run.
  const deliveries = ['trigger-1', 'trigger-2', 'trigger-1', 'trigger-2'].map((event, i) => `${event}:${i}`).sort(() => random() - 0.5);
  const crashRun = (async () => {
    const counter: RequestCounter = { reads: 0, writes: 0 };
    const { jira } = countingJira(bench, counter);
    const dying = new Proxy(jira, {
      get(target, key) {
        if (key !== 'addComment') return Reflect.get(target, key);
        return async (...args: Parameters<AddComment>) => {
          const result = await (Reflect.get(target, key) as AddComment)(...args);
          if (++postedByCrashing === 25) crashing.crash();
          return result;
        };
      },
    });
    return runEscalationScan({ jira: dying, store: crashing, policies, decisions, clock, counter, holder: 'crashing-run' }, PROJECT, { writes: 10_000, reads: 10_000, deadline: Number.POSITIVE_INFINITY });
  })().catch((error: Error) => ({ crashed: error.message }));
  const concurrent = await Promise.all([...deliveries.map((holder) => scan(holder).catch((e: Error) => ({ crashed: e.message }))), crashRun]);
  const crashed = concurrent.filter((r) => 'crashed' in r).length;

  // The following runs: faults over, the crashed run's claims expired.
  bench.faults.enabled = false;
  now += CLAIM_MS + 60_000;
  const following = await untilDone(() => scan(`following-${now++}`));

  const counts = [...bench.marks.values()];
  const duplicates = counts.filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0);
  const due = staleDecisions(count, 0).map((d) => `escalation:stale-decision:${d.id}:escalate`);
  const missing = due.filter((id) => !bench.marks.has(id)).length;
  console.log(`  ${count} due escalations, 20 % of comment posts failing (half after Jira stored them), 2 overlapping runs each delivered twice in a shuffled order, 1 run crashing after its 25th comment:`);
  console.log(`    concurrent runs: ${concurrent.length} (${crashed} crashed); following runs until nothing was left: ${following.length}`);
  console.log(`    comments posted: ${[...bench.marks.values()].reduce((a, b) => a + b, 0)}; duplicate comments: ${duplicates} (target 0); missed escalations: ${missing} (target 0)`);
}

export async function runEscalationBench(): Promise<void> {
  console.log('\nEscalation scanner');
  await throughput();
  await underFaults();
}

if (require.main === module) void runEscalationBench();
