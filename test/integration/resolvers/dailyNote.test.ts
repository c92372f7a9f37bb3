import type { EscalationEntry } from '../../../src/app/escalation/ledger';
import type { EscalationRunRecord } from '../../../src/app/escalation/runScan';
import { noteText } from '../../../src/contract/dailyNote';
import type { NoteDaysView, PolicyView } from '../../../src/contract/resolvers';
import { EFFECT_COMMENT_PROPERTY } from '../../../src/domain/effects/types';
import { ESCALATION_QUEUE_KEY } from '../../../src/forge/escalationQueue';
import type { RunningSandbox } from '../../../sandbox/server';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

/**
 * The daily note end to end through the local Forge: the project page's `note/days` computed from
 * app storage; the settings refuse an issue that is not the project's; in Live, the hourly scan
 * posts the note at the delivery team's end of day (Warsaw, 17:00) as a comment on the chosen
 * issue, once per day — under a repeated trigger, concurrent and duplicated deliveries, and a
 * comment Jira stored but answered 504 for.
 */
jest.setTimeout(120_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** TEST_NOW is Wednesday 18 Nov 2026 15:00 UTC: 16:00 in Warsaw, an hour before the delivery team's day ends. */
const WEDNESDAY_END = Date.UTC(2026, 10, 18, 16, 0);

describe('the daily note', () => {
  let sandbox: RunningSandbox & { dataDir: string };
  let call: Call;
  let now = TEST_NOW;
  const projectKey = 'ENG';
  const page = { type: 'jira:projectPage', project: { key: projectKey } };
  const settings = { type: 'jira:projectSettingsPage', project: { key: projectKey } };
  const admin = () => personWithRole(sandbox, 'project-admin').accountId;
  const developer = () => personWithRole(sandbox, 'developer').accountId;
  let postTo = '';

  const ok = <T,>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.data;
  };
  const noteDays = async (): Promise<NoteDaysView> => ok(await call('note/days', developer(), page));
  /** The comments the app posted for daily notes, by their mark. */
  const noteComments = () =>
    sandbox.jira
      .data()
      .issues.flatMap((i) => i.comments.map((comment) => ({ issueKey: i.key, comment, mark: String((comment.properties?.[EFFECT_COMMENT_PROPERTY] as { effectId?: string } | undefined)?.effectId ?? '') })))
      .filter(({ mark }) => mark.startsWith('escalation:daily-note:'));
  const lastRun = () => sandbox.storage.store.get<EscalationRunRecord>(`escalation:${projectKey}:run`);
  const scan = (eventId: string) =>
    sandbox.forge.invokeFunction('escalation-scan', [{ body: { projectKey }, eventId, queueName: ESCALATION_QUEUE_KEY }, { installContext: sandbox.forge.site.installContext }]) as Promise<EscalationRunRecord>;

  async function save(edit: (policy: PolicyView['policy']) => PolicyView['policy']) {
    const view = ok(await call('policy/get', admin(), settings));
    return call('policy/save', admin(), settings, { policy: edit(view.policy), expectedVersion: view.version });
  }

  beforeAll(async () => {
    sandbox = await testSandbox(() => now);
    call = resolverCaller(sandbox);
    await sandbox.refresh();
  });
  afterAll(() => sandbox.close());

  it('the project page reads today’s note and the five working days before it, each line naming an issue of the project', async () => {
    const view = await noteDays();
    expect(view.timeZone).toBe('Europe/Warsaw');
    expect(view.posting).toBeNull();
    expect(view.snapshotAt).not.toBeNull();
    expect(view.days.map((d) => d.note.date)).toEqual(['2026-11-18', '2026-11-17', '2026-11-16', '2026-11-13', '2026-11-12', '2026-11-11']);
    expect(view.days.map((d) => d.note.final)).toEqual([false, true, true, true, true, true]);
    expect(view.days.every((d) => d.posted === null)).toBe(true);
    const today = view.days[0]!.note;
    expect(today.sections.map((s) => s.title)).toEqual(['Blocked', 'Shipped', 'In progress today', 'Decisions pending', 'Escalations and calibration calls opened']);
    const keys = new Set(sandbox.jira.data().issues.map((i) => i.key));
    const lines = view.days.flatMap((d) => d.note.sections.flatMap((s) => s.lines));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(keys.has(line.issueKey)).toBe(true);
    // The demo has blockers, work in progress and pending decisions today.
    for (const key of ['blocked', 'inProgress', 'decisions'] as const) expect(today.sections.find((s) => s.key === key)!.lines.length).toBeGreaterThan(0);
    // Someone who may not browse the project is told it is not there.
    expect(await call('note/days', outsider(sandbox).accountId, page)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('the settings take an issue of this project only, and one Jira has', async () => {
    expect(await save((p) => ({ ...p, dailyNote: { postToIssueKey: 'OPS-1' } }))).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.dailyNote.postToIssueKey': expect.stringContaining('starts with ENG-') } } });
    expect(await save((p) => ({ ...p, dailyNote: { postToIssueKey: 'ENG-99999' } }))).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.dailyNote.postToIssueKey': expect.stringContaining('no issue with this key') } } });
    expect(await save((p) => ({ ...p, dailyNote: { postToIssueKey: 'not a key' } }))).toMatchObject({ ok: false, error: { fields: { 'policy.dailyNote.postToIssueKey': expect.stringContaining('such as ENG-12') } } });

    // Live first: the escalations due now are posted, so the note's issue can be one without any.
    ok(await save((p) => ({ ...p, escalation: { ...p.escalation, mode: 'live' } })));
    await sandbox.refresh();
    const escalated = new Set((await sandbox.storage.store.list<EscalationEntry>(`escalation:${projectKey}:entry:`)).map((e) => e.value.issueKey));
    const decided = new Set((ok(await call('decisions/log', developer(), page)).decisions).map((d) => d.issueKey));
    postTo = sandbox.jira.data().issues.find((i) => i.key.startsWith(`${projectKey}-`) && i.fields.resolutionDate !== null && !escalated.has(i.key) && !decided.has(i.key))!.key;
    const saved = ok(await save((p) => ({ ...p, dailyNote: { postToIssueKey: postTo.toLowerCase() } })));
    expect(saved.policy.dailyNote.postToIssueKey).toBe(postTo);
    expect((await noteDays()).posting).toEqual({ issueKey: postTo, live: true, dayEnd: '17:00' });
  });

  it('is not posted while the delivery team’s day is under way', async () => {
    await sandbox.refresh();
    expect(noteComments()).toEqual([]);
    expect((await lastRun())!.skipped.filter((s) => s.startsWith('Daily note'))).toEqual([]);
  });

  it('after the day’s end it is posted once — even when Jira stored the comment but answered 504, and under repeated and concurrent runs', async () => {
    now = WEDNESDAY_END + 30 * MINUTE;
    sandbox.jira.injectFault({ match: `/issue/${postTo}/comment`, kind: 'server-error', status: 504, times: 1, when: 'after' });
    await sandbox.refresh();
    expect((await lastRun())!.failed.filter((f) => f.rule === 'daily-note')).toHaveLength(1);
    expect(noteComments()).toHaveLength(1);

    sandbox.jira.clearFaults();
    now += 5 * MINUTE;
    await sandbox.refresh();
    const after = (await lastRun())!;
    expect(after.failed).toEqual([]);
    expect(after.posted).not.toContain('daily-note:2026-11-18:post');
    now += 5 * MINUTE;
    await Promise.all([scan('dup'), scan('dup'), scan('other'), sandbox.refresh()]);
    expect(noteComments().map((c) => [c.issueKey, c.mark])).toEqual([[postTo, 'escalation:daily-note:2026-11-18:post']]);

    // What was posted is the note the project page shows for that day, word for word.
    const view = await noteDays();
    const wednesday = view.days.find((d) => d.note.date === '2026-11-18')!;
    expect(wednesday.note.final).toBe(true);
    expect(wednesday.posted).toEqual({ at: expect.any(String), issueKey: postTo });
    const entry = (await sandbox.storage.store.list<EscalationEntry>(`escalation:${projectKey}:entry:`)).map((e) => e.value).find((e) => e.rule === 'daily-note')!;
    expect(entry.text).toBe(noteText(wednesday.note));
    const body = JSON.stringify(noteComments()[0]!.comment.body);
    expect(body).toContain('"type":"heading"');
    expect(body).toContain('Daily note — Wednesday 18 November 2026');
    // Every line links to its issue, on the site's address as Jira gives it (serverInfo).
    const lines = wednesday.note.sections.flatMap((s) => s.lines);
    expect(lines.length).toBeGreaterThan(0);
    const links = [...body.matchAll(/"href":"([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(lines.map((l) => `${sandbox.url}/browse/${l.issueKey}`));
  });

  it('the next working day gets its own note, once, under duplicated and shuffled delivery with the trigger run twice', async () => {
    now = WEDNESDAY_END + 24 * HOUR + 20 * MINUTE;
    sandbox.forge.queue.setChaos({ duplicates: true, shuffle: true, seed: 'daily-note' });
    try {
      await Promise.all([sandbox.refresh(), sandbox.refresh()]);
      now += HOUR;
      await sandbox.refresh();
    } finally {
      sandbox.forge.queue.setChaos({});
    }
    expect(noteComments().map((c) => c.mark)).toEqual(['escalation:daily-note:2026-11-18:post', 'escalation:daily-note:2026-11-19:post']);
    expect((await noteDays()).days.find((d) => d.note.date === '2026-11-19')!.posted).not.toBeNull();
  });

  it('back in Preview nothing is posted', async () => {
    ok(await save((p) => ({ ...p, escalation: { ...p.escalation, mode: 'preview' } })));
    now = WEDNESDAY_END + 48 * HOUR + 30 * MINUTE;
    await sandbox.refresh();
    expect(noteComments()).toHaveLength(2);
    expect((await noteDays()).posting).toEqual({ issueKey: postTo, live: false, dayEnd: '17:00' });
  });
});
