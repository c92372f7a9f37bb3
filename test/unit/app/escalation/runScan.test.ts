import { runEscalationScan } from '../../../../src/app/escalation/runScan';
import type { RequestCounter } from '../../../../src/app/escalation/budget';
import { ledgerEntries } from '../../../../src/app/escalation/ledger';
import type { DecisionStore } from '../../../../src/app/ports';
import type { Decision } from '../../../../src/domain/decisions/types';
import { defaultPolicy } from '../../../../src/domain/policy/defaults';
import { JiraError } from '../../../../src/jira/errors';
import { aDecision, T0 } from '../../../support/builders';
import { fakeAppStore, fakeJira, memoryPolicyStore } from '../../../support/fakePorts';

const HOUR = 3_600_000;

/** `n` technical decisions stale since an hour before T0 (wall clock: no working hours in the way). */
const stale = (n: number): Decision[] =>
  Array.from({ length: n }, (_, i) => aDecision({ id: `D-${i + 1}`, issueId: String(10001 + i), issueKey: `ENG-${i + 1}`, category: 'technical', dueAt: null, raisedAt: T0 - 80 * HOUR, staleAt: T0 - HOUR, ownerIds: ['lead'] }));

function setup(options: { decisions: Decision[]; mode?: 'preview' | 'live'; workingHoursOnly?: boolean; unconfigured?: boolean }) {
  const policy = defaultPolicy();
  policy.clockMode = 'wall';
  policy.clientSponsorId = 'sponsor';
  policy.deliverySponsorId = 'delivery';
  policy.categories.technical.ownerIds = ['lead'];
  policy.escalation.mode = options.mode ?? 'live';
  policy.escalation.workingHoursOnly = options.workingHoursOnly ?? false;
  const policies = memoryPolicyStore(options.unconfigured ? undefined : { policy, version: 1, history: [] }).store;
  const decisions: DecisionStore = {
    get: async (_p, id) => options.decisions.find((d) => d.id === id),
    listByProject: async () => options.decisions,
    listByIssue: async () => [],
    listPending: async () => options.decisions.filter((d) => d.status === 'pending'),
    insert: async () => false,
    replace: async () => false,
  };
  const { jira } = fakeJira({});
  const posted: string[] = [];
  jira.getPeople = async (ids) => ids.map((accountId) => ({ accountId, displayName: accountId.toUpperCase() }));
  jira.addComment = async (_key, _body, opts) => {
    counter.writes++;
    posted.push(opts!.effectId!);
    return { commentId: String(posted.length) };
  };
  jira.hasEffectComment = async (_key, id) => (counter.reads++, posted.includes(id));
  const counter: RequestCounter = { reads: 0, writes: 0 };
  const store = fakeAppStore();
  let holder = 0;
  const run = (now: number, budget = { writes: 100, reads: 100, deadline: Number.POSITIVE_INFINITY }) =>
    runEscalationScan({ jira, store, policies, decisions, clock: () => now, counter, holder: `run-${++holder}` }, 'ENG', budget);
  return { run, posted, store, counter, jira };
}

describe('runEscalationScan', () => {
  it('stops on its write budget, says so, and the next run posts the rest without repeating any', async () => {
    const { run, posted, counter } = setup({ decisions: stale(5) });
    const first = await run(T0, { writes: 3, reads: 100, deadline: Number.POSITIVE_INFINITY });
    expect(first.posted).toHaveLength(3);
    expect(first.stoppedOnBudget).toBe("the run's 3 Jira writes");
    expect(first.remaining).toBe(2);
    expect(first.deferred.map((d) => d.reason)).toEqual(Array(2).fill("left for the next run: the run used up the run's 3 Jira writes"));
    counter.writes = 0;
    const second = await run(T0 + 60_000);
    expect(second).toMatchObject({ stoppedOnBudget: null, remaining: 0, alreadyDone: 3 });
    expect(second.posted).toHaveLength(2);
    expect(new Set(posted).size).toBe(5);
    expect(posted).toHaveLength(5);
  });

  it('stops when Jira rate-limits it, keeps Jira\'s Retry-After for the next run, and marks nothing failed', async () => {
    const { run, posted, jira } = setup({ decisions: stale(4) });
    const post = jira.addComment;
    let refusals = 0;
    jira.addComment = async (...args) => {
      if (posted.length === 1 && refusals++ === 0) throw new JiraError({ kind: 'rate_limited', operation: { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/comment' }, status: 429, messages: ['Rate limit exceeded'], retryAfterMs: 30_000 });
      return post(...args);
    };
    const first = await run(T0);
    expect(first).toMatchObject({ failed: [], retryAfterMs: 30_000, stoppedOnBudget: "Jira's rate limit (retry after 30 s)" });
    expect(first.posted.length + first.remaining).toBe(4);
    const second = await run(T0 + 60_000);
    expect(second).toMatchObject({ failed: [], remaining: 0, retryAfterMs: null });
    expect(new Set(posted).size).toBe(4);
    expect(posted).toHaveLength(4);
  });

  it('stops on its time budget the same way', async () => {
    const { run } = setup({ decisions: stale(2) });
    const report = await run(T0, { writes: 100, reads: 100, deadline: T0 });
    expect(report).toMatchObject({ posted: [], stoppedOnBudget: "the run's time", remaining: 2 });
  });

  it('in preview records nothing and posts nothing, but counts what is due', async () => {
    const { run, posted, store } = setup({ decisions: stale(2), mode: 'preview' });
    expect(await run(T0)).toMatchObject({ mode: 'preview', due: 2, posted: [] });
    expect(posted).toEqual([]);
    expect(await ledgerEntries(store, 'ENG')).toEqual([]);
  });

  it('with "working hours only", a step due on a Saturday waits for Monday morning and is posted then', async () => {
    // Saturday 2026-11-21 12:00 UTC; the teams work Monday to Friday (New York, Warsaw).
    const saturday = Date.UTC(2026, 10, 21, 12);
    const decisions = stale(1).map((d) => ({ ...d, staleAt: saturday - HOUR, raisedAt: saturday - 80 * HOUR }));
    const { run, posted } = setup({ decisions, workingHoursOnly: true });
    const weekend = await run(saturday);
    expect(weekend.posted).toEqual([]);
    // The delivery sponsor (Warsaw) is at work first: Monday 09:00 in Warsaw = 08:00 UTC.
    expect(weekend.deferred).toEqual([{ issueKey: 'ENG-1', rule: 'stale-decision', until: Date.UTC(2026, 10, 23, 8), reason: "waits for a recipient's working hours" }]);
    expect((await run(Date.UTC(2026, 10, 23, 8, 5))).posted).toEqual(['stale-decision:D-1:escalate']);
    expect(posted).toEqual(['escalation:stale-decision:D-1:escalate']);
  });

  it('an entry marked done by a run that died before updating it reads as posted, and is not posted again', async () => {
    const { run, posted, store } = setup({ decisions: stale(1) });
    await run(T0);
    const [entry] = await ledgerEntries(store, 'ENG');
    await store.set(`escalation:ENG:entry:${entry!.issueId}:${entry!.id}`, { ...entry, state: 'planned', postedAt: null, commentId: null });
    const again = await run(T0 + HOUR);
    expect(again).toMatchObject({ posted: [], alreadyDone: 1, openIds: [entry!.id] });
    expect((await ledgerEntries(store, 'ENG'))[0]).toMatchObject({ state: 'posted', commentId: '1' });
    expect(posted).toHaveLength(1);
  });

  it('an unconfigured project escalates nothing and says why', async () => {
    const { run, posted, store } = setup({ decisions: stale(1), unconfigured: true });
    expect(await run(T0)).toMatchObject({ due: 0, posted: [], skipped: ['Every rule: the project is not configured yet (save its settings first)'] });
    expect(posted).toEqual([]);
    expect(await ledgerEntries(store, 'ENG')).toEqual([]);
  });
});
