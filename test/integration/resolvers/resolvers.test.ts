import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;

describe('resolvers against the sandbox Jira', () => {
  let sandbox: Sandbox;
  let call: Call;

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
  });
  afterAll(() => sandbox.close());

  const project = { key: 'ENG', id: '10000', type: 'software' };
  const anIssueInSprint = () => sandbox.jira.data().issues.find((i) => i.fields.sprintIds.length > 0 && i.fields.storyPoints !== null)!;

  it('issue/summary shows the issue as Jira has it to a delivery tech lead', async () => {
    const issue = anIssueInSprint();
    const lead = personWithRole(sandbox, 'delivery-tech-lead');
    const result = await call('issue/summary', lead.accountId, { type: 'jira:issuePanel', issue: { key: issue.key, id: issue.id }, project });
    const status = sandbox.jira.data().statuses.find((s) => s.id === issue.fields.statusId)!;
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ key: issue.key, summary: issue.fields.summary, status: status.name, storyPoints: issue.fields.storyPoints }) });
  });

  it('issue/summary refuses a user without permission, and an anonymous call', async () => {
    const issue = anIssueInSprint();
    const extension = { issue: { key: issue.key } };
    // Not "forbidden (issue ENG-1)": that would tell an outsider the issue exists (hostileInput.test.ts).
    expect(await call('issue/summary', outsider(sandbox).accountId, extension)).toEqual({ ok: false, error: { code: 'not_found', message: 'Not found, or you do not have access to it.' } });
    expect(await call('issue/summary', undefined, extension)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('rejects payloads it does not expect and contexts that are not an issue', async () => {
    const lead = personWithRole(sandbox, 'delivery-tech-lead');
    const issue = anIssueInSprint();
    expect(await call('issue/summary', lead.accountId, { issue: { key: issue.key } }, { issueKey: 'OTHER-1' })).toMatchObject({ ok: false, error: { code: 'invalid', fields: expect.any(Object) } });
    expect(await call('issue/summary', lead.accountId, { project })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('issue/summary', lead.accountId, { issue: { key: 'ENG-1 OR project = X' } })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('an issue that does not exist is not found', async () => {
    const lead = personWithRole(sandbox, 'delivery-tech-lead');
    const result = await call('issue/summary', lead.accountId, { issue: { key: 'ENG-999999' } });
    expect(result.ok).toBe(false);
    expect(['not_found', 'forbidden']).toContain((result as { error: { code: string } }).error.code);
  });

  it('project/overview carries the stored health snapshot: every started sprint oldest first, the active one last', async () => {
    await sandbox.refresh();
    const sponsor = personWithRole(sandbox, 'client-sponsor');
    const result = await call('project/overview', sponsor.accountId, { type: 'jira:projectPage', project });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const started = sandbox.jira.data().sprints.filter((s) => s.state !== 'future').sort((a, b) => Date.parse(a.startDate!) - Date.parse(b.startDate!));
    expect(result.data.health.velocity.map((s) => s.name)).toEqual(started.map((s) => s.name));
    expect(result.data.health.velocity.at(-1)?.state).toBe('active');
    const closed = result.data.health.velocity.filter((s) => s.state === 'closed');
    expect(closed.every((s) => s.committed.issueCount > 0)).toBe(true);
    expect(closed.some((s) => s.completed.value > 0)).toBe(true);
    expect(result.data.boardName).toBe(`${project.key} board`);
  });

  it('settings/get tells whether the caller administers the project', async () => {
    const admin = personWithRole(sandbox, 'project-admin');
    const developer = personWithRole(sandbox, 'developer');
    const asAdmin = await call('settings/get', admin.accountId, { type: 'jira:projectSettingsPage', project });
    const asDeveloper = await call('settings/get', developer.accountId, { type: 'jira:projectSettingsPage', project });
    expect(asAdmin).toMatchObject({ ok: true, data: { canAdminister: true, board: { estimationField: expect.any(String) } } });
    expect(asDeveloper).toMatchObject({ ok: true, data: { canAdminister: false } });
    if (asAdmin.ok) expect(asAdmin.data.statuses.map((s) => s.name)).toContain('Done');
  });

  it('the hourly refresh records the active sprint commitment once', async () => {
    const first = (await sandbox.refresh()) as { recorded: number[]; alreadyRecorded: number[] };
    const second = (await sandbox.refresh()) as { recorded: number[]; alreadyRecorded: number[] };
    const active = sandbox.jira.data().sprints.filter((s) => s.state === 'active').map((s) => s.id);
    expect([...first.recorded, ...first.alreadyRecorded]).toEqual(active);
    expect(second).toMatchObject({ recorded: [], alreadyRecorded: active });
  });
});
