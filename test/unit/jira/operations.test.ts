import {
  addComment,
  bulkFetchChangelogs,
  bulkGetUsers,
  checkPermissions,
  collect,
  deleteIssueProperty,
  fetchChangelogEntries,
  getBoardSprints,
  getIssue,
  getIssueProperty,
  getMyPermissions,
  getSprintIssues,
  isGranted,
  JiraError,
  searchAllIssues,
  setIssueProperty,
  transitionIssue,
} from '../../../src/jira';
import { dropped, fail, ok, scriptedClient, type RecordedRequest } from './fakeJira';

describe('searchIssues', () => {
  it('asks for the fields and pages by nextPageToken until the last page', async () => {
    const { client, jira } = scriptedClient([
      ok({ issues: [{ id: '1', key: 'ENG-1' }, { id: '2', key: 'ENG-2' }], nextPageToken: 'p2' }),
      ok({ issues: [{ id: '3', key: 'ENG-3' }], nextPageToken: 'p3' }),
      ok({ issues: [{ id: '4', key: 'ENG-4' }], isLast: true }),
    ]);
    const issues = await searchAllIssues(client, {
      jql: 'project = "ENG" AND sprint in openSprints() ORDER BY rank',
      fields: ['summary', 'status', 'customfield_10016'],
      properties: ['engagement-health-decisions'],
    });
    expect(issues.map((i) => i.key)).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4']);
    expect(jira.requests.map((r) => r.path)).toEqual(Array(3).fill('/rest/api/3/search/jql'));
    const [first, second] = jira.requests as [RecordedRequest, RecordedRequest];
    expect(first.query.get('jql')).toBe('project = "ENG" AND sprint in openSprints() ORDER BY rank');
    expect(first.query.get('fields')).toBe('summary,status,customfield_10016');
    expect(first.query.get('properties')).toBe('engagement-health-decisions');
    expect(first.query.get('maxResults')).toBe('100');
    expect(first.query.has('nextPageToken')).toBe(false);
    expect(second.query.get('nextPageToken')).toBe('p2');
  });

  it('yields nothing for a page without issues', async () => {
    const { client } = scriptedClient([ok({ isLast: true })]);
    await expect(searchAllIssues(client, { jql: 'project = ENG', fields: [] })).resolves.toEqual([]);
  });
});

describe('bulkFetchChangelogs', () => {
  it('sends 2500 ids as 3 batches of ≤ 1000, each paged by nextPageToken', async () => {
    const ids = Array.from({ length: 2500 }, (_, i) => String(10_000 + i));
    const { client, jira } = scriptedClient((request) => {
      const body = request.body as { issueIdsOrKeys: string[]; nextPageToken?: string };
      // The first batch has two pages; the others one.
      if (body.issueIdsOrKeys[0] === '10000' && body.nextPageToken === undefined) return ok({ issueChangeLogs: [], nextPageToken: 'more' });
      return ok({ issueChangeLogs: [] });
    });
    const pages = await collect(bulkFetchChangelogs(client, ids, ['status', 'customfield_10020']));
    expect(pages).toHaveLength(4);
    const bodies = jira.requests.map((r) => r.body as { issueIdsOrKeys: string[]; fieldIds?: string[]; maxResults: number; nextPageToken?: string });
    expect(jira.requests.every((r) => r.method === 'POST' && r.path === '/rest/api/3/changelog/bulkfetch')).toBe(true);
    expect(bodies.map((b) => b.issueIdsOrKeys.length)).toEqual([1000, 1000, 1000, 500]);
    expect(bodies.map((b) => b.nextPageToken)).toEqual([undefined, 'more', undefined, undefined]);
    expect(bodies[0]!.issueIdsOrKeys).toEqual(bodies[1]!.issueIdsOrKeys);
    expect(bodies.flatMap((b, i) => (i === 1 ? [] : b.issueIdsOrKeys))).toEqual(ids);
    expect(bodies.every((b) => b.maxResults === 10_000 && b.fieldIds?.join() === 'status,customfield_10020')).toBe(true);
  });

  it('omits fieldIds when none are given, makes no request for no issues, refuses more than 10 field ids', async () => {
    const { client, jira } = scriptedClient([ok({ issueChangeLogs: [] })]);
    await collect(bulkFetchChangelogs(client, ['ENG-1']));
    expect(jira.requests[0]!.body).toEqual({ issueIdsOrKeys: ['ENG-1'], maxResults: 10_000 });
    await collect(bulkFetchChangelogs(client, []));
    expect(jira.requests).toHaveLength(1);
    const eleven = Array.from({ length: 11 }, (_, i) => `customfield_${i}`);
    await expect(collect(bulkFetchChangelogs(client, ['ENG-1'], eleven))).rejects.toThrow(RangeError);
  });

  it('is resent after a dropped connection (it only reads)', async () => {
    const { client, jira } = scriptedClient([dropped(), ok({ issueChangeLogs: [] })]);
    await collect(bulkFetchChangelogs(client, ['1']));
    expect(jira.requests).toHaveLength(2);
  });

  it('maps every page to changelog entries', async () => {
    const { client } = scriptedClient([
      ok({ issueChangeLogs: [{ issueId: '1', changeHistories: [{ id: 'h1', created: '2026-11-02T10:00:00.000+0000', items: [] }] }], nextPageToken: 't' }),
      ok({ issueChangeLogs: [{ issueId: '1', changeHistories: [{ id: 'h2', created: '2026-11-03T10:00:00.000+0000', items: [] }] }] }),
    ]);
    const entries = await fetchChangelogEntries(client, ['1']);
    expect(entries.map((e) => e.id)).toEqual(['h1', 'h2']);
  });
});

describe('path parameters', () => {
  it('are percent-encoded', async () => {
    const { client, jira } = scriptedClient([ok({ id: '1', key: 'ENG-1' })]);
    await getIssue(client, 'ENG 1/../x?y', { fields: ['summary'] });
    expect(jira.requests[0]!.url).toBe('/rest/api/3/issue/ENG%201%2F..%2Fx%3Fy?fields=summary');
  });

  it.each(['..', '.', ''])('refuses %j as a path segment without calling Jira', async (key) => {
    const { client, jira } = scriptedClient([]);
    await expect(getIssue(client, key)).rejects.toMatchObject({ kind: 'invalid' });
    expect(jira.requests).toHaveLength(0);
  });
});

describe('issue properties', () => {
  it('reads a value, and null when the property is not there', async () => {
    const { client, jira } = scriptedClient([
      ok({ key: 'engagement-health-acceptance', value: { state: 'accepted' } }),
      fail(404, { errorMessages: ['The property with key engagement-health-acceptance does not exist.'] }),
    ]);
    await expect(getIssueProperty(client, 'ENG-1', 'engagement-health-acceptance')).resolves.toEqual({ state: 'accepted' });
    await expect(getIssueProperty(client, 'ENG-1', 'engagement-health-acceptance')).resolves.toBeNull();
    expect(jira.requests[0]!.path).toBe('/rest/api/3/issue/ENG-1/properties/engagement-health-acceptance');
  });

  it('still throws other failures on read', async () => {
    const { client } = scriptedClient([fail(403)]);
    await expect(getIssueProperty(client, 'ENG-1', 'p')).rejects.toMatchObject({ kind: 'permission' });
  });

  it('sets with the value as the body, and refuses values over 32 768 characters', async () => {
    const { client, jira } = scriptedClient([ok(undefined, 200)]);
    await setIssueProperty(client, 'ENG-1', 'p', { statuses: ['pending'] });
    expect(jira.requests[0]).toMatchObject({ method: 'PUT', body: { statuses: ['pending'] } });
    await expect(setIssueProperty(client, 'ENG-1', 'p', 'x'.repeat(40_000))).rejects.toMatchObject({ kind: 'invalid' });
    expect(jira.requests).toHaveLength(1);
  });

  it('treats deleting a missing property as done', async () => {
    const { client, jira } = scriptedClient([fail(404), { status: 204 }]);
    await deleteIssueProperty(client, 'ENG-1', 'p');
    await deleteIssueProperty(client, 'ENG-1', 'p');
    expect(jira.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });
});

describe('writes', () => {
  it('addComment posts the ADF body', async () => {
    const { client, jira } = scriptedClient([ok({ id: '100', created: '2026-11-02T10:00:00.000+0000' }, 201)]);
    const doc = { type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Reminder' }] }] };
    await expect(addComment(client, 'ENG-1', doc)).resolves.toMatchObject({ id: '100' });
    expect(jira.requests[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/issue/ENG-1/comment', body: { body: doc } });
  });

  it('transitionIssue posts the transition id', async () => {
    const { client, jira } = scriptedClient([{ status: 204 }]);
    await transitionIssue(client, 'ENG-1', '31');
    expect(jira.requests[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/issue/ENG-1/transitions', body: { transition: { id: '31' } } });
  });
});

describe('users and permissions', () => {
  it('bulkGetUsers repeats accountId, batches by 50 and pages each batch', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `acc-${i}`);
    const { client, jira } = scriptedClient([
      ok({ startAt: 0, total: 50, values: ids.slice(0, 30).map((accountId) => ({ accountId })) }),
      ok({ startAt: 30, total: 50, values: ids.slice(30, 50).map((accountId) => ({ accountId })) }),
      ok({ startAt: 0, isLast: true, values: ids.slice(50).map((accountId) => ({ accountId })) }),
    ]);
    const users = await bulkGetUsers(client, [...ids, 'acc-0']);
    expect(users.map((u) => u.accountId)).toEqual(ids);
    expect(jira.requests.map((r) => r.query.getAll('accountId').length)).toEqual([50, 50, 10]);
    expect(jira.requests.map((r) => r.query.get('startAt'))).toEqual(['0', '30', '0']);
  });

  it('checkPermissions sends numeric ids and answers per requested permission', async () => {
    const { client, jira } = scriptedClient([
      ok({ globalPermissions: [], projectPermissions: [{ permission: 'EDIT_ISSUES', projects: [10001], issues: [10010, 10013] }] }),
    ]);
    const answer = await checkPermissions(client, {
      accountId: 'acc-1',
      projectPermissions: [{ permissions: ['EDIT_ISSUES', 'ADMINISTER_PROJECTS'], projectIds: ['10001'], issueIds: ['10010', 10099] }],
    });
    expect(jira.requests[0]!.body).toEqual({
      accountId: 'acc-1',
      projectPermissions: [{ permissions: ['EDIT_ISSUES', 'ADMINISTER_PROJECTS'], projects: [10001], issues: [10010, 10099] }],
    });
    expect(answer.project).toEqual({
      EDIT_ISSUES: { projectIds: ['10001'], issueIds: ['10010', '10013'] },
      ADMINISTER_PROJECTS: { projectIds: [], issueIds: [] },
    });
    expect(isGranted(answer, 'EDIT_ISSUES', { issueId: 10010 })).toBe(true);
    expect(isGranted(answer, 'EDIT_ISSUES', { issueId: '10099' })).toBe(false);
    expect(isGranted(answer, 'ADMINISTER_PROJECTS', { projectId: '10001' })).toBe(false);
  });

  it('checkPermissions refuses issue keys where Jira wants numeric ids', async () => {
    const { client, jira } = scriptedClient([]);
    await expect(checkPermissions(client, { projectPermissions: [{ permissions: ['EDIT_ISSUES'], issueIds: ['ENG-1'] }] })).rejects.toBeInstanceOf(
      JiraError,
    );
    expect(jira.requests).toHaveLength(0);
  });

  it('getMyPermissions reads havePermission, missing as false', async () => {
    const { client, jira } = scriptedClient([ok({ permissions: { EDIT_ISSUES: { havePermission: true } } })]);
    await expect(getMyPermissions(client, ['EDIT_ISSUES', 'ADD_COMMENTS'], { issueKey: 'ENG-1' })).resolves.toEqual({
      EDIT_ISSUES: true,
      ADD_COMMENTS: false,
    });
    expect(jira.requests[0]!.url).toBe('/rest/api/3/mypermissions?permissions=EDIT_ISSUES%2CADD_COMMENTS&issueKey=ENG-1');
  });
});

describe('Agile', () => {
  it('getBoardSprints pages by 50 with the state filter', async () => {
    const sprint = (id: number) => ({ id, name: `S${id}`, state: 'closed' });
    const { client, jira } = scriptedClient([
      ok({ startAt: 0, maxResults: 50, isLast: false, values: Array.from({ length: 50 }, (_, i) => sprint(i + 1)) }),
      ok({ startAt: 50, maxResults: 50, isLast: true, values: [sprint(51)] }),
    ]);
    const sprints = await getBoardSprints(client, 7, ['active', 'closed']);
    expect(sprints).toHaveLength(51);
    expect(jira.requests.map((r) => r.url)).toEqual([
      '/rest/agile/1.0/board/7/sprint?state=active%2Cclosed&startAt=0&maxResults=50',
      '/rest/agile/1.0/board/7/sprint?state=active%2Cclosed&startAt=50&maxResults=50',
    ]);
  });

  it('getSprintIssues pages the `issues` list of a server that sends no isLast', async () => {
    const issue = (n: number) => ({ id: String(n), key: `ENG-${n}` });
    const { client, jira } = scriptedClient([
      ok({ startAt: 0, maxResults: 2, total: 3, issues: [issue(1), issue(2)] }),
      ok({ startAt: 2, maxResults: 2, total: 3, issues: [issue(3)] }),
    ]);
    const issues = await getSprintIssues(client, 42, { fields: ['summary', 'customfield_10016'], jql: 'issuetype != Epic' });
    expect(issues.map((i) => i.key)).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
    expect(jira.requests[1]!.query.get('startAt')).toBe('2');
    expect(jira.requests[0]!.query.get('jql')).toBe('issuetype != Epic');
  });
});
