import type { DecisionView, IssueDecisionsView } from '../../../src/contract/resolvers';
import { ACCEPTANCE_PROPERTY_KEY } from '../../../src/domain/acceptance/mirror';
import { DECISIONS_PROPERTY_KEY } from '../../../src/domain/decisions/mirror';
import type { Decision } from '../../../src/domain/decisions/types';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

/**
 * The issue-property mirrors (JQL decisionStatus…, acceptanceState) against Jira's limits and
 * forgeries: bounded whatever the number of decisions, written from the trusted records, and
 * repaired by the hourly trigger issue by issue, a failure reported without stopping the rest.
 */
type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const HOUR = 3_600_000;
const READY = '10003';
jest.setTimeout(60_000);

interface HourlyReport {
  mirrorsRewritten: string[];
  acceptanceMirrorsRewritten: string[];
  failures: { projectKey: string; issueKey?: string; step: string; message: string }[];
}

describe('issue-property mirrors', () => {
  let sandbox: Sandbox;
  let call: Call;
  let people: Record<'lead' | 'owner' | 'developer', string>;
  const panel = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });
  const ok = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    people = {
      lead: personWithRole(sandbox, 'delivery-tech-lead').accountId,
      owner: personWithRole(sandbox, 'client-product-owner').accountId,
      developer: personWithRole(sandbox, 'developer').accountId,
    };
  });
  afterAll(() => sandbox.close());

  /** Every key the JQL matches, through the sandbox's REST as the app would search (all pages). */
  const jql = async (query: string): Promise<string[]> => {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const url = `${sandbox.url}/rest/api/3/search/jql?jql=${encodeURIComponent(query)}&fields=key&maxResults=1000${token ? `&nextPageToken=${encodeURIComponent(token)}` : ''}`;
      const response = await fetch(url, { headers: { 'x-sandbox-as': 'app' } });
      expect(response.status).toBe(200);
      const page = (await response.json()) as { issues: { key: string }[]; nextPageToken?: string };
      keys.push(...page.issues.map((i) => i.key));
      token = page.nextPageToken;
    } while (token);
    return keys.sort();
  };
  const used: string[] = [];
  /** An issue without decisions that no earlier test of this file took. */
  const issueWithoutDecisions = () => {
    const issue = sandbox.jira.data().issues.find((i) => !(DECISIONS_PROPERTY_KEY in i.properties) && !used.includes(i.key) && i.fields.statusId !== '10001')!;
    used.push(issue.key);
    return { key: issue.key, id: issue.id };
  };
  /** A decision stored as the app stores one (the resolvers would take hundreds of calls to make these). */
  const stored = (n: number, issue: { key: string; id: string }, status: Decision['status']): Decision => {
    const raisedAt = TEST_NOW - (n + 1) * HOUR;
    const history: Decision['history'] = [{ type: 'raised', at: raisedAt, byAccountId: people.lead }];
    if (status === 'decided') history.push({ type: 'decided', at: raisedAt + HOUR / 2, byAccountId: people.lead });
    if (status === 'withdrawn') history.push({ type: 'withdrawn', at: raisedAt + HOUR / 2, byAccountId: people.lead, reason: null });
    return {
      id: `D-${20_000 + n}`,
      projectKey: 'ENG',
      issueId: issue.id,
      issueKey: issue.key,
      category: n % 2 === 0 ? 'technical' : 'product',
      question: `Question number ${n} about the checkout flow, asked on the same issue as all the others?`,
      optionsConsidered: [],
      raisedBy: people.lead,
      raisedAt,
      ownerIds: [people.lead],
      dueAt: status === 'pending' ? TEST_NOW + (n + 1) * HOUR : raisedAt + 24 * HOUR,
      staleAt: raisedAt + 72 * HOUR,
      status,
      outcome: status === 'decided' ? 'Go with the first option.' : null,
      decidedBy: status === 'decided' ? people.lead : null,
      decidedAt: status === 'decided' ? raisedAt + HOUR / 2 : null,
      approval: null,
      supersedes: null,
      supersededBy: null,
      history,
      version: history.length,
    };
  };
  const insertAll = async (decisions: Decision[]) => {
    for (const d of decisions) if (!(await sandbox.storage.decisions.insert(d))) throw new Error(`${d.id} was taken`);
  };
  const mirrorOf = (key: string) => sandbox.jira.data().issues.find((i) => i.key === key)!.properties[DECISIONS_PROPERTY_KEY];

  it('an issue with 400 decisions: one more is raised (not answered "invalid"), its panel opens, its mirror stays small', async () => {
    const issue = issueWithoutDecisions();
    await insertAll(Array.from({ length: 400 }, (_, n) => stored(n, issue, n % 3 === 0 ? 'withdrawn' : 'decided')));

    const raised = await call('decisions/raise', people.lead, panel(issue.key), { category: 'product', question: 'One more question on a busy issue?', optionsConsidered: [] });
    expect(raised).toMatchObject({ ok: true, data: { status: 'pending' } });
    expect(JSON.stringify(mirrorOf(issue.key)).length).toBeLessThan(2_000);
    expect(await jql(`decisionStatus = pending AND key = ${issue.key}`)).toEqual([issue.key]);

    const view = ok(await call('decisions/forIssue', people.developer, panel(issue.key))) as IssueDecisionsView;
    expect(view.decisions).toHaveLength(401);
  });

  it('an issue holds at most 50 open decisions: the 51st is refused with what to do, and nothing is stored', async () => {
    const issue = issueWithoutDecisions();
    await insertAll(Array.from({ length: 50 }, (_, n) => ({ ...stored(1_000 + n, issue, 'pending') })));
    const before = JSON.stringify(await sandbox.storage.decisions.listByIssue('ENG', issue.id));
    const refused = await call('decisions/raise', people.lead, panel(issue.key), { category: 'technical', question: 'Yet another open question?', optionsConsidered: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('already has 50 open decisions') } });
    expect(JSON.stringify(await sandbox.storage.decisions.listByIssue('ENG', issue.id))).toBe(before);

    // Deciding one makes room again.
    const open = (await sandbox.storage.decisions.listByIssue('ENG', issue.id)).find((d) => d.status === 'pending')!;
    expect(await call('decisions/withdraw', people.lead, panel(issue.key), { decisionId: open.id, expectedVersion: open.version })).toMatchObject({ ok: true });
    expect((await call('decisions/raise', people.lead, panel(issue.key), { category: 'technical', question: 'Yet another open question?', optionsConsidered: [] })) as { ok: boolean; data?: DecisionView }).toMatchObject({ ok: true });
  });

  it('acceptanceState in JQL says what the trusted records say, from the start; a forged property is rewritten hourly; a verdict writes it', async () => {
    const records = await sandbox.storage.acceptance.listByProject('ENG');
    const lastIs = (verdict: string) => records.filter((r) => r.verdicts.at(-1)?.verdict === verdict).map((r) => r.issueKey).sort();
    expect(lastIs('accepted').length).toBeGreaterThan(0);
    expect(await jql('project = ENG AND acceptanceState = accepted')).toEqual(lastIs('accepted'));
    expect(await jql('project = ENG AND acceptanceState = "changes-requested"')).toEqual(lastIs('changes-requested'));

    // Anyone with Edit Issues can write the property; the hourly trigger puts back what app storage says.
    const withRecord = new Set(records.map((r) => r.issueId));
    const forged = sandbox.jira.data().issues.find((i) => i.fields.statusId === READY && !withRecord.has(i.id))!;
    const put = await fetch(`${sandbox.url}/rest/api/3/issue/${forged.key}/properties/${ACCEPTANCE_PROPERTY_KEY}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': people.developer },
      body: JSON.stringify({ state: 'accepted' }),
    });
    expect(put.ok).toBe(true);
    expect(await jql('project = ENG AND acceptanceState = accepted')).toContain(forged.key);

    const first = (await sandbox.refresh()) as HourlyReport;
    expect(first.acceptanceMirrorsRewritten).toEqual([forged.key]);
    expect(first.failures).toEqual([]);
    expect(await jql('project = ENG AND acceptanceState = accepted')).toEqual(lastIs('accepted'));
    expect(((await sandbox.refresh()) as HourlyReport).acceptanceMirrorsRewritten).toEqual([]);

    const view = await call('acceptance/forIssue', people.owner, panel(forged.key));
    expect(view).toMatchObject({ ok: true, data: { state: 'awaiting' } });
    const accepted = await call('acceptance/accept', people.owner, panel(forged.key), { expectedVersion: 0 });
    expect(accepted).toMatchObject({ ok: true, data: { state: 'accepted' } });
    expect(await jql('project = ENG AND acceptanceState = accepted')).toEqual([...lastIs('accepted'), forged.key].sort());
  });

  it('the hourly trigger repairs mirror by mirror and project by project: a failure is reported, the rest is done', async () => {
    // A registered project Jira does not know (deleted), and a decision whose issue is gone: both fail.
    await sandbox.storage.store.create('project:AAA', { projectKey: 'AAA', since: TEST_NOW });
    const gone = { key: 'ENG-99999', id: '99999' };
    await insertAll([stored(5_000, gone, 'pending')]);
    // And a mirror someone overwrote through REST, on an issue after the broken one.
    const tampered = sandbox.jira.data().issues.filter((i) => DECISIONS_PROPERTY_KEY in i.properties).sort((a, b) => b.key.localeCompare(a.key))[0]!;
    await fetch(`${sandbox.url}/rest/api/3/issue/${tampered.key}/properties/${DECISIONS_PROPERTY_KEY}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': people.developer },
      body: JSON.stringify({ statuses: ['decided'], categories: ['scope'], nextDueAt: null }),
    });

    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let report: HourlyReport;
    try {
      report = (await sandbox.refresh()) as HourlyReport;
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
    expect(report.mirrorsRewritten).toContain(tampered.key);
    expect((mirrorOf(tampered.key) as { statuses: string[] }).statuses).not.toEqual(['decided']);
    expect(report.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ projectKey: 'AAA' }),
        expect.objectContaining({ projectKey: 'ENG', issueKey: gone.key, step: 'decision-mirrors', message: expect.any(String) }),
      ]),
    );
    expect(report.failures.filter((f) => f.projectKey === 'ENG')).toHaveLength(1);
  });
});
