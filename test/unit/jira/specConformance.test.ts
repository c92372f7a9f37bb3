/**
 * Every request the operations build matches an operation of Atlassian's
 * OpenAPI specs: method, path template, query parameter names, body properties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jira from '../../../src/jira';
import { ok, scriptedClient, type RecordedRequest } from './fakeJira';

const SPEC_DIR = join(__dirname, '../../../../shared/jira-openapi');
const specFiles = ['platform-v3.json', 'software-v3.json'].map((f) => join(SPEC_DIR, f));

interface SpecParameter {
  name: string;
  in: string;
}
interface SpecOperation {
  parameters?: SpecParameter[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }> };
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

const specs: Spec[] = specFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Spec);

function find(method: string, template: string): { spec: Spec; op: SpecOperation } | null {
  for (const spec of specs) {
    const op = spec.paths[template]?.[method.toLowerCase()];
    if (op) return { spec, op };
  }
  return null;
}

function templateRegex(template: string): RegExp {
  const literal = (part: string) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${template.split(/\{\w+\}/).map(literal).join('[^/]+')}$`);
}

/** Calls every operation once against a Jira that answers "empty, last page". */
async function recordAllRequests(): Promise<RecordedRequest[]> {
  const { client, jira: fake } = scriptedClient(() =>
    ok({ isLast: true, values: [], issues: [], comments: [], transitions: [], issueChangeLogs: [], permissions: {}, projectPermissions: [] }),
  );
  const doc = { type: 'doc' as const, version: 1 as const, content: [] };
  await jira.searchAllIssues(client, { jql: 'project = ENG', fields: ['summary'], properties: ['p'] });
  await jira.fetchChangelogEntries(client, ['10001'], ['status']);
  await jira.getIssue(client, 'ENG-1', { fields: ['summary'], properties: ['p'] });
  await jira.editIssue(client, 'ENG-1', { fields: { labels: ['x'] }, update: { labels: [{ add: 'y' }] } }, { notifyUsers: false });
  await jira.getIssueProperty(client, 'ENG-1', 'p');
  await jira.setIssueProperty(client, 'ENG-1', 'p', { a: 1 });
  await jira.deleteIssueProperty(client, 'ENG-1', 'p');
  await jira.addComment(client, 'ENG-1', doc, { visibility: { type: 'role', identifier: 'Developers' } });
  await jira.getComments(client, 'ENG-1', { orderBy: '-created' });
  await jira.addComment(client, 'ENG-1', doc, { properties: [{ key: 'engagement-health-effect', value: { effectId: 'e' } }] });
  await jira.getCommentProperty(client, '10001', 'engagement-health-effect');
  await jira.createIssue(client, { projectKey: 'ENG', issueTypeName: 'Task', summary: 'Calibration call', description: doc, assigneeId: 'acc-1', dueDate: '2026-12-01' }, { properties: [{ key: 'engagement-health-effect', value: { effectId: 'e' } }] });
  await jira.getTransitions(client, 'ENG-1');
  await jira.transitionIssue(client, 'ENG-1', '31', { fields: { resolution: { name: 'Done' } }, update: {} });
  await jira.getProject(client, 'ENG');
  await jira.getProjectVersions(client, 'ENG');
  await jira.getProjectStatuses(client, 'ENG');
  await jira.getFields(client);
  await jira.getMyself(client);
  await jira.getServerInfo(client);
  await jira.getUser(client, 'acc-1');
  await jira.searchUsers(client, 'mia', { maxResults: 10 });
  await jira.bulkGetUsers(client, ['acc-1', 'acc-2']);
  await jira.bulkGetGroups(client, ['g-1', 'g-2']);
  await jira.findGroups(client, { query: 'client', maxResults: 50 });
  await jira.collect(jira.groupMembers(client, 'g-1'));
  await jira.getProjectRoles(client, 'ENG');
  await jira.getProjectRole(client, 'ENG', '10100');
  await jira.checkPermissions(client, { accountId: 'acc-1', globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['EDIT_ISSUES'], projectIds: [1], issueIds: [2] }] });
  await jira.getMyPermissions(client, ['EDIT_ISSUES'], { projectKey: 'ENG', projectId: '1', issueKey: 'ENG-1', issueId: '2' });
  await jira.getBoards(client, 'ENG', { type: 'scrum' });
  await jira.getBoardConfiguration(client, 7);
  await jira.getBoardSprints(client, 7, 'closed');
  await jira.getSprint(client, 3);
  await jira.getSprintIssues(client, 3, { fields: ['summary'], jql: 'issuetype = Story' });
  return fake.requests;
}

describe('requests match the OpenAPI specs', () => {
  it('every listed operation exists in a spec', () => {
    for (const op of jira.JIRA_OPERATIONS) expect([op.method, op.path, find(op.method, op.path) !== null]).toEqual([op.method, op.path, true]);
    const keys = jira.JIRA_OPERATIONS.map((op) => `${op.method} ${op.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every request is a listed operation with the spec’s parameter and body names, and every listed operation is used', async () => {
    const requests = await recordAllRequests();
    const used = new Set<string>();
    for (const request of requests) {
      const op = jira.JIRA_OPERATIONS.find((o) => o.method === request.method && templateRegex(o.path).test(request.path));
      expect([request.method, request.path, op !== undefined]).toEqual([request.method, request.path, true]);
      if (!op) continue;
      used.add(`${op.method} ${op.path}`);
      const { spec, op: specOp } = find(op.method, op.path)!;
      const queryNames = new Set((specOp.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
      for (const name of new Set(request.query.keys())) expect([op.path, name, queryNames.has(name)]).toEqual([op.path, name, true]);

      const schema = specOp.requestBody?.content?.['application/json']?.schema;
      const resolved = schema?.$ref ? spec.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
      const bodyProps = resolved?.properties;
      if (bodyProps && request.body && typeof request.body === 'object' && !Array.isArray(request.body)) {
        for (const key of Object.keys(request.body)) expect([op.path, key, key in bodyProps]).toEqual([op.path, key, true]);
      }
    }
    expect([...jira.JIRA_OPERATIONS.map((o) => `${o.method} ${o.path}`)].filter((k) => !used.has(k))).toEqual([]);
  });
});
