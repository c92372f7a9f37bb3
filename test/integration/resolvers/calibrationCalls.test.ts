import type { EscalationRunRecord } from '../../../src/app/escalation/runScan';
import { calibrationLedger } from '../../../src/app/calibration/calibrationCalls';
import { npsRecords } from '../../../src/app/nps/npsRecords';
import { EFFECT_ISSUE_PROPERTY } from '../../../src/domain/effects/types';
import { quarterAt } from '../../../src/domain/nps/quarters';
import { ESCALATION_QUEUE_KEY } from '../../../src/forge/escalationQueue';
import type { SandboxIssue } from '../../../sandbox/jira/model';
import type { RunningSandbox } from '../../../sandbox/server';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

/**
 * Concerns and calibration calls end to end through the local Forge and the sandbox Jira: who may raise
 * a concern and who reads it; each dissatisfaction signal (a concern, a detractor answer, a sharp NPS
 * drop) creates its calibration call exactly once — under a create Jira stored but answered 504 for,
 * repeated runs, two runs at once and the queue's duplicated, shuffled delivery; the project page lists
 * the open calls and flags one still open a week later.
 */
jest.setTimeout(180_000);

const MINUTE = 60_000;
const DAY = 86_400_000;
const PROJECT = 'ENG';
const project = { type: 'jira:projectPage', project: { key: PROJECT } };
const settings = { type: 'jira:projectSettingsPage', project: { key: PROJECT } };
const panel = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: PROJECT } });

describe('concerns and calibration calls', () => {
  let sandbox: RunningSandbox & { dataDir: string };
  let call: Call;
  let now = TEST_NOW;
  const who = () => ({
    admin: personWithRole(sandbox, 'project-admin'),
    developer: personWithRole(sandbox, 'developer'),
    otherDeveloper: sandbox.jira.data().users.filter((u) => u.role === 'developer')[1]!,
    techLead: personWithRole(sandbox, 'delivery-tech-lead'),
    clientSponsor: personWithRole(sandbox, 'client-sponsor'),
    deliverySponsor: personWithRole(sandbox, 'delivery-sponsor'),
  });

  /** The issues the app created for an outbox effect, by their mark. */
  const calls = (): SandboxIssue[] => sandbox.jira.data().issues.filter((i) => typeof (i.properties[EFFECT_ISSUE_PROPERTY] as { effectId?: unknown } | undefined)?.effectId === 'string');
  const marks = () => calls().map((i) => (i.properties[EFFECT_ISSUE_PROPERTY] as { effectId: string }).effectId);
  const lastRun = () => sandbox.storage.store.get<EscalationRunRecord>(`escalation:${PROJECT}:run`);
  const scan = (eventId = `e-${Math.random()}`) =>
    sandbox.forge.invokeFunction('escalation-scan', [{ body: { projectKey: PROJECT }, eventId, queueName: ESCALATION_QUEUE_KEY }, { installContext: sandbox.forge.site.installContext }]) as Promise<EscalationRunRecord>;
  const storedConcerns = async () => (await sandbox.storage.store.list(`concern:${PROJECT}:`)).length;
  const overview = async (accountId: string) => {
    const answer = await call('project/overview', accountId, project);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  const raise = async (accountId: string, where: unknown, payload: { text: string; linkIssue?: boolean; actionId?: string }) => {
    const answer = await call('concerns/raise', accountId, where, payload);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return answer.data;
  };

  /** Only calibration calls escalate in this suite: the other rules' comments are escalationScan.test.ts's. */
  async function setEscalation(mode: 'preview' | 'live') {
    const view = await call('policy/get', who().admin.accountId, settings);
    if (!view.ok) throw new Error(view.error.message);
    const { escalation } = view.data.policy;
    const rules = { blocker: { ...escalation.rules.blocker, enabled: false }, decisionReminder: { ...escalation.rules.decisionReminder, enabled: false }, staleDecision: { enabled: false }, scopeChange: { enabled: false } };
    const saved = await call('policy/save', who().admin.accountId, settings, { policy: { ...view.data.policy, escalation: { ...escalation, mode, rules } }, expectedVersion: view.data.version });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  }

  async function transition(key: string, toName: string, as: string) {
    const listed = (await (await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { headers: { 'x-sandbox-as': as } })).json()) as { transitions: { id: string; to: { name: string } }[] };
    const id = listed.transitions.find((t) => t.to.name === toName)!.id;
    const response = await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sandbox-as': as }, body: JSON.stringify({ transition: { id } }) });
    return response.status;
  }

  beforeAll(async () => {
    sandbox = await testSandbox(() => now);
    call = resolverCaller(sandbox);
    await setEscalation('preview');
    await sandbox.refresh();
  });
  afterAll(() => sandbox.close());

  it('refuses a concern whose text is missing, too long or unsafe, field by field, and stores nothing', async () => {
    const { developer } = who();
    for (const text of ['', '   ', 'x'.repeat(2001), 'broken \u0007 bell', 'half an emoji \ud83d']) {
      const answer = await call('concerns/raise', developer.accountId, project, { text });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid', fields: { text: expect.any(String) } } });
    }
    expect(await call('concerns/raise', developer.accountId, project, { text: 'fine', owner: 'me' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('concerns/raise', developer.accountId, project, { text: 'fine', linkIssue: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid', fields: { linkIssue: expect.any(String) } } });
    // Someone who may not see the project hears that it is not there.
    expect(await call('concerns/raise', outsider(sandbox).accountId, project, { text: 'Let me in' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await storedConcerns()).toBe(0);
  });

  it('takes a concern from anyone on the project, once per action; a developer reads only their own, both sponsors read all', async () => {
    const { developer, otherDeveloper, techLead, clientSponsor, deliverySponsor } = who();
    const first = await raise(developer.accountId, project, { text: '  The demos keep slipping\nand nobody says why.  ', actionId: 'action-dev-0001' });
    expect(first.concern).toMatchObject({ text: 'The demos keep slipping\nand nobody says why.', issueKey: null, mine: true, call: { state: 'waiting' } });
    expect(first.readers).toEqual([
      { accountId: clientSponsor.accountId, displayName: clientSponsor.displayName, role: 'client sponsor' },
      { accountId: deliverySponsor.accountId, displayName: deliverySponsor.displayName, role: 'delivery sponsor' },
    ]);
    expect(first.waitReason).toBe('preview');
    // The same action tried again (its answer was lost): the same concern, not a second one.
    const again = await raise(developer.accountId, project, { text: 'The demos keep slipping\nand nobody says why.', actionId: 'action-dev-0001' });
    expect(again.concern.id).toBe(first.concern.id);
    // From an issue's panel, about that issue.
    now += MINUTE;
    const fromPanel = await raise(otherDeveloper.accountId, panel('ENG-3'), { text: 'ENG-3 was accepted without a review.', actionId: 'action-dev-0002' });
    expect(fromPanel.concern.issueKey).toBe('ENG-3');
    expect(await storedConcerns()).toBe(2);

    const mine = await overview(developer.accountId);
    expect(mine.concerns).toMatchObject({ scope: 'own', textMaxLength: 2000 });
    expect(mine.concerns.items.map((c) => c.id)).toEqual([first.concern.id]);
    expect((await overview(otherDeveloper.accountId)).concerns.items.map((c) => c.issueKey)).toEqual(['ENG-3']);
    expect((await overview(techLead.accountId)).concerns.items).toEqual([]);
    for (const sponsor of [clientSponsor, deliverySponsor]) {
      const { concerns } = await overview(sponsor.accountId);
      expect(concerns.scope).toBe('all');
      expect(concerns.items.map((c) => c.id)).toEqual([fromPanel.concern.id, first.concern.id]);
      expect(concerns.items.map((c) => c.raisedBy.displayName)).toEqual([otherDeveloper.displayName, developer.displayName]);
    }
  });

  it('in Preview the settings page lists each calibration call with its text and recipients; nothing is created', async () => {
    const { admin, developer, clientSponsor, deliverySponsor } = who();
    const preview = await call('escalation/preview', admin.accountId, settings);
    if (!preview.ok) throw new Error(preview.error.message);
    const items = preview.data.wouldPost.filter((i) => i.rule === 'calibration-call');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatchObject({ ruleWords: 'Calibration call', issueKey: PROJECT, state: 'would-post' });
      expect(item.recipients.map((r) => [r.displayName, r.role])).toEqual([
        [deliverySponsor.displayName, 'delivery sponsor'],
        [clientSponsor.displayName, 'client sponsor'],
      ]);
      expect(item.text).toMatch(/^Calibration call: a concern raised/);
      expect(item.text).toContain(`@${deliverySponsor.displayName}`);
      expect(item.text).toContain(`@${clientSponsor.displayName}`);
      expect(item.text).not.toContain(developer.displayName);
    }
    await sandbox.refresh();
    expect(calls()).toEqual([]);
    expect((await lastRun())!.mode).toBe('preview');
  });

  it('Live: each signal creates its call once — a concern, a detractor, an NPS drop — even the create Jira stored but answered 504 for', async () => {
    const { clientSponsor, deliverySponsor, developer } = who();
    // Three client answers this quarter: two detractors (one with a comment), NPS −33 after +50: a sharp drop.
    const quarter = quarterAt(now, 'UTC').id;
    const records = npsRecords(sandbox.storage.store, PROJECT);
    // Client people other than the sponsor (whom every call mentions).
    const client = sandbox.jira.data().users.filter((u) => u.team === 'client' && u.role !== 'guest' && u.accountId !== clientSponsor.accountId);
    await records.putAnswer(quarter, client[0]!.accountId, { score: 2, comment: 'Demos keep slipping; we hear of it last.', at: now - 2 * DAY });
    await records.putAnswer(quarter, client[1]!.accountId, { score: 5, comment: null, at: now - DAY });
    await records.putAnswer(quarter, client[2]!.accountId, { score: 9, comment: null, at: now - DAY + MINUTE });

    await setEscalation('live');
    sandbox.jira.injectFault({ match: 'POST /rest/api/3/issue', kind: 'server-error', status: 504, times: 1, when: 'after' });
    await sandbox.refresh();
    const first = (await lastRun())!;
    expect(first.failed).toHaveLength(1);
    expect(first.posted).toHaveLength(4);
    // Jira stored all five, the one whose answer was lost too.
    expect(calls()).toHaveLength(5);

    // Right away, the failed create's claim still holds (Jira's search may not see the issue yet): nothing is tried.
    sandbox.jira.clearFaults();
    await sandbox.refresh();
    expect((await lastRun())!.deferred.filter((d) => d.rule === 'calibration-call')).toHaveLength(1);
    expect(calls()).toHaveLength(5);

    // Once the claim has expired, the next run looks by JQL on the issue's mark, finds it, and creates nothing.
    now += 6 * MINUTE;
    await sandbox.refresh();
    const third = (await lastRun())!;
    expect(third).toMatchObject({ failed: [], posted: [], remaining: 0 });
    expect(calls()).toHaveLength(5);
    expect(new Set(marks()).size).toBe(5);
    const ledger = await calibrationLedger(sandbox.storage.store, PROJECT);
    expect(ledger.every((e) => e.state === 'posted' && e.createdIssue !== null)).toBe(true);
    expect(new Set(ledger.map((e) => e.createdIssue!.issueKey))).toEqual(new Set(calls().map((i) => i.key)));

    const task = sandbox.jira.data().issueTypes.find((t) => t.name === 'Task')!.id;
    for (const issue of calls()) {
      expect(issue.fields.summary).toMatch(/^Calibration call: (a concern raised|a detractor answer in Q4 2026|an NPS drop in Q4 2026)/);
      expect(issue.fields).toMatchObject({ issueTypeId: task, assigneeId: deliverySponsor.accountId, reporterId: expect.any(String) });
      expect(issue.fields.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const description = JSON.stringify(issue.fields.description);
      expect(description).toContain(`"id":"${deliverySponsor.accountId}"`);
      expect(description).toContain(`"id":"${clientSponsor.accountId}"`);
      // Who gave the signal is never named.
      for (const person of [developer, ...client]) {
        expect(description).not.toContain(person.displayName);
        expect(description).not.toContain(person.accountId);
      }
    }
    const detractor = calls().find((i) => JSON.stringify(i.fields.description).includes('Demos keep slipping; we hear of it last.'));
    expect(detractor?.fields.summary).toBe('Calibration call: a detractor answer in Q4 2026');
    expect(calls().filter((i) => i.fields.summary === 'Calibration call: an NPS drop in Q4 2026')).toHaveLength(1);
    // The concern's own view says its call is created, with the key.
    const { concerns } = await overview(developer.accountId);
    expect(concerns.items[0]!.call).toEqual({ state: 'created', issueKey: expect.stringMatching(/^ENG-\d+$/) });
  });

  it('two runs at once, repeated triggers and duplicated, shuffled queue delivery create nothing twice', async () => {
    const { developer, techLead } = who();
    await raise(developer.accountId, project, { text: 'Standups run long.', actionId: 'action-dev-0003' });
    await Promise.all([scan('dup'), scan('dup'), scan('other')]);
    expect(calls()).toHaveLength(6);

    await raise(techLead.accountId, panel('ENG-5'), { text: 'The client changes priorities mid-sprint.', actionId: 'action-lead-0001' });
    sandbox.forge.queue.setChaos({ duplicates: true, shuffle: true, seed: 'calibration' });
    try {
      now += 10 * MINUTE;
      await Promise.all([sandbox.refresh(), sandbox.refresh()]);
      now += 10 * MINUTE;
      await sandbox.refresh();
    } finally {
      sandbox.forge.queue.setChaos({});
    }
    expect(calls()).toHaveLength(7);
    expect(new Set(marks()).size).toBe(7);
    expect((await lastRun())!.failed).toEqual([]);
  });

  it('the project page lists the open calls, drops one once done, and flags those still open a week later as not held', async () => {
    const { techLead, deliverySponsor } = who();
    const before = (await overview(techLead.accountId)).calibrationCalls;
    expect(before.open).toHaveLength(7);
    expect(before).toMatchObject({ heldCount: 0, heldWithinDays: 7 });
    expect(before.open.every((c) => !c.notHeld && c.status === 'To Do' && c.assignee?.displayName === deliverySponsor.displayName)).toBe(true);
    expect(before.open.every((c) => c.summary.startsWith('Calibration call: ') && /^\d{4}-\d{2}-\d{2}$/.test(c.dueDate ?? ''))).toBe(true);

    // The delivery sponsor holds one and resolves it: the acceptance gate does not hold back a call the app created.
    const held = before.open[0]!.issueKey;
    expect(await transition(held, 'Done', deliverySponsor.accountId)).toBe(204);
    now += 8 * DAY;
    await sandbox.refresh();
    const after = (await overview(techLead.accountId)).calibrationCalls;
    expect(after.heldCount).toBe(1);
    expect(after.open.map((c) => c.issueKey)).not.toContain(held);
    expect(after.open).toHaveLength(6);
    expect(after.open.every((c) => c.notHeld)).toBe(true);
    // Nothing was created again meanwhile.
    expect(calls()).toHaveLength(7);
    // A call is not a change delivered: the held one is not in the lead time (it reached the done column).
    const { health } = await overview(techLead.accountId);
    const lead = await call('health/issues', techLead.accountId, project, { ref: health.leadTime.last90Days.ref });
    if (!lead.ok) throw new Error(lead.error.message);
    expect(lead.data.rows.length).toBeGreaterThan(0);
    expect(lead.data.rows.map((r) => r.key)).not.toContain(held);
  });

  it('the gate still holds back ordinary work that the client has not accepted', async () => {
    const { deliverySponsor } = who();
    const ordinary = sandbox.jira.data().issues.find((i) => i.fields.statusId === '3' && !calls().includes(i))!;
    expect(await transition(ordinary.key, 'Done', deliverySponsor.accountId)).toBe(400);
  });
});
