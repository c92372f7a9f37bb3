import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox } from '../../support/sandbox';
import { acceptanceViews } from '../../support/acceptanceViews';

/**
 * Jira identifies a status by its id: two statuses may share the name "Done". The Done gate
 * (the workflow validator) must keep unaccepted work out of both.
 */
type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const READY = '10003';
const DONE = { id: '10001', transitionId: '51' };
const SECOND_DONE = { id: '10099', transitionId: '99' };

describe('the Done gate resolves statuses by id', () => {
  let sandbox: Sandbox;
  let call: Call;
  let people: Record<'owner' | 'developer', string>;
  const panel = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    people = { owner: personWithRole(sandbox, 'client-product-owner').accountId, developer: personWithRole(sandbox, 'developer').accountId };
    // A second status named Done (another id, also in the Done category), with a transition into it.
    const data = sandbox.jira.data();
    data.statuses.push({ id: SECOND_DONE.id, name: 'Done', categoryKey: 'done' });
    data.transitions.push({ id: SECOND_DONE.transitionId, name: 'Close', toStatusId: SECOND_DONE.id });
  });
  afterAll(() => sandbox.close());

  const { view, awaitingIssues } = acceptanceViews(() => sandbox, () => call, () => people.owner);
  const transition = async (key: string, transitionId: string, as: string) => {
    const response = await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': as },
      body: JSON.stringify({ transition: { id: transitionId } }),
    });
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as { errorMessages: string[] }) };
  };
  const statusIdOf = (key: string) => sandbox.jira.data().issues.find((i) => i.key === key)!.fields.statusId;

  it('work awaiting acceptance cannot reach either status named Done', async () => {
    const [key] = await awaitingIssues();
    expect(key).toBeDefined();
    for (const target of [DONE, SECOND_DONE]) {
      const refused = await transition(key!, target.transitionId, people.developer);
      expect(refused.status).toBe(400);
      expect(refused.body!.errorMessages[0]).toMatch(/^Waiting for acceptance by the client: ask /);
      expect(statusIdOf(key!)).toBe(READY);
    }
  });

  it('a target status the project does not list is refused, saying why (Jira sends the validator the id)', async () => {
    const [key] = await awaitingIssues();
    const args = { issue: { key }, transition: { from: { id: READY }, to: { id: '10500' } }, configuration: {}, context: { cloudId: sandbox.forge.site.cloudId } };
    expect(await sandbox.forge.invokeFunction('acceptance-validator', [args, { installContext: sandbox.forge.site.installContext, principal: { accountId: people.developer } }], people.developer)).toEqual({
      result: false,
      errorMessage: "Engagement Health cannot tell whether status 10500 is Done; ask your Jira admin to check that it belongs to this project's workflow",
    });
  });

  it('once the client accepted it, it may move to either', async () => {
    const [key] = await awaitingIssues();
    expect(await call('acceptance/accept', people.owner, panel(key!), { expectedVersion: (await view(key!)).version })).toMatchObject({ ok: true, data: { state: 'accepted' } });
    expect((await transition(key!, SECOND_DONE.transitionId, people.developer)).status).toBe(204);
    expect(statusIdOf(key!)).toBe(SECOND_DONE.id);
  });
});
