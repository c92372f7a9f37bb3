/**
 * Every user action lands once or not at all, under the Jira faults that broke it before:
 * a retried action (same action id) after a failure that came after the save; a comment
 * whose POST got a 504 after Jira stored it; a comment Jira refused, completed later by
 * the next view or the hourly trigger — once, never twice, and shown as pending until then.
 */
import type { IssueAcceptanceView } from '../../../src/contract/resolvers';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const READY = '10003';
/** Only the POST: the look for an earlier comment (a GET of the same path) must get through. */
const COMMENT_POST = 'POST /rest/api/3/issue/{issueIdOrKey}/comment';

jest.setTimeout(60_000);
let sandbox: Sandbox;
let call: Call;

let people: Record<'owner' | 'lead' | 'admin', string>;
let n = 0;
const actionId = () => `action-${++n}-${'x'.repeat(8)}`;

beforeAll(async () => {
  sandbox = await testSandbox();
  call = resolverCaller(sandbox);
  people = { owner: personWithRole(sandbox, 'client-product-owner').accountId, lead: personWithRole(sandbox, 'delivery-tech-lead').accountId, admin: personWithRole(sandbox, 'project-admin').accountId };
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.jira.clearFaults());

const panel = (key: string) => {
  const issue = sandbox.jira.data().issues.find((i) => i.key === key)!;
  return { type: 'jira:issuePanel', issue: { key, id: issue.id }, project: { key: 'ENG' } };
};
const issueWithoutDecisions = () => sandbox.jira.data().issues.find((i) => !('engagement-health-decisions' in i.properties) && i.fields.statusId !== '10001' && i.fields.statusId !== READY)!.key;
/** Fails Jira's bulk user lookup more often than the client retries: a read the answer needs after the save. */
const failPeopleLookup = () => sandbox.jira.injectFault({ match: '/rest/api/3/user/bulk', kind: 'server-error', status: 503, times: 5 });
const ok = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
};
const comments = (key: string) => sandbox.jira.data().issues.find((i) => i.key === key)!.comments;
const statusName = (key: string) => {
  const issue = sandbox.jira.data().issues.find((i) => i.key === key)!;
  return sandbox.jira.data().statuses.find((s) => s.id === issue.fields.statusId)!.name;
};
async function awaitingIssue(skip: readonly string[] = []): Promise<string> {
  for (const issue of sandbox.jira.data().issues.filter((i) => i.fields.statusId === READY && !skip.includes(i.key))) {
    const view = ok(await call('acceptance/forIssue', people.owner, panel(issue.key)));
    if (view.state === 'awaiting' && view.canVerdict) return issue.key;
  }
  throw new Error('no issue awaits the product owner');
}
const used: string[] = [];

describe('exactly once', () => {
  it('a raise retried with its action id after a failure that came after the save stores one decision', async () => {
    const key = issueWithoutDecisions();
    const payload = { category: 'product', question: 'Is the wishlist shared between devices?', optionsConsidered: [], actionId: actionId() };
    failPeopleLookup();
    const first = await call('decisions/raise', people.lead, panel(key), payload);
    expect(first.ok).toBe(false);
    const second = ok(await call('decisions/raise', people.lead, panel(key), payload));
    const onIssue = (await sandbox.storage.decisions.listByProject('ENG')).filter((d) => d.issueKey === key && d.question === payload.question);
    expect(onIssue.map((d) => d.id)).toEqual([second.id]);

    // Recording it: the retry after a late failure is the same success, not "someone else changed this decision".
    const record = { decisionId: second.id, outcome: 'Yes, for signed-in shoppers.', expectedVersion: second.version, actionId: actionId() };
    failPeopleLookup();
    expect((await call('decisions/record', people.owner, panel(key), record)).ok).toBe(false);
    expect(ok(await call('decisions/record', people.owner, panel(key), record))).toMatchObject({ id: second.id, status: 'decided' });
    expect((await sandbox.storage.decisions.get('ENG', second.id))!.history.filter((e) => e.type === 'decided')).toHaveLength(1);
  });

  it('a change request whose comment got a 504 after Jira stored it posts the comment once', async () => {
    const key = await awaitingIssue(used);
    used.push(key);
    const before = comments(key).length;
    const view = ok(await call('acceptance/forIssue', people.owner, panel(key)));
    sandbox.jira.injectFault({ match: COMMENT_POST, kind: 'server-error', status: 504, times: 1, when: 'after' });
    const answer = ok(await call('acceptance/requestChanges', people.owner, panel(key), { feedback: 'Please show prices with VAT.', expectedVersion: view.version, actionId: actionId() }));
    expect(answer.state).toBe('changes-requested');
    expect(answer.pending.map((p) => p.kind)).toEqual(['comment', 'transition']);
    expect(comments(key)).toHaveLength(before + 1);

    const next = ok(await call('acceptance/forIssue', people.lead, panel(key)));
    expect(next.pending).toEqual([]);
    expect(comments(key)).toHaveLength(before + 1);
    expect(statusName(key)).toBe('In Progress');
    const report = (await sandbox.refresh()) as { effectsDone: string[] };
    expect(report.effectsDone).toEqual([]);
    expect(comments(key)).toHaveLength(before + 1);
  });

  it('a change request whose comment Jira refused is stored, shown pending, and completed once by the hourly trigger', async () => {
    const key = await awaitingIssue(used);
    used.push(key);
    const before = comments(key).length;
    const view = ok(await call('acceptance/forIssue', people.owner, panel(key)));
    sandbox.jira.injectFault({ match: COMMENT_POST, kind: 'server-error', status: 503, times: 10 });
    const payload = { feedback: 'The size chart needs centimetres.', expectedVersion: view.version, actionId: actionId() };
    const answer: IssueAcceptanceView = ok(await call('acceptance/requestChanges', people.owner, panel(key), payload));
    expect(answer.state).toBe('changes-requested');
    expect(answer.pending.map((p) => p.words)).toEqual(['comment', 'move to In Progress']);
    expect(comments(key)).toHaveLength(before);
    expect(statusName(key)).toBe('Ready for Acceptance');

    // The same action again (the user clicked twice): the same verdict, not a second one.
    expect(ok(await call('acceptance/requestChanges', people.owner, panel(key), payload)).version).toBe(answer.version);
    sandbox.jira.clearFaults();
    const report = (await sandbox.refresh()) as { effectsDone: string[] };
    expect(report.effectsDone).toHaveLength(2);
    expect(comments(key)).toHaveLength(before + 1);
    expect(statusName(key)).toBe('In Progress');
    expect((await sandbox.refresh()) as { effectsDone: string[] }).toMatchObject({ effectsDone: [] });
    expect(ok(await call('acceptance/forIssue', people.owner, panel(key))).pending).toEqual([]);
    const record = await sandbox.storage.acceptance.get('ENG', sandbox.jira.data().issues.find((i) => i.key === key)!.id);
    expect(record!.verdicts.filter((v) => v.verdict === 'changes-requested' && v.feedback === payload.feedback)).toHaveLength(1);
  });

  it('an accept and a policy save retried after a late failure succeed once', async () => {
    const key = await awaitingIssue(used);
    used.push(key);
    const view = ok(await call('acceptance/forIssue', people.owner, panel(key)));
    const accept = { expectedVersion: view.version, actionId: actionId() };
    failPeopleLookup();
    expect((await call('acceptance/accept', people.owner, panel(key), accept)).ok).toBe(false);
    expect(ok(await call('acceptance/accept', people.owner, panel(key), accept))).toMatchObject({ state: 'accepted', version: view.version + 1 });

    const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
    const current = ok(await call('policy/get', people.admin, settings));
    const save = { policy: { ...current.policy, budgetPoints: (current.policy.budgetPoints ?? 100) + 7 }, expectedVersion: current.version, actionId: actionId() };
    failPeopleLookup();
    expect((await call('policy/save', people.admin, settings, save)).ok).toBe(false);
    expect(ok(await call('policy/save', people.admin, settings, save))).toMatchObject({ version: current.version + 1 });
  });
});
