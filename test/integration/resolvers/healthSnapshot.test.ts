import type { HealthView } from '../../../src/contract/health';
import { HEALTH_QUEUE_KEY } from '../../../src/forge/healthQueue';
import type { RunningSandbox } from '../../../sandbox/server';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox } from '../../support/sandbox';

/**
 * The health snapshot end to end through the local Forge: computed by the queue consumer the hourly
 * trigger feeds, read by one resolver call, incremental, rebuilt when the board changes, the same
 * under duplicate delivery.
 */
jest.setTimeout(60_000);

describe('health snapshot', () => {
  let sandbox: RunningSandbox & { dataDir: string };
  let call: Call;
  let projectKey: string;
  const page = () => ({ type: 'jira:projectPage', project: { key: projectKey } });
  const lead = () => personWithRole(sandbox, 'delivery-tech-lead').accountId;

  /** Runs the consumer for one project, as one delivery of its event. */
  const consume = (body: Record<string, unknown>, eventId = `e-${Math.random()}`) =>
    sandbox.forge.invokeFunction('health-refresh', [{ body, eventId, queueName: HEALTH_QUEUE_KEY }, { installContext: sandbox.forge.site.installContext }]);
  const jiraRequests = () => Object.entries(sandbox.jira.stats()).reduce((sum, [, n]) => sum + n, 0);
  const overview = async (accountId = lead()) => {
    const result = await call('project/overview', accountId, page());
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    projectKey = sandbox.jira.data().projects[0]!.key;
  });
  afterAll(() => sandbox.close());

  it('never computed: the first open queues a full refresh and says so; the consumer computes it', async () => {
    const first = await overview();
    expect(first.health.computedAt).toBeNull();
    expect(first.health.refresh).toMatchObject({ state: 'running', phase: 'Queued' });
    expect(first.health.signals).toEqual([]);
    await sandbox.forge.queue.drain();
    const second = await overview();
    expect(second.health.computedAt).not.toBeNull();
    expect(second.health.refresh.state).toBe('idle');
    expect(second.boardName).toBe(`${projectKey} board`);
    expect(second.health.signals.map((s) => s.key)).toEqual(['velocity', 'scope', 'leadTime', 'defectEscape', 'decisions', 'acceptance', 'blockers', 'partner', 'nps']);
    expect(second.health.velocity.filter((v) => v.state === 'closed').length).toBeGreaterThan(3);
    expect(second.health.estimationField).toBe('Story Points');
  });

  it('the page renders from one resolver call that reads app storage: no Jira request beyond the permission check and the project', async () => {
    sandbox.jira.resetStats();
    await overview();
    const paths = Object.keys(sandbox.jira.stats()).sort();
    expect(paths.every((p) => /permissions|\/project\/|\/user\/bulk/.test(p))).toBe(true);
    expect(paths.some((p) => /search|changelog|board/.test(p))).toBe(false);
  });

  it('every number opens the issues behind it, with a JQL for Jira’s search', async () => {
    const { health } = await overview();
    const sprint = health.velocity.find((v) => v.state === 'closed' && v.committed.issueCount > 0)!;
    const result = await call('health/issues', lead(), page(), { ref: sprint.committed.ref });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.rows).toHaveLength(sprint.committed.issueCount);
    expect(result.data.rows.reduce((sum, r) => sum + (r.points ?? 0), 0)).toBe(sprint.committed.value);
    expect(result.data.jql).toBe(`issuekey in (${result.data.rows.map((r) => r.key).join(', ')})`);
    expect(result.data.rows.every((r) => r.summary.length > 0 && r.event.length > 0)).toBe(true);
  });

  it('a tile opens the issues of the sprint its reason names', async () => {
    const { health } = await overview();
    for (const key of ['velocity', 'scope'] as const) {
      const tile = health.signals.find((s) => s.key === key)!;
      expect(tile.ref).not.toBeNull();
      const list = await call('health/issues', lead(), page(), { ref: tile.ref! });
      if (!list.ok) throw new Error(list.error.message);
      const sprintName = list.data.title.split(':')[0]!;
      expect(tile.reason).toMatch(new RegExp(`${sprintName}\\b`));
    }
  });

  it('refuses an outsider, an unknown ref and a malformed one, each with its own clear error', async () => {
    const { health } = await overview();
    const ref = health.velocity[0]!.committed.ref!;
    const stranger = await call('health/issues', outsider(sandbox).accountId, page(), { ref });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('health/issues', lead(), page(), { ref: 'v:999999:committed' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('health/issues', lead(), page(), { ref: '../../meta' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('health/refresh', outsider(sandbox).accountId, page(), {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a refresh with nothing changed makes at most 3 Jira requests and changes no number', async () => {
    const before = (await overview()).health;
    await sandbox.clock.advance(60 * 60_000);
    sandbox.jira.resetStats();
    await consume({ projectKey });
    expect(jiraRequests()).toBeLessThanOrEqual(3);
    const after = (await overview()).health;
    expect(strip(after)).toEqual(strip(before));
  });

  it('a changed issue is read again (with its changelog) and its new estimate counts; at most 6 requests', async () => {
    const { health } = await overview();
    const active = health.velocity.find((v) => v.state === 'active')!;
    const list = await call('health/issues', lead(), page(), { ref: active.committed.ref });
    if (!list.ok) throw new Error(list.error.message);
    const target = list.data.rows.find((r) => r.points !== null)!;
    const developer = personWithRole(sandbox, 'developer');
    const response = await fetch(`${sandbox.url}/rest/api/3/issue/${target.key}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': developer.accountId },
      body: JSON.stringify({ fields: { customfield_10016: (target.points ?? 0) + 5 } }),
    });
    expect(response.status).toBe(204);
    await sandbox.clock.advance(60 * 60_000);
    sandbox.jira.resetStats();
    await consume({ projectKey });
    expect(jiraRequests()).toBeLessThanOrEqual(6);
    const after = (await overview()).health;
    const scope = after.scope.find((s) => s.sprintId === active.sprintId)!;
    const up = await call('health/issues', lead(), page(), { ref: scope.reestimatedUp.ref! });
    expect(up.ok && up.data.rows.some((r) => r.key === target.key && r.points === 5 && r.event === `Re-estimated ${target.points} → ${target.points! + 5}`)).toBe(true);
  });

  it('delivered twice, at once and out of order, the snapshot is the one a single delivery computes', async () => {
    await consume({ projectKey, full: true });
    const single = strip((await overview()).health);
    await Promise.all([consume({ projectKey, full: true }, 'dup'), consume({ projectKey, full: true }, 'dup'), consume({ projectKey })]);
    expect(strip((await overview()).health)).toEqual(single);
  });

  it('"refresh now" queues a refresh that reads the board again, shown as running until done', async () => {
    const result = await call('health/refresh', lead(), page(), {});
    expect(result).toMatchObject({ ok: true, data: { state: 'running' } });
    expect((await overview()).health.refresh.state).toBe('running');
    await sandbox.forge.queue.drain();
    expect((await overview()).health.refresh.state).toBe('idle');
  });

  it('a malformed event is dropped with a log, never retried forever', async () => {
    await expect(consume({ projectKey: 'not a key' })).resolves.toMatchObject({ kind: 'failed' });
  });
});

/** The view without the times that move with the clock. */
function strip(view: HealthView) {
  const { computedAt: _c, servedAt: _s, refresh: _r, signals, ...rest } = view;
  return { ...rest, signals: signals.map((s) => ({ ...s, reason: s.key === 'blockers' || s.key === 'decisions' || s.key === 'acceptance' ? '' : s.reason })) };
}
