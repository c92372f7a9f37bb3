import type { IssueAcceptanceView } from '../../../src/contract/resolvers';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const READY = '10003';
const DONE_TRANSITION_TO = 'Done';

describe('customer acceptance against the sandbox', () => {
  let sandbox: Sandbox;
  let call: Call;
  let people: Record<'owner' | 'developer' | 'lead', string>;
  const panel = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });

  // Time moves on between steps, as it does between a change request and a re-submission.
  let clock = TEST_NOW;
  const later = () => (clock += 10 * 60_000);

  beforeAll(async () => {
    sandbox = await testSandbox(() => clock);
    call = resolverCaller(sandbox);
    people = {
      owner: personWithRole(sandbox, 'client-product-owner').accountId,
      developer: personWithRole(sandbox, 'developer').accountId,
      lead: personWithRole(sandbox, 'delivery-tech-lead').accountId,
    };
  });
  afterAll(() => sandbox.close());

  const view = async (key: string, who = people.owner): Promise<IssueAcceptanceView> => {
    const result = await call('acceptance/forIssue', who, panel(key));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const awaitingIssues = async () => {
    const keys = sandbox.jira.data().issues.filter((i) => i.fields.statusId === READY).map((i) => i.key);
    const views = await Promise.all(keys.map((k) => view(k)));
    return views.filter((v) => v.state === 'awaiting').map((v) => v.issueKey);
  };
  const transition = async (key: string, toName: string, as: string) => {
    const listed = (await (await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { headers: { 'x-sandbox-as': as } })).json()) as { transitions: { id: string; to: { name: string } }[] };
    const id = listed.transitions.find((t) => t.to.name === toName)!.id;
    const response = await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sandbox-as': as }, body: JSON.stringify({ transition: { id } }) });
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as { errorMessages: string[] }) };
  };
  const statusOf = (key: string) => {
    const issue = sandbox.jira.data().issues.find((i) => i.key === key)!;
    return sandbox.jira.data().statuses.find((s) => s.id === issue.fields.statusId)!.name;
  };
  const stored = async () => JSON.stringify(await sandbox.storage.acceptance.listByProject('ENG'));

  it('the seeded demo keeps every verdict of rejected-then-accepted work', async () => {
    const records = await sandbox.storage.acceptance.listByProject('ENG');
    const rejectedThenAccepted = records.filter((r) => r.verdicts.some((v) => v.verdict === 'changes-requested') && r.verdicts.at(-1)!.verdict === 'accepted');
    expect(rejectedThenAccepted.length).toBeGreaterThanOrEqual(5);
    expect(records.every((r) => r.version === r.verdicts.length)).toBe(true);
  });

  it('the demo has work awaiting the client; its panel offers the verdict only to acceptors', async () => {
    const [key] = await awaitingIssues();
    expect(key).toBeDefined();
    // Jira has not run the app's check in this project yet: the panel may not say Done is blocked.
    expect(await view(key!)).toMatchObject({ state: 'awaiting', canVerdict: true, readyStatus: 'Ready for Acceptance', gateEnabled: true, gateAskedAt: null });
    expect(await view(key!, people.developer)).toMatchObject({ state: 'awaiting', canVerdict: false });
  });

  it('the full round: refused Done, change request with a comment, back in progress, re-submitted, accepted, Done passes', async () => {
    const [key] = await awaitingIssues();
    const issue = sandbox.jira.data().issues.find((i) => i.key === key)!;

    const refused = await transition(key!, DONE_TRANSITION_TO, people.developer);
    expect(refused.status).toBe(400);
    expect(refused.body!.errorMessages[0]).toMatch(/^Waiting for acceptance by the client: ask .*Emily Carter/);
    expect(statusOf(key!)).toBe('Ready for Acceptance');
    // Jira ran the check: from now on the project's panels say that Done is blocked.
    expect((await view(key!)).gateAskedAt).toBe(new Date(clock).toISOString());

    expect(await call('acceptance/accept', people.developer, panel(key!), { expectedVersion: (await view(key!)).version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const before = await stored();
    expect(await call('acceptance/requestChanges', people.owner, panel(key!), { feedback: '   ', expectedVersion: (await view(key!)).version })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await stored()).toBe(before);

    const comments = issue.comments.length;
    const requested = await call('acceptance/requestChanges', people.owner, panel(key!), { feedback: 'The size chart overlaps the basket button on small phones.', expectedVersion: (await view(key!)).version });
    expect(requested).toMatchObject({ ok: true, data: { state: 'changes-requested' } });
    expect(issue.comments).toHaveLength(comments + 1);
    const comment = JSON.stringify(issue.comments.at(-1)!.body);
    expect(comment).toContain('The size chart overlaps the basket button on small phones.');
    if (issue.fields.assigneeId) expect(comment).toContain(`"id":"${issue.fields.assigneeId}"`);
    expect(statusOf(key!)).toBe('In Progress');

    later();
    expect((await transition(key!, 'Ready for Acceptance', people.developer)).status).toBe(204);
    const resubmitted = await view(key!);
    expect(resubmitted).toMatchObject({ state: 'awaiting', canVerdict: true });
    expect(resubmitted.round).toBeGreaterThanOrEqual(2);

    later();
    const accepted = await call('acceptance/accept', people.owner, panel(key!), { expectedVersion: resubmitted.version });
    expect(accepted).toMatchObject({ ok: true, data: { state: 'accepted' } });
    if (accepted.ok) expect(accepted.data.history.map((h) => h.verdict).slice(-2)).toEqual(['changes-requested', 'accepted']);

    expect((await transition(key!, DONE_TRANSITION_TO, people.developer)).status).toBe(204);
    expect(statusOf(key!)).toBe('Done');
  });

  it('two verdicts at the same moment: one lands, the other is told', async () => {
    later();
    const [key] = await awaitingIssues();
    const version = (await view(key!)).version;
    const [a, b] = await Promise.all([
      call('acceptance/accept', people.owner, panel(key!), { expectedVersion: version }),
      call('acceptance/requestChanges', people.owner, panel(key!), { feedback: 'Please rename the button.', expectedVersion: version }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const record = await sandbox.storage.acceptance.get('ENG', sandbox.jira.data().issues.find((i) => i.key === key)!.id);
    expect(record!.verdicts.filter((v) => v.at === clock)).toHaveLength(1);
  });

  it('an acceptance faked through an issue property does not open the gate', async () => {
    const [key] = await awaitingIssues();
    const put = await fetch(`${sandbox.url}/rest/api/3/issue/${key}/properties/engagement-health-acceptance`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': people.developer },
      body: JSON.stringify({ state: 'accepted' }),
    });
    expect(put.ok).toBe(true);
    expect((await transition(key!, DONE_TRANSITION_TO, people.developer)).status).toBe(400);
  });

  it('the validator refuses what it cannot read, and lets work through once the project turns the gate off and the client sponsor confirms', async () => {
    // Forge's event shape without an issue key: the function named by the manifest, run as Forge would.
    expect(await sandbox.forge.invokeFunction('acceptance-validator', [{ issue: {} }, { installContext: sandbox.forge.site.installContext }])).toMatchObject({ result: false, errorMessage: expect.stringContaining('could not read') });
    const [key] = await awaitingIssues();
    const admin = personWithRole(sandbox, 'project-admin').accountId;
    const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
    const current = await call('policy/get', admin, settings);
    if (!current.ok) throw new Error(JSON.stringify(current.error));
    const off = { ...current.data.policy, acceptance: { ...current.data.policy.acceptance, gateEnabled: false } };
    const proposed = await call('policy/save', admin, settings, { policy: off, expectedVersion: current.data.version });
    if (!proposed.ok) throw new Error(JSON.stringify(proposed.error));
    const sponsor = personWithRole(sandbox, 'client-sponsor').accountId;
    expect(await call('policy/confirm', sponsor, settings, { expectedVersion: proposed.data.version })).toMatchObject({ ok: true, data: { policy: { acceptance: { gateEnabled: false } } } });
    expect((await transition(key!, DONE_TRANSITION_TO, people.developer)).status).toBe(204);
    const on = await call('policy/get', admin, settings);
    if (!on.ok) throw new Error(JSON.stringify(on.error));
    await call('policy/save', admin, settings, { policy: { ...on.data.policy, acceptance: { ...on.data.policy.acceptance, gateEnabled: true } }, expectedVersion: on.data.version });
  });

  it('the queue lists what awaits the client, oldest first, and per-sprint acceptance', async () => {
    const result = await call('acceptance/queue', people.lead, { type: 'jira:projectPage', project: { key: 'ENG' } });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const ages = result.data.awaiting.map((a) => a.ageHours);
    expect(ages.length).toBeGreaterThan(0);
    expect([...ages].sort((x, y) => y - x)).toEqual(ages);
    expect(result.data.awaiting.map((a) => a.issueKey).sort()).toEqual((await awaitingIssues()).sort());
    expect(result.data.sprints.some((s) => s.accepted > 0 && s.firstPassRate !== null)).toBe(true);
    expect(result.data.sprints.some((s) => s.changeRequests > 0)).toBe(true);
  });
});
