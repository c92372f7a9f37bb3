/**
 * Contract: the app's Jira client against the sandbox, checked against
 * Atlassian's specs. Every operation of the client runs at least once (errors
 * included); every request it builds must name an operation of the specs and
 * every response the sandbox serves must validate against that operation.
 */
import { DEMO_PEOPLE } from '../../sandbox/demo/generate';
import {
  JIRA_OPERATIONS,
  JiraError,
  addComment,
  bulkGetGroups,
  bulkGetUsers,
  checkPermissions,
  collect,
  createIssue,
  createJiraClient,
  deleteIssueProperty,
  editIssue,
  fetchChangelogEntries,
  findGroups,
  getBoardConfiguration,
  getBoardSprints,
  getBoards,
  getCommentProperty,
  getComments,
  getFields,
  groupMembers,
  getIssue,
  getIssueProperty,
  getMyPermissions,
  getMyself,
  getServerInfo,
  getProject,
  getProjectRole,
  getProjectRoles,
  getProjectStatuses,
  getProjectVersions,
  getSprint,
  getSprintIssues,
  getTransitions,
  getUser,
  searchAllIssues,
  searchUsers,
  setIssueProperty,
  transitionIssue,
  type JiraClient,
} from '../../src/jira';
import { jiraThroughForge } from '../support/jiraThroughForge';
import { startJiraSandbox, type RunningJira } from './jiraSandbox';
import { specValidator } from './openapi';
import { contractFailures, coverage, rawExchange, recordingTransport, type Exchange } from './recorder';

jest.setTimeout(60_000);

const validator = specValidator();
const exchanges: Exchange[] = [];
let sandbox: RunningJira;
let asApp: JiraClient;
let asUser: (accountId: string) => JiraClient;

const STORY_POINTS = 'customfield_10016';
const SPRINT = 'customfield_10020';
const PROPERTY = 'engagement-health-decisions';
const doc = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function failure(call: Promise<unknown>): Promise<JiraError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof JiraError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  sandbox = await startJiraSandbox();
  const transports = jiraThroughForge(sandbox.url);
  const options = { maxAttempts: 1, deadlineMs: 30_000 };
  asApp = createJiraClient(recordingTransport(transports.asApp, exchanges), options);
  asUser = (accountId) => createJiraClient(recordingTransport(transports.asUser(accountId), exchanges), options);
});

afterAll(async () => {
  await sandbox?.close();
});

describe('the Jira client against the sandbox', () => {
  const { productOwner, techLead, decisionMaker, guest } = DEMO_PEOPLE;

  it('reads users', async () => {
    expect((await getMyself(asUser(productOwner.accountId))).accountId).toBe(productOwner.accountId);
    expect((await getUser(asApp, techLead.accountId)).displayName).toBe(techLead.displayName);
    expect((await searchUsers(asApp, 'Emily')).map((u) => u.accountId)).toContain(productOwner.accountId);
    const found = await bulkGetUsers(asApp, [productOwner.accountId, techLead.accountId, '712020:00000000-0000-0000-0000-000000000000']);
    expect(found.map((u) => u.accountId).sort()).toEqual([productOwner.accountId, techLead.accountId].sort());
  });

  it('reads groups, their members and the project’s roles with their actors', async () => {
    const [clientTeam] = (await findGroups(asApp, { query: 'CLIENT', maxResults: 10 })).groups;
    expect(clientTeam?.name).toBe('client-team');
    expect((await findGroups(asApp, { maxResults: 2 })).total).toBeGreaterThan(2);
    const found = await bulkGetGroups(asApp, [clientTeam!.groupId!, '00000000-0000-4000-8000-000000000000']);
    expect(found.map((g) => g.name)).toEqual(['client-team']);
    expect((await collect(groupMembers(asApp, clientTeam!.groupId!))).map((u) => u.accountId)).toContain(productOwner.accountId);
    expect((await failure(collect(groupMembers(asApp, '00000000-0000-4000-8000-000000000000')))).kind).toBe('not_found');
    const roles = await getProjectRoles(asApp, 'ENG');
    const client = roles.find((r) => r.name === 'Client')!;
    expect((await getProjectRole(asApp, 'ENG', client.id)).actors?.map((a) => a.actorUser?.accountId)).toContain(productOwner.accountId);
    expect((await getProjectRole(asApp, 'ENG', roles.find((r) => r.name === 'Delivery')!.id)).actors?.[0]?.actorGroup?.name).toBe('delivery-team');
    expect((await failure(getProjectRole(asApp, 'ENG', '99999'))).kind).toBe('not_found');
  });

  it('reads the project, its versions, statuses and the fields', async () => {
    expect((await getProject(asApp, 'ENG')).key).toBe('ENG');
    expect((await getProjectVersions(asApp, 'ENG')).length).toBeGreaterThan(0);
    expect((await getProjectStatuses(asApp, 'ENG')).length).toBeGreaterThan(0);
    expect((await getFields(asApp)).map((f) => f.id)).toEqual(expect.arrayContaining(['summary', STORY_POINTS]));
    expect((await getServerInfo(asApp)).baseUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+$/);
  });

  it('reads boards, sprints and sprint issues', async () => {
    const [board] = await getBoards(asApp, 'ENG', { type: 'scrum' });
    expect(board).toBeDefined();
    await getBoardConfiguration(asApp, board!.id!);
    const all = await getBoardSprints(asApp, board!.id!);
    const [active] = await getBoardSprints(asApp, board!.id!, 'active');
    await getBoardSprints(asApp, board!.id!, ['closed', 'future']);
    expect(all.length).toBeGreaterThan(2);
    expect((await getSprint(asApp, active!.id!)).state).toBe('active');
    const issues = await getSprintIssues(asApp, active!.id!, { fields: ['summary', 'status', 'issuetype', STORY_POINTS, SPRINT] });
    expect(issues.length).toBeGreaterThan(0);
    await getSprintIssues(asApp, active!.id!, { fields: ['status'], jql: 'issuetype != Epic' });
  });

  it('searches with JQL across pages and fetches changelogs in bulk', async () => {
    const issues = await searchAllIssues(asApp, {
      jql: 'project = ENG ORDER BY key ASC',
      fields: ['summary', 'status', 'issuetype', 'assignee', 'reporter', 'priority', 'labels', 'fixVersions', 'created', 'updated', 'resolutiondate', STORY_POINTS, SPRINT],
      properties: [PROPERTY],
      maxResults: 40,
    });
    expect(issues.length).toBeGreaterThan(40);
    await searchAllIssues(asApp, { jql: 'project = ENG AND statusCategory != Done', fields: ['status'] });
    const ids = issues.slice(0, 60).map((i) => i.id!);
    expect((await fetchChangelogEntries(asApp, ids)).length).toBeGreaterThan(0);
    await fetchChangelogEntries(asApp, ids, ['status', SPRINT, STORY_POINTS]);
  });

  it('reads, edits, comments on and transitions an issue', async () => {
    const [issue] = await searchAllIssues(asApp, { jql: 'project = ENG AND statusCategory = "To Do" ORDER BY key ASC', fields: ['status'], maxResults: 1 });
    const key = issue!.key!;
    await getIssue(asApp, key);
    await getIssue(asApp, key, { fields: ['summary', 'status', STORY_POINTS], properties: [PROPERTY] });
    await getComments(asApp, key);
    await getComments(asApp, key, { orderBy: '-created' });
    await addComment(asUser(productOwner.accountId), key, doc('Accepted, thanks.'));
    const marked = await addComment(asApp, key, doc('Marked for an outbox effect.'), { properties: [{ key: 'engagement-health-effect', value: { effectId: 'contract-1' } }] });
    expect(await getCommentProperty(asApp, marked.id, 'engagement-health-effect')).toEqual({ effectId: 'contract-1' });
    await editIssue(asUser(techLead.accountId), key, { fields: { labels: ['contract-test'] } });
    await editIssue(asUser(techLead.accountId), key, { update: { labels: [{ add: 'second-label' }] } }, { notifyUsers: false });
    const transitions = await getTransitions(asUser(techLead.accountId), key);
    const toProgress = transitions.find((t) => t.to?.name === 'In Progress') ?? transitions[0];
    await transitionIssue(asUser(techLead.accountId), key, toProgress!.id!);
    const created = await createIssue(asApp, { projectKey: 'ENG', issueTypeName: 'Task', summary: 'Calibration call: a contract test', description: doc('Hold it.'), assigneeId: techLead.accountId, dueDate: '2026-12-01' }, { properties: [{ key: 'engagement-health-effect', value: { effectId: 'contract-2' } }] });
    expect(created.key).toMatch(/^ENG-\d+$/);
  });

  it('sets, reads and deletes an issue property', async () => {
    const value = { statuses: ['pending'], categories: ['scope'], nextDueAt: '2026-11-20T15:00:00.000Z' };
    await setIssueProperty(asApp, 'ENG-2', PROPERTY, value);
    expect(await getIssueProperty(asApp, 'ENG-2', PROPERTY)).toEqual(value);
    await deleteIssueProperty(asApp, 'ENG-2', PROPERTY);
    expect(await getIssueProperty(asApp, 'ENG-2', PROPERTY)).toBeNull();
    await deleteIssueProperty(asApp, 'ENG-2', PROPERTY); // already gone: 404, read as done
  });

  it('checks permissions', async () => {
    const mine = await getMyPermissions(asUser(decisionMaker.accountId), ['BROWSE_PROJECTS', 'EDIT_ISSUES'], { projectKey: 'ENG' });
    expect(mine).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: false });
    await getMyPermissions(asUser(techLead.accountId), ['EDIT_ISSUES'], { issueKey: 'ENG-1' });
    const [issue] = await searchAllIssues(asApp, { jql: 'project = ENG ORDER BY key ASC', fields: ['project'], maxResults: 1 });
    const answer = await checkPermissions(asApp, {
      accountId: techLead.accountId,
      projectPermissions: [{ permissions: ['EDIT_ISSUES', 'BROWSE_PROJECTS'], projectIds: ['10000'], issueIds: [issue!.id!] }],
    });
    expect(answer.project.EDIT_ISSUES?.projectIds).toEqual(['10000']);
    await checkPermissions(asApp, { accountId: guest.accountId, projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projectIds: ['10000'] }] });
  });

  it('gets Jira-shaped errors: 404, 400 bad JQL, 403 and hidden issues', async () => {
    expect((await failure(getIssue(asApp, 'ENG-99999'))).kind).toBe('not_found');
    expect((await failure(searchAllIssues(asApp, { jql: 'project = ENG AND (', fields: ['status'] }))).kind).toBe('invalid');
    expect((await failure(getIssue(asUser(guest.accountId), 'ENG-1'))).kind).toBe('not_found');
    expect((await failure(getProject(asUser(guest.accountId), 'ENG'))).kind).toBe('not_found');
    expect((await failure(editIssue(asUser(decisionMaker.accountId), 'ENG-1', { fields: { labels: ['x'] } }))).kind).toBe('permission');
    expect((await failure(getSprint(asApp, 999_999))).kind).toBe('not_found');
    expect(await getIssueProperty(asApp, 'ENG-99999', PROPERTY)).toBeNull();
  });

  it('answers 401 without credentials', async () => {
    for (const url of ['/rest/api/3/myself', '/rest/api/3/issue/ENG-1', '/rest/agile/1.0/board?projectKeyOrId=ENG']) {
      const exchange = await rawExchange(sandbox.url, 'GET', url);
      expect(exchange.status).toBe(401);
      exchanges.push(exchange);
    }
  });
});

describe('what the tests above sent and received', () => {
  it('ran every operation the client declares', () => {
    const { seen } = coverage(validator, exchanges);
    const missing = JIRA_OPERATIONS.map((op) => `${op.method} ${op.path}`).filter((name) => !seen.has(name));
    expect(missing).toEqual([]);
  });

  it('had a response schema for every successful answer (the spec or a stand-in)', () => {
    expect([...coverage(validator, exchanges).withoutSchema]).toEqual([]);
  });

  it('matches the specs: every request names an operation, every response validates', () => {
    expect(exchanges.length).toBeGreaterThan(JIRA_OPERATIONS.length);
    expect(contractFailures(validator, exchanges)).toEqual([]);
  });
});
