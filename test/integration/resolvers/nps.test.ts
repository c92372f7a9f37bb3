/**
 * The engagement survey through the local Forge, as the Custom UI calls it: one answer per client
 * person per quarter, changeable while open, refused when closed or from outside the client team;
 * "Not today" for the day; and anonymity — what one client person answered never reaches anyone
 * else through any resolver that carries the survey or the NPS.
 */
import { npsDissatisfaction } from '../../../src/app/nps/dissatisfaction';
import type { IssuePanelView, ProjectOverview } from '../../../src/contract/resolvers';
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, testSandbox } from '../../support/sandbox';

jest.setTimeout(120_000);

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const DAY = 86_400_000;
/** Wednesday 6 January 2027, 10:00 in New York: the Q1 2027 survey is open (until 14 January). */
const OPEN = Date.UTC(2027, 0, 6, 15);

const p = DEMO_PEOPLE;
const EMILY = p.productOwner;
const MARCUS = p.decisionMaker;
const LINDA = p.clientSponsor;
const JORDAN = p.careLead;

describe('the engagement survey', () => {
  let sandbox: Sandbox;
  let call: Call;
  let clock = OPEN;
  let issueKey: string;
  const page = { type: 'jira:projectPage', project: { key: 'ENG' } };
  const panel = () => ({ type: 'jira:issuePanel', issue: { key: issueKey }, project: { key: 'ENG' } });

  const ok = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const overview = async (who: string): Promise<ProjectOverview> => ok(await call('project/overview', who, page));
  const issuePanel = async (who: string): Promise<IssuePanelView> => ok(await call('issue/panel', who, panel()));
  const answer = (who: string, payload: Record<string, unknown>, where: unknown = page) => call('nps/answer', who, where, payload);
  const npsStorage = async () => JSON.stringify((await sandbox.storage.store.list('nps')).sort((a, b) => a.key.localeCompare(b.key)));
  /** Everything about the survey and the NPS a person is sent: the overview's and the panel's parts, the tile. */
  const surveyParts = async (who: string) => {
    const o = await overview(who);
    const i = await issuePanel(who);
    return { survey: o.survey, nps: o.nps, tile: o.health.signals.find((s) => s.key === 'nps') ?? null, panelSurvey: i.survey };
  };

  beforeAll(async () => {
    sandbox = await testSandbox(() => clock);
    call = resolverCaller(sandbox);
    issueKey = sandbox.jira.data().issues[0]!.key;
    // As after a deploy: the snapshot is computed, so the tiles are there.
    await sandbox.refresh();
  });
  afterAll(() => sandbox.close());

  it('the demo has answers for the two quarters before; the current survey is open to every client person, unanswered', async () => {
    const { nps, survey, tile } = await surveyParts(MARCUS.accountId);
    expect(nps.quarters.map((q) => [q.quarter, q.answers, q.result.kind === 'score' ? q.result.nps : null, q.open])).toEqual([
      ['2026-Q3', 3, 67, false],
      ['2026-Q4', 4, 50, false],
      ['2027-Q1', 0, null, true],
    ]);
    expect(nps.quarters[1]).toMatchObject({ audience: 4, responseRate: 1, change: -17 });
    expect(nps.survey).toMatchObject({ quarter: '2027-Q1', open: true, lastDay: '2027-01-14', timeZone: 'America/New_York', windowDays: 14 });
    expect(survey).toMatchObject({ quarter: '2027-Q1', label: 'Q1 2027', lastDay: '2027-01-14', answer: null, dismissedToday: false, question: 'How likely are you to recommend working with this delivery team to a colleague?' });
    expect(tile).toMatchObject({ title: 'Engagement NPS', level: 'green', ref: null, reason: expect.stringContaining('NPS +50 in Q4 2026 from 4 answers') });
    for (const person of [EMILY, LINDA, JORDAN]) expect((await overview(person.accountId)).survey).toMatchObject({ answer: null });
  });

  it('the delivery side gets no prompt, but the same NPS', async () => {
    const delivery = await surveyParts(p.deliverySponsor.accountId);
    expect(delivery.survey).toBeNull();
    expect(delivery.panelSurvey).toBeNull();
    expect(delivery.nps).toEqual((await overview(MARCUS.accountId)).nps);
  });

  it('a client person answers with one call; it is theirs only, and changeable while open', async () => {
    const first = ok(await answer(EMILY.accountId, { score: 3, comment: '  Demos keep slipping — Emily Carter  ', actionId: 'emily-answer-1' }));
    expect(first).toMatchObject({ answer: { score: 3, comment: 'Demos keep slipping — Emily Carter', at: new Date(OPEN).toISOString() }, dismissedToday: false });
    // The same action again (a retry) changes nothing.
    const stored = await npsStorage();
    clock += 60_000;
    expect(ok(await answer(EMILY.accountId, { score: 3, comment: 'Demos keep slipping — Emily Carter', actionId: 'emily-answer-1' })).answer?.at).toBe(first.answer!.at);
    expect(await npsStorage()).toBe(stored);
    // A new answer replaces it: still one answer of hers this quarter.
    const changed = ok(await answer(EMILY.accountId, { score: 4, comment: 'Demos keep slipping — Emily Carter', actionId: 'emily-answer-2' }));
    expect(changed.answer?.score).toBe(4);
    expect((await overview(EMILY.accountId)).survey?.answer?.score).toBe(4);
    expect((await issuePanel(EMILY.accountId)).survey?.answer?.score).toBe(4);
    const current = (await overview(MARCUS.accountId)).nps.quarters.at(-1)!;
    expect(current).toMatchObject({ answers: 1, audience: 4, responseRate: 0.25, result: { kind: 'too-few', needed: 3 }, comments: [] });
  });

  it('anonymity: no other person is sent her score, her comment with her name or her account', async () => {
    const secrets = [EMILY.accountId, EMILY.displayName, 'Emily', 'Demos keep slipping'];
    const seen: string[] = [];
    for (const who of [MARCUS, LINDA, JORDAN, p.deliverySponsor, p.techLead]) {
      const parts = await surveyParts(who.accountId);
      seen.push(JSON.stringify(parts));
      if (parts.survey) expect(parts.survey.answer).toBeNull();
    }
    seen.push(JSON.stringify(ok(await call('nps/dismiss', JORDAN.accountId, panel(), {}))));
    for (const text of seen) for (const secret of secrets) expect(text).not.toContain(secret);
    // The client sponsor sees the count, not who: no per-person data anywhere in the NPS view.
    const { nps } = await overview(LINDA.accountId);
    expect(JSON.stringify(nps)).not.toMatch(/712020:|accountId|displayName/);
  });

  it('once three answered: the score and the comments, without names, in an order that says nothing of who', async () => {
    ok(await answer(MARCUS.accountId, { score: 9, comment: 'Zero surprises at the demo' }));
    ok(await answer(LINDA.accountId, { score: 10, comment: null }, panel()));
    const { nps, tile } = await surveyParts(p.deliverySponsor.accountId);
    const current = nps.quarters.at(-1)!;
    expect(current).toMatchObject({ answers: 3, responseRate: 0.75, result: { kind: 'score', nps: 33, promoters: 2, passives: 0, detractors: 1 }, change: -17 });
    // Emily's own words carry her name: the app shows what was written, never who wrote it.
    expect(current.comments).toEqual(['Demos keep slipping — Emily Carter', 'Zero surprises at the demo']);
    expect(tile).toMatchObject({ level: 'green', reason: expect.stringContaining('NPS +33 in Q1 2027 from 3 answers: 2 promoters, 0 passives, 1 detractor') });
    const marcus = await surveyParts(MARCUS.accountId);
    expect(marcus.survey?.answer).toMatchObject({ score: 9 });
    expect(JSON.stringify(marcus)).not.toContain(EMILY.accountId);
  });

  it('the calibration call gets the detractor without the person', async () => {
    const items = await npsDissatisfaction({ store: sandbox.storage.store, policies: sandbox.storage.policies }, 'ENG', clock);
    expect(items).toEqual([{ id: expect.stringMatching(/^nps-detractor:2027-Q1:[0-9a-f]{24}$/), kind: 'detractor', quarter: '2027-Q1', quote: 'Demos keep slipping — Emily Carter', at: clock, summary: 'A detractor answer (4 of 10) in Q1 2027' }]);
    expect(JSON.stringify(items)).not.toContain(EMILY.accountId);
  });

  it('refuses anyone outside the client team, and bad answers, writing nothing', async () => {
    const before = await npsStorage();
    expect(await answer(p.techLead.accountId, { score: 9 })).toEqual({ ok: false, error: { code: 'forbidden', message: 'The engagement survey is for the client team only.' } });
    expect(await call('nps/dismiss', p.deliverySponsor.accountId, page, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await answer(outsider(sandbox).accountId, { score: 9 })).toEqual({ ok: false, error: { code: 'not_found', message: 'Not found, or you do not have access to it.' } });
    for (const bad of [{ score: 11 }, { score: -1 }, { score: 5.5 }, { score: '9' }, {}, { score: 9, comment: 'x'.repeat(1001) }, { score: 9, comment: 'a\u0000b' }, { score: 9, who: EMILY.accountId }]) {
      expect(await answer(JORDAN.accountId, bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(await npsStorage()).toBe(before);
  });

  it('"Not today" hides the prompt until the person’s next day', async () => {
    const dismissed = ok(await call('nps/dismiss', JORDAN.accountId, page, { actionId: 'jordan-not-today' }));
    expect(dismissed).toMatchObject({ dismissedToday: true, answer: null });
    expect((await overview(JORDAN.accountId)).survey?.dismissedToday).toBe(true);
    expect((await issuePanel(JORDAN.accountId)).survey?.dismissedToday).toBe(true);
    // Someone else's prompt is untouched.
    expect((await overview(MARCUS.accountId)).survey?.dismissedToday).toBe(false);
    clock += DAY;
    expect((await overview(JORDAN.accountId)).survey).toMatchObject({ dismissedToday: false, answer: null });
  });

  it('closed after its last day: no prompt, and answers are refused', async () => {
    // 15 January 00:30 in New York.
    clock = Date.UTC(2027, 0, 15, 5, 30);
    const before = await npsStorage();
    expect((await overview(JORDAN.accountId)).survey).toBeNull();
    expect((await issuePanel(EMILY.accountId)).survey).toBeNull();
    expect(await answer(EMILY.accountId, { score: 10 })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'The Q1 2027 survey closed after 2027-01-14 (America/New_York); the next one opens on 2027-04-01.' },
    });
    expect(await call('nps/dismiss', JORDAN.accountId, page, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await npsStorage()).toBe(before);
    const { nps } = await overview(MARCUS.accountId);
    expect(nps.survey.open).toBe(false);
    // Closed, the team is not asked again: the size kept with the quarter's last answer.
    expect(nps.quarters.at(-1)).toMatchObject({ open: false, answers: 3, audience: 4, result: { kind: 'score', nps: 33 } });
  });
});
