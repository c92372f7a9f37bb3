/**
 * Statuses by id everywhere: with a second status also named "In Progress", the settings pick the
 * return status by id, and a change request moves the issue to exactly that status.
 */
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox } from '../../support/sandbox';

jest.setTimeout(60_000);

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let call: Call;
const SECOND_IN_PROGRESS = '10600';

beforeAll(async () => {
  sandbox = await testSandbox();
  call = resolverCaller(sandbox);
  const data = sandbox.jira.data();
  data.statuses.push({ id: SECOND_IN_PROGRESS, name: 'In Progress', categoryKey: 'indeterminate' } as (typeof data.statuses)[number]);
  data.transitions.push({ id: '61', name: 'Back to rework', toStatusId: SECOND_IN_PROGRESS });
});
afterAll(() => sandbox.close());

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
};

it('offers both statuses by id in the settings and moves a change request back to the one chosen', async () => {
  const admin = personWithRole(sandbox, 'project-admin').accountId;
  const owner = personWithRole(sandbox, 'client-product-owner').accountId;
  const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
  const view = ok(await call('settings/get', admin, settings));
  expect(view.statuses.filter((s) => s.name === 'In Progress').map((s) => s.id).sort()).toEqual(['3', SECOND_IN_PROGRESS].sort());
  const current = ok(await call('policy/get', admin, settings));
  ok(await call('policy/save', admin, settings, { policy: { ...current.policy, acceptance: { ...current.policy.acceptance, returnStatus: SECOND_IN_PROGRESS } }, expectedVersion: current.version }));

  const data = sandbox.jira.data();
  for (const issue of data.issues.filter((i) => i.fields.statusId === '10003')) {
    const panel = { type: 'jira:issuePanel', issue: { key: issue.key, id: issue.id }, project: { key: 'ENG' } };
    const acceptance = ok(await call('acceptance/forIssue', owner, panel));
    if (acceptance.state !== 'awaiting') continue;
    const answer = ok(await call('acceptance/requestChanges', owner, panel, { feedback: 'Please rework the layout.', expectedVersion: acceptance.version }));
    expect(answer.pending).toEqual([]);
    expect(issue.fields.statusId).toBe(SECOND_IN_PROGRESS);
    return;
  }
  throw new Error('no issue awaits the product owner');
});
