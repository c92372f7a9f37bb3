import type { EscalationRunRecord } from '../../../src/app/escalation/runScan';
import { EFFECT_COMMENT_PROPERTY } from '../../../src/domain/effects/types';
import { ESCALATION_QUEUE_KEY } from '../../../src/forge/escalationQueue';
import type { RunningSandbox } from '../../../sandbox/server';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

/**
 * The escalation scanner end to end through the local Forge: the hourly trigger feeds the health
 * consumer, which queues each project's scan; preview posts nothing; live posts each step once —
 * under a repeated trigger, duplicated deliveries, and a comment Jira stored but answered 504 for.
 */
jest.setTimeout(120_000);

const HOUR = 3_600_000;
const COMMENT_POST = 'POST /rest/api/3/issue/{issueIdOrKey}/comment';

describe('escalation scanner', () => {
  let sandbox: RunningSandbox & { dataDir: string };
  let call: Call;
  let now = TEST_NOW;
  const projectKey = 'ENG';
  const settings = { type: 'jira:projectSettingsPage', project: { key: projectKey } };
  const admin = () => personWithRole(sandbox, 'project-admin').accountId;
  const developer = () => personWithRole(sandbox, 'developer').accountId;

  /** Every comment the app posted for an escalation, by its mark. */
  const escalationComments = () =>
    sandbox.jira
      .data()
      .issues.flatMap((i) => i.comments.map((c) => ({ issueKey: i.key, comment: c })))
      .filter(({ comment }) => String((comment.properties?.[EFFECT_COMMENT_PROPERTY] as { effectId?: string } | undefined)?.effectId ?? '').startsWith('escalation:'));
  const marks = () => escalationComments().map(({ comment }) => (comment.properties![EFFECT_COMMENT_PROPERTY] as { effectId: string }).effectId);
  const lastRun = () => sandbox.storage.store.get<EscalationRunRecord>(`escalation:${projectKey}:run`);
  const scan = (eventId = `e-${Math.random()}`) =>
    sandbox.forge.invokeFunction('escalation-scan', [{ body: { projectKey }, eventId, queueName: ESCALATION_QUEUE_KEY }, { installContext: sandbox.forge.site.installContext }]) as Promise<EscalationRunRecord>;

  async function setMode(mode: 'preview' | 'live') {
    const view = await call('policy/get', admin(), settings);
    if (!view.ok) throw new Error(view.error.message);
    const saved = await call('policy/save', admin(), settings, { policy: { ...view.data.policy, escalation: { ...view.data.policy.escalation, mode } }, expectedVersion: view.data.version });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  }

  beforeAll(async () => {
    sandbox = await testSandbox(() => now);
    call = resolverCaller(sandbox);
  });
  afterAll(() => sandbox.close());

  it('starts in preview: the hourly trigger refreshes the snapshot and scans, and nothing is posted', async () => {
    await sandbox.refresh();
    const run = (await lastRun())!;
    expect(run).toMatchObject({ mode: 'preview', posted: [], stoppedOnBudget: null, skipped: [] });
    expect(run.due).toBeGreaterThan(0);
    expect(escalationComments()).toEqual([]);
  });

  it('the settings page previews each comment with its full text and recipients (project admins only)', async () => {
    const preview = await call('escalation/preview', admin(), settings);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.data.mode).toBe('preview');
    expect(preview.data.wouldPost.length).toBe((await lastRun())!.due);
    const rules = new Set(preview.data.wouldPost.map((i) => i.rule));
    expect(rules.has('stale-decision')).toBe(true);
    expect(rules.has('blocker')).toBe(true);
    for (const item of preview.data.wouldPost) {
      expect(item.state).toBe('would-post');
      expect(item.recipients.length).toBeGreaterThan(0);
      for (const r of item.recipients) expect(item.text).toContain(`@${r.displayName}`);
      expect(item.text).toContain('Posted by Engagement Health for Jira');
    }
    expect(await call('escalation/preview', developer(), settings)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(escalationComments()).toEqual([]);
  });

  it('live: each due step is posted once, as a comment with mentions, and recorded in the ledger — even the one Jira stored but answered 504 for', async () => {
    const preview = await call('escalation/preview', admin(), settings);
    if (!preview.ok) throw new Error(preview.error.message);
    await setMode('live');
    // The first comment is stored by Jira, then the answer is lost (a 504): the run cannot know it was posted.
    sandbox.jira.injectFault({ match: COMMENT_POST, kind: 'server-error', status: 504, times: 1, when: 'after' });
    await sandbox.refresh();
    const first = (await lastRun())!;
    expect(first.mode).toBe('live');
    expect(first.failed).toHaveLength(1);
    expect(first.posted).toHaveLength(first.due - 1);
    expect(marks()).toHaveLength(first.due);

    // The next run claims a second attempt, looks for the comment's mark, finds it: nothing is posted twice.
    sandbox.jira.clearFaults();
    await sandbox.refresh();
    const second = (await lastRun())!;
    expect(second.failed).toEqual([]);
    expect(second.posted).toEqual([]);
    expect(second.alreadyDone).toBe(second.due);
    expect(marks()).toHaveLength(new Set(marks()).size);
    // What was previewed is what was posted.
    expect(new Set(marks())).toEqual(new Set(preview.data.wouldPost.map((i) => `escalation:${i.id}`)));
    for (const { comment } of escalationComments()) expect(JSON.stringify(comment.body)).toContain('"type":"mention"');
    expect([...second.openIds].sort()).toEqual(preview.data.wouldPost.map((i) => i.id).sort());
  });

  it('a second trigger run posts nothing new; two deliveries of one event at once post nothing twice', async () => {
    const before = marks().length;
    await sandbox.refresh();
    expect(marks()).toHaveLength(before);
    const run = (await lastRun())!;
    expect(run.posted).toEqual([]);
    expect(run.alreadyDone).toBe(run.due);

    // A day later the reminder ladder climbs: the next steps are due, and two deliveries race for them.
    now += 26 * HOUR;
    await sandbox.refresh();
    const afterDay = marks().length;
    expect(afterDay).toBeGreaterThanOrEqual(before);
    now += 30 * HOUR;
    await Promise.all([scan('dup'), scan('dup'), scan('other')]);
    const all = marks();
    expect(all).toHaveLength(new Set(all).size);
  });

  it('under duplicated and shuffled queue delivery, with the trigger run twice, each step is still posted once', async () => {
    sandbox.forge.queue.setChaos({ duplicates: true, shuffle: true, seed: 'escalations' });
    try {
      now += 30 * HOUR;
      await Promise.all([sandbox.refresh(), sandbox.refresh()]);
      now += 30 * HOUR;
      await sandbox.refresh();
    } finally {
      sandbox.forge.queue.setChaos({});
    }
    const all = marks();
    expect(all).toHaveLength(new Set(all).size);
    const run = (await lastRun())!;
    expect(run.failed).toEqual([]);
    // Whatever is due now is on record, posted once.
    for (const id of run.openIds) expect(all.filter((m) => m === `escalation:${id}`)).toHaveLength(1);
    expect(run.openIds).toHaveLength(run.due);
  });

  it('back in preview nothing more is posted', async () => {
    await setMode('preview');
    const before = marks().length;
    now += 72 * HOUR;
    await sandbox.refresh();
    expect(marks()).toHaveLength(before);
    expect((await lastRun())!.mode).toBe('preview');
  });
});
