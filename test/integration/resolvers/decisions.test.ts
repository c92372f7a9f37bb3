import { DECISIONS_PROPERTY_KEY } from '../../../src/domain/decisions/mirror';
import type { DecisionView } from '../../../src/contract/resolvers';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const HOUR = 3_600_000;

describe('decision resolvers against the sandbox', () => {
  let sandbox: Sandbox;
  let call: Call;
  let clock = TEST_NOW;
  let people: Record<'lead' | 'owner' | 'maker' | 'developer' | 'guest', string>;
  let issue: { key: string; id: string };
  const panel = () => ({ type: 'jira:issuePanel', issue: { key: issue.key, id: issue.id }, project: { key: 'ENG' } });

  beforeAll(async () => {
    sandbox = await testSandbox(() => clock);
    call = resolverCaller(sandbox);
    people = {
      lead: personWithRole(sandbox, 'delivery-tech-lead').accountId,
      owner: personWithRole(sandbox, 'client-product-owner').accountId,
      maker: personWithRole(sandbox, 'client-decision-maker').accountId,
      developer: personWithRole(sandbox, 'developer').accountId,
      guest: outsider(sandbox).accountId,
    };
    const data = sandbox.jira.data();
    const withoutDecisions = data.issues.find((i) => !(DECISIONS_PROPERTY_KEY in i.properties) && i.fields.statusId !== '10001')!;
    issue = { key: withoutDecisions.key, id: withoutDecisions.id };
  });
  afterAll(() => sandbox.close());

  const ok = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const stored = async () => JSON.stringify(await sandbox.storage.decisions.listByProject('ENG'));
  const raiseProduct = async (question = 'Should the promo banner close on scroll?') =>
    ok(await call('decisions/raise', people.lead, panel(), { category: 'product', question, optionsConsidered: ['Close on scroll', 'Keep until dismissed'] }));
  const jql = async (query: string) => {
    const response = await fetch(`${sandbox.url}/rest/api/3/search/jql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sandbox-as': 'app' }, body: JSON.stringify({ jql: query, fields: ['summary'], maxResults: 100 }) });
    return ((await response.json()) as { issues: { key: string }[] }).issues.map((i) => i.key);
  };

  it('the tech lead raises a Product & UX question; it is pending with a 24 h business-hours SLA, mirrored for JQL', async () => {
    const raised = await raiseProduct();
    expect(raised).toMatchObject({ category: 'product', categoryLabel: 'Product & UX', status: 'pending', version: 1, raisedBy: { accountId: people.lead } });
    expect(raised.dueAt).not.toBeNull();
    expect(Date.parse(raised.dueAt!) - TEST_NOW).toBeGreaterThanOrEqual(24 * HOUR);
    expect(raised.owners.map((o) => o.accountId)).toContain(people.owner);
    expect(await jql(`project = ENG AND decisionStatus = pending AND decisionCategory = product AND key = ${issue.key}`)).toEqual([issue.key]);
  });

  it('refuses a raise from someone who cannot edit the issue, and changes nothing', async () => {
    const before = await stored();
    // The guest cannot even see the issue: "not found", as for an issue that does not exist.
    const refused = await call('decisions/raise', people.guest, panel(), { category: 'product', question: 'Sneaky?', optionsConsidered: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await stored()).toBe(before);
  });

  it.each([
    ['an unknown category', { category: 'budget', question: 'Q?', optionsConsidered: [] }, 'category'],
    ['a question that is too long', { category: 'product', question: 'x'.repeat(1001), optionsConsidered: [] }, 'question'],
    ['wrong types', { category: 'product', question: 42, optionsConsidered: 'a' }, 'question'],
    ['unknown keys (an issue key from the browser)', { category: 'product', question: 'Q?', optionsConsidered: [], issueKey: 'OTHER-1' }, '(payload)'],
    ['a decision of another issue to supersede', { category: 'product', question: 'Q?', optionsConsidered: [], supersedes: 'D-1' }, 'supersedes'],
  ])('rejects %s with a clear message and stores nothing', async (_what, payload, field) => {
    const before = await stored();
    const result = await call('decisions/raise', people.lead, panel(), payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect(await stored()).toBe(before);
  });

  it('only the category owner records the outcome; a developer is refused', async () => {
    const raised = await raiseProduct('Which error copy for a declined card?');
    const refused = await call('decisions/record', people.developer, panel(), { decisionId: raised.id, outcome: 'Mine', expectedVersion: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    clock += 2 * HOUR;
    const decided = ok(await call('decisions/record', people.owner, panel(), { decisionId: raised.id, outcome: '"Your card was declined. Try another card."', expectedVersion: 1 }));
    expect(decided).toMatchObject({ status: 'decided', decidedBy: { accountId: people.owner }, outcome: '"Your card was declined. Try another card."', version: 2 });
    expect(decided.history.map((h) => h.type)).toEqual(['raised', 'decided']);
    const again = await call('decisions/record', people.owner, panel(), { decisionId: raised.id, outcome: 'Changed my mind', expectedVersion: 2 });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await jql(`project = ENG AND decisionStatus = decided AND key = ${issue.key}`)).toEqual([issue.key]);
  });

  it('two people recording the same decision at once: exactly one wins, nothing is lost', async () => {
    const raised = await raiseProduct('Default sort of the wishlist?');
    const attempts = await Promise.all(
      ['Newest first', 'Price ascending', 'Alphabetical'].map((outcome) => call('decisions/record', people.owner, panel(), { decisionId: raised.id, outcome, expectedVersion: 1 })),
    );
    const winners = attempts.filter((a) => a.ok) as { ok: true; data: DecisionView }[];
    expect(winners).toHaveLength(1);
    expect(attempts.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'conflict')).toBe(true);
    const record = await sandbox.storage.decisions.get('ENG', raised.id);
    expect(record).toMatchObject({ status: 'decided', outcome: winners[0]!.data.outcome, version: 2 });
  });

  it('a scope & timeline decision needs the decision maker’s written approval', async () => {
    const raised = ok(await call('decisions/raise', people.lead, panel(), { category: 'scope', question: 'Add Apple Pay to the MVP (+13 points)?', optionsConsidered: ['Now', 'After launch'] }));
    expect(await call('decisions/record', people.maker, panel(), { decisionId: raised.id, outcome: 'Yes', expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('decisions/record', people.owner, panel(), { decisionId: raised.id, outcome: 'Yes', approval: { verdict: 'approved', text: 'ok' }, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const approved = ok(await call('decisions/record', people.maker, panel(), { decisionId: raised.id, outcome: 'Add it after launch', approval: { verdict: 'approved', text: 'Approved for release 2.8, budget moves from search.' }, expectedVersion: 1 }));
    expect(approved).toMatchObject({ status: 'decided', approval: { verdict: 'approved' } });
  });

  it('a scope decision carries its estimated impact: stored, returned, listed in the log; a successor states its own', async () => {
    const raised = ok(await call('decisions/raise', people.lead, panel(), { category: 'scope', question: 'Add click & collect to the launch?', optionsConsidered: ['Now', 'After launch'], impactPoints: 40 }));
    expect(raised).toMatchObject({ category: 'scope', status: 'pending', impactPoints: 40 });
    expect(await sandbox.storage.decisions.get('ENG', raised.id)).toMatchObject({ impactPoints: 40 });
    const listed = ok(await call('decisions/forIssue', people.developer, panel()));
    expect(listed.decisions.find((d) => d.id === raised.id)?.impactPoints).toBe(40);

    const unestimated = ok(await call('decisions/raise', people.lead, panel(), { category: 'scope', question: 'Move the launch by a week?', optionsConsidered: [], impactPoints: null }));
    expect(unestimated.impactPoints).toBeNull();
    expect((await raiseProduct('Which banner colour for click & collect?')).impactPoints).toBeNull();

    ok(await call('decisions/record', people.maker, panel(), { decisionId: raised.id, outcome: 'Now', approval: { verdict: 'approved', text: 'Approved: +40 points.' }, expectedVersion: 1 }));
    const successor = ok(await call('decisions/raise', people.lead, panel(), { category: 'scope', question: 'Click & collect, re-estimated after the store visit?', optionsConsidered: [], impactPoints: 55.5, supersedes: raised.id }));
    expect(successor).toMatchObject({ supersedes: raised.id, impactPoints: 55.5 });
    expect(await sandbox.storage.decisions.get('ENG', raised.id)).toMatchObject({ impactPoints: 40 });

    const log = ok(await call('decisions/log', people.maker, { type: 'jira:projectPage', project: { key: 'ENG' } }));
    expect(log.decisions.filter((d) => [raised.id, unestimated.id, successor.id].includes(d.id)).map((d) => [d.id, d.impactPoints])).toEqual([
      [successor.id, 55.5],
      [unestimated.id, null],
      [raised.id, 40],
    ]);
  });

  it.each([
    ['a negative impact', { impactPoints: -3 }, 'The estimated impact must be more than 0 points.'],
    ['an impact that is too big', { impactPoints: 5_000_000 }, 'The estimated impact must be at most 1,000,000 points.'],
    ['an impact as text', { impactPoints: '40' }, 'The estimated impact must be a number of story points.'],
    ['an impact on a Technical decision', { category: 'technical', impactPoints: 8 }, 'Only Scope & timeline decisions carry an estimated impact.'],
  ])('refuses %s with a field error and stores nothing', async (_what, overrides, message) => {
    const before = await stored();
    const result = await call('decisions/raise', people.lead, panel(), { category: 'scope', question: 'Add gift wrapping?', optionsConsidered: [], ...overrides });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { impactPoints: message } } });
    expect(await stored()).toBe(before);
  });

  it('a pending decision is withdrawn only by whoever raised it', async () => {
    const raised = await raiseProduct('Show stock counts on listing pages?');
    expect(await call('decisions/withdraw', people.owner, panel(), { decisionId: raised.id, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ok(await call('decisions/withdraw', people.lead, panel(), { decisionId: raised.id, reason: 'Moved to a workshop', expectedVersion: 1 }))).toMatchObject({ status: 'withdrawn' });
  });

  it('a decided one is superseded by a new decision that links back', async () => {
    const first = await raiseProduct('Free shipping threshold copy?');
    ok(await call('decisions/record', people.owner, panel(), { decisionId: first.id, outcome: 'Free shipping over $50', expectedVersion: 1 }));
    const second = ok(await call('decisions/raise', people.lead, panel(), { category: 'product', question: 'Free shipping threshold copy, after the price change?', optionsConsidered: [], supersedes: first.id }));
    expect(second.supersedes).toBe(first.id);
    ok(await call('decisions/record', people.owner, panel(), { decisionId: second.id, outcome: 'Free shipping over $60', expectedVersion: 1 }));
    const old = await sandbox.storage.decisions.get('ENG', first.id);
    expect(old).toMatchObject({ status: 'decided', outcome: 'Free shipping over $50', supersededBy: second.id });
  });

  it('an issue property edited through REST is rewritten from the trusted record', async () => {
    const forged = { statuses: ['decided'], categories: ['technical'], nextDueAt: null, decisions: [] };
    const put = await fetch(`${sandbox.url}/rest/api/3/issue/${issue.key}/properties/${DECISIONS_PROPERTY_KEY}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-sandbox-as': people.developer }, body: JSON.stringify(forged) });
    expect(put.ok).toBe(true);
    const view = ok(await call('decisions/forIssue', people.developer, panel()));
    expect(view.decisions.length).toBeGreaterThan(0);
    const mirror = sandbox.jira.data().issues.find((i) => i.key === issue.key)!.properties[DECISIONS_PROPERTY_KEY] as { statuses: string[] };
    expect(mirror.statuses).toContain('pending');
    expect(view.canRaise).toBe(true);
  });

  it('the hourly trigger rewrites a tampered mirror and, run again, rewrites nothing', async () => {
    const data = sandbox.jira.data();
    const target = data.issues.find((i) => i.key !== issue.key && DECISIONS_PROPERTY_KEY in i.properties)!;
    await fetch(`${sandbox.url}/rest/api/3/issue/${target.key}/properties/${DECISIONS_PROPERTY_KEY}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': people.developer },
      body: JSON.stringify({ statuses: ['decided'], categories: ['scope'], nextDueAt: null, decisions: [] }),
    });
    const first = (await sandbox.refresh()) as { mirrorsRewritten: string[] };
    expect(first.mirrorsRewritten).toEqual([target.key]);
    const trusted = await sandbox.storage.decisions.listByIssue('ENG', target.id);
    const counts = (target.properties[DECISIONS_PROPERTY_KEY] as { counts: Record<string, number> }).counts;
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(trusted.length);
    expect(((await sandbox.refresh()) as { mirrorsRewritten: string[] }).mirrorsRewritten).toEqual([]);
  });

  it('the decision log lists every decision with latency per category', async () => {
    const log = ok(await call('decisions/log', people.maker, { type: 'jira:projectPage', project: { key: 'ENG' } }));
    const stored = await sandbox.storage.decisions.listByProject('ENG');
    expect(log.decisions).toHaveLength(stored.length);
    expect(log.latency.map((l) => l.category)).toEqual(['technical', 'product', 'scope']);
    expect(log.latency.find((l) => l.category === 'product')!.decidedCount).toBeGreaterThan(0);
    expect(await call('decisions/log', people.guest, { project: { key: 'ENG' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
