/**
 * Creating an issue on a real project: the type is the project's own (by id; its first standard type
 * when it has none of the name asked for), and a create screen without the due date or the assignee
 * gets the issue without them rather than no issue at all.
 */
import { createJiraPorts } from '../../../src/jira/ports';
import { fail, ok, scriptedJira, type RecordedRequest } from './fakeJira';

const PROJECT = { id: '10000', key: 'OPS', name: 'Operations', issueTypes: [{ id: '1', name: 'Epic', subtask: false, hierarchyLevel: 1 }, { id: '7', name: 'Story', subtask: false, hierarchyLevel: 0 }, { id: '9', name: 'Sub-task', subtask: true, hierarchyLevel: -1 }] };
const FIELDS = { projectKey: 'OPS', issueTypeName: 'Task', summary: 'Calibration call: a concern', description: { type: 'doc', version: 1, content: [] }, assigneeId: 'acc-1', dueDate: '2026-11-25' };

const posted = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST').map((r) => (r.body as { fields: Record<string, unknown> }).fields);

it('uses the project’s own type: the one named, else its first standard type — never an epic or a sub-task', async () => {
  const withTask = { ...PROJECT, issueTypes: [...PROJECT.issueTypes, { id: '3', name: 'task', subtask: false, hierarchyLevel: 0 }] };
  for (const [project, typeId] of [[PROJECT, '7'], [withTask, '3']] as const) {
    const jira = scriptedJira((request) => (request.method === 'GET' ? ok(project) : ok({ id: '20001', key: 'OPS-1' }, 201)));
    const created = await createJiraPorts(jira.request).jira.createIssue(FIELDS, { effectId: 'e-1' });
    expect(created).toEqual({ issueId: '20001', issueKey: 'OPS-1' });
    expect(posted(jira.requests)).toEqual([expect.objectContaining({ issuetype: { id: typeId }, duedate: '2026-11-25', assignee: { accountId: 'acc-1' } })]);
  }
});

it('a create screen without the due date gets the issue without it; any other refusal stays a refusal', async () => {
  let posts = 0;
  const jira = scriptedJira((request) => {
    if (request.method === 'GET') return ok(PROJECT);
    posts += 1;
    return posts === 1 ? fail(400, { errorMessages: [], errors: { duedate: "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown." } }) : ok({ id: '20002', key: 'OPS-2' }, 201);
  });
  expect(await createJiraPorts(jira.request).jira.createIssue(FIELDS, { effectId: 'e-2' })).toEqual({ issueId: '20002', issueKey: 'OPS-2' });
  const [first, second] = posted(jira.requests);
  expect(first).toHaveProperty('duedate', '2026-11-25');
  expect(second).not.toHaveProperty('duedate');
  expect(second).toHaveProperty('assignee', { accountId: 'acc-1' });

  const refusing = scriptedJira((request) => (request.method === 'GET' ? ok(PROJECT) : fail(400, { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } })));
  await expect(createJiraPorts(refusing.request).jira.createIssue(FIELDS, { effectId: 'e-3' })).rejects.toMatchObject({ kind: 'invalid' });
  expect(posted(refusing.requests)).toHaveLength(1);
});
