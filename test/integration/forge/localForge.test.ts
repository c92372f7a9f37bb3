/**
 * The local Forge runtime itself, with a small fixture app (fixture-app/): the
 * handlers run with Forge's invocation shapes, and their @forge/api, @forge/kvs
 * and @forge/events calls reach the sandbox Jira, the storage service and the
 * queue — as the invocation's user, on the sandbox clock, loudly when unsupported.
 */
import { join } from 'node:path';
import { createLocalForge, type LocalForge } from '../../../sandbox/forge';
import { createClock, type SandboxClock } from '../../../sandbox/forge/clock';
import { startService, USERS, NOW, type Running } from '../sandbox/fixtures';

const FIXTURE = join(__dirname, 'fixture-app');
const HOUR = 3_600_000;

let jira: Running;
let clock: SandboxClock;
let forge: LocalForge;
const logged: string[] = [];

beforeAll(async () => {
  jira = await startService();
});
afterAll(() => jira.close());
beforeEach(() => {
  clock = createClock(() => NOW);
  logged.length = 0;
  forge = createLocalForge({ manifestPath: join(FIXTURE, 'manifest.yml'), srcRoot: FIXTURE, jiraBaseUrl: jira.url, clock, log: (line) => logged.push(line) });
});
afterEach(() => forge.close());

const panel = (functionKey: string, accountId: string | undefined, payload: Record<string, unknown> = {}) =>
  forge.resolve({ moduleKey: 'fixture-panel', functionKey, payload, accountId, extension: { type: 'jira:issuePanel', issue: { key: 'ENG-1' } } });
const read = <T>(key: string) => forge.asApp(async () => (await import('@forge/kvs')).kvs.get<T>(key));

describe('the local Forge', () => {
  it('gives a resolver the caller as principal, and api.asUser() is that caller in Jira; Date.now is the sandbox clock', async () => {
    clock.advance(5 * HOUR);
    const answer = (await panel('whoami', USERS.carol)) as { principal: string; jiraSaysUser: string; now: number };
    expect(answer).toEqual({ principal: USERS.carol, jiraSaysUser: USERS.carol, now: NOW + 5 * HOUR });
    expect(((await panel('whoami', USERS.bob)) as { jiraSaysUser: string }).jiraSaysUser).toBe(USERS.bob);
    expect(forge.stats().calls['jira asUser']).toBe(2);
  });

  it('serves @forge/kvs from the storage service', async () => {
    expect(await panel('remember', USERS.alice, { id: 7, text: 'hello' })).toEqual({ stored: { text: 'hello' } });
    expect(await read('note:7')).toEqual({ text: 'hello' });
    expect(forge.stats().storage['/api/v1/set']).toBe(1);
  });

  it('fails loudly, naming the call, for what it does not serve and outside an invocation', async () => {
    await expect(panel('confluence', USERS.alice)).rejects.toThrow(/Local Forge: __forge_fetch__\(.*"remote":"confluence".*\/wiki\/api\/v2\/pages\) is not implemented/);
    const { kvs } = await import('@forge/kvs');
    await expect(kvs.get('x')).rejects.toThrow(/outside a Forge invocation/);
    await expect(forge.resolve({ moduleKey: 'no-such-module', functionKey: 'whoami', payload: {}, extension: {} })).rejects.toThrow(/no UI module "no-such-module"/);
  });

  it('runs a scheduled trigger with Forge’s event and context; api.asUser() there has no user and says so', async () => {
    const report = (await forge.runTrigger('fixture-hourly')) as { runs: number; event: { context: { moduleKey: string } }; installContext: string; asUser: string };
    expect(report.runs).toBe(1);
    expect(report.event.context.moduleKey).toBe('fixture-hourly');
    expect(report.installContext).toBe(forge.site.installContext);
    expect(report.asUser).toMatch(/api\.asUser\(\) in hourly: this invocation has no user/);
    await expect(forge.runTrigger('fixture-daily-failing')).rejects.toThrow('the fixture trigger always fails');
    await expect(forge.runTrigger('nope')).rejects.toThrow(/no scheduledTrigger "nope".*fixture-hourly, fixture-daily-failing/);
  });

  it('fires each trigger once an interval has passed on the sandbox clock, once per move however far', async () => {
    await forge.scheduler.tick();
    expect(await read('hourly-runs')).toBeUndefined();
    clock.advance(HOUR);
    await forge.scheduler.tick();
    expect(await read('hourly-runs')).toBe(1);
    clock.advance(30 * HOUR);
    await forge.scheduler.tick();
    await forge.scheduler.tick();
    expect(await read('hourly-runs')).toBe(2);
    expect(logged.some((line) => line.includes('fixture-daily-failing failed'))).toBe(true);
  });

  it('delivers queue pushes to the manifest’s consumers, retries a failure with retryContext, honours duplicates', async () => {
    await panel('push', USERS.alice, { queue: 'fixture-queue', bodies: [{ n: 1 }, { n: 2, failFirst: true }] });
    await forge.queue.drain({ advanceClock: (to) => clock.setTo(to) });
    expect(await read('done:1')).toEqual({ retryCount: 0 });
    expect(await read('done:2')).toEqual({ retryCount: 1 });

    forge.queue.setChaos({ duplicates: true, shuffle: true, seed: 'local-forge' });
    await panel('push', USERS.alice, { queue: 'fixture-queue', bodies: [{ n: 3 }] });
    await forge.queue.drain({ advanceClock: (to) => clock.setTo(to) });
    const deliveries = await forge.asApp(async () => (await import('@forge/kvs')).kvs.query().where('key', (await import('@forge/kvs')).WhereConditions.beginsWith('delivery:3:')).limit(10).getMany());
    expect(deliveries.results).toHaveLength(2);

    await panel('push', USERS.alice, { queue: 'fixture-resolver-queue', bodies: [{ n: 4 }] });
    await forge.queue.drain();
    expect(await read('resolver-consumer:4')).toEqual({ jobId: expect.any(String) });
    await expect(panel('push', USERS.alice, { queue: 'nobody-listens', bodies: [{ n: 5 }] })).rejects.toThrow(/nobody-listens/);
  });

  it('runs the workflow validator with the issue, the transition and the mover as principal', async () => {
    expect(await forge.validateTransition({ issueKey: 'ENG-1', fromStatusId: '1', toStatusId: '3', accountId: USERS.carol })).toEqual({ result: true });
    expect(await read('validated:ENG-1')).toEqual({ by: USERS.carol, to: '3' });
    expect(await forge.validateTransition({ issueKey: 'ENG-1', fromStatusId: '3', toStatusId: '99', accountId: USERS.carol })).toEqual({ result: false, errorMessage: 'Status 99 is closed to the fixture.' });
  });
});

describe('the local Forge on a clock that follows real time', () => {
  it('reads real time for the clock’s base inside an invocation, not the clock again', async () => {
    const startedAt = Date.now();
    const moving = createLocalForge({ manifestPath: join(FIXTURE, 'manifest.yml'), srcRoot: FIXTURE, jiraBaseUrl: jira.url, clock: createClock(() => NOW + (Date.now() - startedAt)) });
    try {
      const answer = (await moving.resolve({ moduleKey: 'fixture-panel', functionKey: 'remember', payload: { id: 1, text: 'x' }, accountId: USERS.alice, extension: {} })) as { stored: unknown };
      expect(answer.stored).toEqual({ text: 'x' });
      const now = (await moving.resolve({ moduleKey: 'fixture-panel', functionKey: 'whoami', payload: {}, accountId: USERS.alice, extension: {} })) as { now: number };
      expect(now.now - NOW).toBeGreaterThanOrEqual(0);
      expect(now.now - NOW).toBeLessThan(60_000);
    } finally {
      moving.close();
    }
  });

  it('a clock on real time and moved forward counts its offset once inside an invocation: an event pushed there is due at once', async () => {
    const clock = createClock();
    clock.advance(2 * 3_600_000);
    const moving = createLocalForge({ manifestPath: join(FIXTURE, 'manifest.yml'), srcRoot: FIXTURE, jiraBaseUrl: jira.url, clock });
    try {
      const now = (await moving.resolve({ moduleKey: 'fixture-panel', functionKey: 'whoami', payload: {}, accountId: USERS.alice, extension: {} })) as { now: number };
      expect(Math.abs(now.now - clock.now())).toBeLessThan(60_000);
      await moving.resolve({ moduleKey: 'fixture-panel', functionKey: 'push', payload: { queue: 'fixture-queue', bodies: [{ n: 41 }] }, accountId: USERS.alice, extension: {} });
      expect(await moving.queue.drain()).toBe(1);
    } finally {
      moving.close();
    }
  });
});
