/**
 * The sandbox as a developer uses it: the app runs in the local Forge, the clock
 * moves by request and the triggers follow it, records survive a restart, and a
 * project is visited by the triggers as soon as it is configured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitmentKey } from '../../../src/app/sprintCommitments';
import { HOURLY_TRIGGER, startSandbox, type RunningSandbox } from '../../../sandbox/server';
import { resolverCaller } from '../../support/resolverCaller';
import { personWithRole, TEST_NOW } from '../../support/sandbox';

jest.setTimeout(120_000);

let dataDir: string;
let sandbox: RunningSandbox;
const start = () => startSandbox({ port: 0, dataDir, now: () => TEST_NOW, seed: 'test' });
const post = (path: string, body?: unknown) => fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'eh-forge-'));
  sandbox = await start();
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the sandbox on the local Forge', () => {
  it('moving the clock an hour runs the hourly trigger, which records the active sprint’s commitment', async () => {
    const active = sandbox.jira.data().sprints.find((s) => s.state === 'active')!;
    expect(await sandbox.storage.store.get(commitmentKey('ENG', active.id))).toBeUndefined();
    const before = (await (await fetch(`${sandbox.url}/__sandbox/clock`)).json()) as { now: string; nextTriggerRuns: Record<string, string> };
    expect(before.now).toBe(new Date(TEST_NOW).toISOString());
    const moved = await post('/__sandbox/clock', { advance: '61m' });
    expect(moved.status).toBe(200);
    const after = (await moved.json()) as { now: string; nextTriggerRuns: Record<string, string> };
    expect(after.now).toBe(new Date(TEST_NOW + 61 * 60_000).toISOString());
    expect(Date.parse(after.nextTriggerRuns[HOURLY_TRIGGER]!)).toBeGreaterThan(Date.parse(after.now));
    expect(await sandbox.storage.store.get(commitmentKey('ENG', active.id))).toMatchObject({ sprintId: active.id, recordedAt: TEST_NOW + 61 * 60_000 });
  });

  it('refuses a clock moved back or a step it cannot read', async () => {
    expect((await post('/__sandbox/clock', { to: new Date(TEST_NOW).toISOString() })).status).toBe(400);
    const unreadable = await post('/__sandbox/clock', { advance: 'soon' });
    expect(unreadable.status).toBe(400);
    expect(await unreadable.json()).toEqual({ error: expect.stringContaining('"soon" is not a duration') });
  });

  it('POST /__sandbox/triggers/<key> runs a trigger now and answers its report; an unknown key is 404', async () => {
    const run = await post(`/__sandbox/triggers/${HOURLY_TRIGGER}`);
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ projects: 1, recorded: [], mirrorsRewritten: [] });
    const unknown = await post('/__sandbox/triggers/refresh');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: expect.stringContaining(HOURLY_TRIGGER) });
  });

  it('registers a project without a board when its policy is saved, and the trigger visits it', async () => {
    const admin = personWithRole(sandbox, 'project-admin').accountId;
    sandbox.jira.data().projects.push({ id: '10500', key: 'OPS', name: 'Operations', leadAccountId: admin, permissions: { [admin]: ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS', 'EDIT_ISSUES'] } });
    const call = resolverCaller(sandbox);
    const settings = { type: 'jira:projectSettingsPage', project: { key: 'OPS' } };
    const current = await call('policy/get', admin, settings);
    if (!current.ok) throw new Error(JSON.stringify(current.error));
    const policy = current.data.policy;
    const categories = { ...policy.categories, product: { ...policy.categories.product, ownerIds: [admin] }, scope: { ...policy.categories.scope, ownerIds: [admin] } };
    const saved = await call('policy/save', admin, settings, { policy: { ...policy, categories }, expectedVersion: current.data.version });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(await sandbox.storage.store.get('project:OPS')).toMatchObject({ projectKey: 'OPS' });
    expect(await sandbox.refresh()).toMatchObject({ projects: 2 });
  });

  it('keeps what users did across a restart: a decision raised and recorded, its mirror, the verdicts', async () => {
    const call = resolverCaller(sandbox);
    const lead = personWithRole(sandbox, 'delivery-tech-lead').accountId;
    const owner = personWithRole(sandbox, 'client-product-owner').accountId;
    const target = sandbox.jira.data().issues.find((i) => !('engagement-health-decisions' in i.properties))!;
    const panel = { type: 'jira:issuePanel', issue: { key: target.key, id: target.id }, project: { key: 'ENG' } };
    const raised = await call('decisions/raise', lead, panel, { category: 'product', question: 'Keep the wishlist across devices?', optionsConsidered: [] });
    if (!raised.ok) throw new Error(JSON.stringify(raised.error));
    const decided = await call('decisions/record', owner, panel, { decisionId: raised.data.id, outcome: 'Yes, for signed-in shoppers.', expectedVersion: raised.data.version });
    expect(decided).toMatchObject({ ok: true, data: { status: 'decided' } });

    const verdicts = JSON.stringify(await sandbox.storage.acceptance.listByProject('ENG'));
    expect(verdicts.length).toBeGreaterThan(1000);

    const movedTo = sandbox.clock.now();
    await sandbox.close();
    sandbox = await start();
    expect(JSON.stringify(await sandbox.storage.acceptance.listByProject('ENG'))).toBe(verdicts);
    // The clock moved in the first test stays moved: time does not run back behind stored records.
    expect(sandbox.clock.now()).toBe(movedTo);
    const after = await resolverCaller(sandbox)('decisions/forIssue', lead, panel);
    if (!after.ok) throw new Error(JSON.stringify(after.error));
    const found = after.data.decisions.find((d) => d.id === raised.data.id);
    expect(found).toMatchObject({ status: 'decided', outcome: 'Yes, for signed-in shoppers.' });
    expect(sandbox.jira.data().issues.find((i) => i.id === target.id)!.properties['engagement-health-decisions']).toMatchObject({ statuses: ['decided'] });
  });
});
