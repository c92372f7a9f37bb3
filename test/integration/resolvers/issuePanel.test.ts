import type { ResolverKey } from '../../../src/contract/resolvers';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
type Counts = Record<string, number>;

const SINGLE_CALLS = ['issue/summary', 'acceptance/forIssue', 'decisions/forIssue'] as const satisfies readonly ResolverKey[];
const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('issue/panel: the issue panel in one call', () => {
  let sandbox: Sandbox;
  let call: Call;
  let owner: string;
  let issue: { key: string; id: string };
  const panel = (key = issue.key) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    owner = personWithRole(sandbox, 'client-product-owner').accountId;
    // An issue with something in every section: decisions and acceptance verdicts from the demo.
    const decided = new Set((await sandbox.storage.decisions.listByProject('ENG')).map((d) => d.issueId));
    const judged = (await sandbox.storage.acceptance.listByProject('ENG')).filter((r) => r.verdicts.length > 0 && decided.has(r.issueId));
    const chosen = sandbox.jira.data().issues.find((i) => judged.some((r) => r.issueId === i.id))!;
    expect(chosen).toBeDefined();
    issue = { key: chosen.key, id: chosen.id };
    // Warm up: the first view settles what the demo left pending and fills the per-site field cache.
    for (const key of [...SINGLE_CALLS, 'issue/panel'] as const) await call(key, owner, panel());
  });
  afterAll(() => sandbox.close());

  /** The answer of one call, and the Jira requests it made (per endpoint). */
  const measured = async <K extends ResolverKey>(key: K) => {
    sandbox.jira.resetStats();
    const result = await call(key, owner, panel());
    return { result, requests: sandbox.jira.stats() };
  };

  it('answers the same summary, acceptance and decisions as the three single calls', async () => {
    const { result } = await measured('issue/panel');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [summary, acceptance, decisions] = await Promise.all(SINGLE_CALLS.map((key) => call(key, owner, panel())));
    expect(result.data.summary).toEqual(summary!.ok && summary!.data);
    expect(result.data.acceptance).toEqual(acceptance!.ok && acceptance!.data);
    expect(result.data.decisions).toEqual(decisions!.ok && decisions!.data);
    expect(result.data.decisions.decisions.length).toBeGreaterThan(0);
    expect(result.data.acceptance.history.length).toBeGreaterThan(0);
    expect(result.data.sprintMetrics).toEqual(expect.objectContaining({ sprints: expect.any(Array) }));
  });

  it('refuses an outsider with the same not-found as the single calls, whether or not the issue exists', async () => {
    const guest = outsider(sandbox).accountId;
    const refusals = await Promise.all([...SINGLE_CALLS, 'issue/panel' as const].map((key) => call(key, guest, panel())));
    const notFound = { ok: false, error: { code: 'not_found', message: 'Not found, or you do not have access to it.' } };
    for (const refusal of refusals) expect(refusal).toEqual(notFound);
    expect(await call('issue/panel', guest, panel('ENG-999999'))).toEqual(notFound);
    expect(await call('issue/panel', owner, panel('ENG-999999'))).toEqual(notFound);
    expect(await call('issue/panel', undefined, panel())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('asks Jira no more than the three single calls, less what they repeat', async () => {
    const singles: Counts[] = [];
    for (const key of SINGLE_CALLS) singles.push((await measured(key)).requests);
    const { result, requests: combined } = await measured('issue/panel');
    expect(result.ok).toBe(true);
    // What the three calls repeat (the permission check, the issue's read, the names' lookup) is asked once:
    // per endpoint, the panel asks at most as often as the single call that asks it most.
    const endpoints = [...new Set(singles.flatMap((s) => Object.keys(s)))];
    const mostBySingleCall = Object.fromEntries(endpoints.map((e) => [e, Math.max(...singles.map((s) => s[e] ?? 0))]));
    const sum = singles.reduce((a, s) => a + total(s), 0);
    const duplicates = sum - total(mostBySingleCall);
    console.info(`Jira requests: ${SINGLE_CALLS.map((k, i) => `${k} ${total(singles[i]!)}`).join(', ')} (sum ${sum}, of which ${duplicates} repeated); issue/panel ${total(combined)}`, { singles, combined });
    const overAsked = Object.entries(combined).filter(([endpoint, count]) => count > (mostBySingleCall[endpoint] ?? 0));
    expect(overAsked).toEqual([]);
    expect(total(combined)).toBeLessThanOrEqual(sum - duplicates);
    expect(duplicates).toBeGreaterThan(0);
  });
});
