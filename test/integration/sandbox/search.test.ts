import { fixtureData, keysWhere, NOW, type Running, startService, USERS } from './fixtures';

let svc: Running;
beforeAll(async () => {
  svc = await startService();
});
afterAll(() => svc.close());

const q = (jql: string, extra = '') => `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}${extra}`;
const n = (key: string) => Number(key.split('-')[1]);
const byKeyDesc = (a: string, b: string) => n(b) - n(a);

async function keys(jql: string, as = 'app'): Promise<string[]> {
  const r = await svc.json(q(jql, '&fields=key&maxResults=100'), { as });
  expect(r.status).toBe(200);
  return r.body.issues.map((i: { key: string }) => i.key);
}

describe('GET /rest/api/3/search/jql', () => {
  it('returns only id, key and self by default, with isLast and no token on the last page', async () => {
    const r = await svc.json(q('project = ENG AND key = ENG-1'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(r.body).toEqual({ issues: [{ id: '10001', key: 'ENG-1', self: 'http://localhost:4300/rest/api/3/issue/10001' }], isLast: true });
  });

  it('returns asked fields in Jira shapes', async () => {
    const r = await svc.json(q('key = ENG-5', '&fields=summary,status,assignee,customfield_10020,customfield_10016,customfield_10021,created,resolutiondate,fixVersions,labels,issuetype,project'));
    const f = r.body.issues[0].fields;
    expect(f.summary).toBe('Engagement task number 5');
    expect(f.status).toMatchObject({ id: '10002', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' } });
    expect(f.assignee).toMatchObject({ accountId: USERS.carol, displayName: 'Carol Dev', active: true, timeZone: 'UTC', accountType: 'atlassian' });
    expect(f.customfield_10020).toEqual([
      { id: 1, name: 'ENG Sprint 1', state: 'closed', boardId: 1, goal: 'Foundations', startDate: '2026-01-05T09:00:00.000Z', endDate: '2026-01-19T09:00:00.000Z', completeDate: '2026-01-19T10:00:00.000Z' },
    ]);
    expect(f.customfield_10016).toBe(1);
    expect(f.customfield_10021).toEqual([expect.objectContaining({ value: 'Impediment', id: '10019' })]);
    expect(f.created).toBe('2026-01-06T09:00:00.000+0000');
    expect(f.resolutiondate).toBeNull();
    expect(f.fixVersions).toEqual([expect.objectContaining({ id: '10100', name: '1.0', released: false, releaseDate: '2026-02-15' })]);
    expect(f.labels).toEqual(['frontend']);
    expect(f.issuetype).toMatchObject({ id: '10010', name: 'Story', subtask: false });
    expect(f.project).toMatchObject({ id: '10000', key: 'ENG', name: 'Engagement' });
    expect(Object.keys(f)).not.toContain('description');
  });

  it('supports *all minus a field, names expansion and properties', async () => {
    const r = await svc.json(q('key = ENG-2', '&fields=*all,-comment&expand=names&properties=engagement-health-decisions'));
    const issue = r.body.issues[0];
    expect(issue.fields).toHaveProperty('description');
    expect(issue.fields).not.toHaveProperty('comment');
    expect(issue.properties['engagement-health-decisions'].statuses).toEqual(['pending', 'overdue']);
    expect(r.body.names.customfield_10016).toBe('Story Points');
  });

  it('pages with nextPageToken until isLast', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await svc.json(q('project = ENG ORDER BY key ASC', `&maxResults=6&fields=key${token ? `&nextPageToken=${encodeURIComponent(token)}` : ''}`));
      expect(r.status).toBe(200);
      seen.push(...r.body.issues.map((i: { key: string }) => i.key));
      token = r.body.nextPageToken;
      expect(r.body.isLast).toBe(token === undefined);
      pages++;
    } while (token);
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => `ENG-${i + 1}`));
  });

  it('POST takes the same request as a body', async () => {
    const r = await svc.json('/rest/api/3/search/jql', { body: { jql: 'labels = client-facing ORDER BY key ASC', fields: ['summary'], maxResults: 2 } });
    expect(r.status).toBe(200);
    expect(r.body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-3', 'ENG-6']);
    expect(r.body.isLast).toBe(false);
    const next = await svc.json('/rest/api/3/search/jql', { body: { jql: 'labels = client-facing ORDER BY key ASC', fields: ['summary'], maxResults: 2, nextPageToken: r.body.nextPageToken } });
    expect(next.body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-9', 'ENG-12']);
  });

  it('caps page size at 100 with fields and 5000 for ids only', async () => {
    const withFields = await svc.json(q('project = ENG', '&maxResults=500&fields=summary'));
    expect(withFields.body.issues).toHaveLength(20);
    expect(withFields.body.isLast).toBe(true);
  });

  it('rejects bad parameters like Jira', async () => {
    expect((await svc.json(q('project = ENG', '&maxResults=-1'))).status).toBe(400);
    expect((await svc.json(q('project = ENG', '&maxResults=abc'))).status).toBe(400);
    const bad = await svc.json(q('project = ENG', '&nextPageToken=garbage'));
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    const unbounded = await svc.json(q('ORDER BY key'));
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.errorMessages[0]).toMatch(/Unbounded JQL/);
    const body = await svc.json('/rest/api/3/search/jql', { rawBody: '{"jql": ' });
    expect(body.status).toBe(400);
    expect(body.body.errorMessages).toHaveLength(1);
  });

  it('a token from another query is rejected', async () => {
    const r = await svc.json(q('project = ENG', '&maxResults=1'));
    const other = await svc.json(q('labels = backend', `&nextPageToken=${encodeURIComponent(r.body.nextPageToken)}`));
    expect(other.status).toBe(400);
  });
});

describe('JQL semantics', () => {
  const data = fixtureData();
  const expectKeys = async (jql: string, pred: Parameters<typeof keysWhere>[0]) => {
    expect(await keys(jql)).toEqual(keysWhere(pred, data).sort(byKeyDesc));
  };

  it('= / != / in / not in on options', async () => {
    await expectKeys('status = "In Progress"', (i) => i.fields.statusId === '10002');
    await expectKeys('status != Done', (i) => i.fields.statusId !== '10004');
    await expectKeys('status in ("to do", "IN REVIEW")', (i) => ['10001', '10003'].includes(i.fields.statusId));
    await expectKeys('status not in (Done, 10001)', (i) => !['10001', '10004'].includes(i.fields.statusId));
    await expectKeys('statusCategory = done', (i) => i.fields.statusId === '10004');
    await expectKeys('statusCategory = "In Progress"', (i) => ['10002', '10003'].includes(i.fields.statusId));
    await expectKeys('issuetype = Bug', (i) => i.fields.issueTypeId === '10012');
    await expectKeys('type != Bug', (i) => i.fields.issueTypeId !== '10012');
  });

  it('!= and not in exclude empty values; is EMPTY / is not EMPTY', async () => {
    await expectKeys(`assignee != ${USERS.alice}`, (i) => i.fields.assigneeId === USERS.carol);
    await expectKeys('assignee is EMPTY', (i) => i.fields.assigneeId === null);
    await expectKeys('assignee is not null', (i) => i.fields.assigneeId !== null);
    await expectKeys('"Story Points" is EMPTY', (i) => i.fields.storyPoints === null);
    await expectKeys('sprint is EMPTY', (i) => i.fields.sprintIds.length === 0);
    await expectKeys('fixVersion is not EMPTY', (i) => i.fields.fixVersionIds.length > 0);
  });

  it('AND binds tighter than OR; NOT and parentheses', async () => {
    await expectKeys('labels = frontend OR labels = backend AND flagged = Impediment', (i) => i.fields.labels.includes('frontend') || (i.fields.labels.includes('backend') && i.fields.flagged));
    await expectKeys('(labels = frontend OR labels = backend) AND flagged = Impediment', (i) => i.fields.flagged);
    await expectKeys('NOT status = Done AND labels = backend', (i) => i.fields.statusId !== '10004' && i.fields.labels.includes('backend'));
    await expectKeys('project = ENG && !(status = Done || status = "To Do")', (i) => ['10002', '10003'].includes(i.fields.statusId));
  });

  it('numbers and keys compare', async () => {
    await expectKeys('"Story Points" >= 4', (i) => (i.fields.storyPoints ?? -1) >= 4);
    await expectKeys('cf[10016] < 2', (i) => i.fields.storyPoints !== null && i.fields.storyPoints < 2);
    await expectKeys('key > ENG-15', (i) => n(i.key) > 15);
    await expectKeys('issuekey in (ENG-1, 10002)', (i) => ['ENG-1', 'ENG-2'].includes(i.key));
    await expectKeys('id <= ENG-3', (i) => n(i.key) <= 3);
  });

  it('sprints, versions and flagged', async () => {
    await expectKeys('sprint = 2', (i) => i.fields.sprintIds.includes(2));
    await expectKeys('sprint in openSprints()', (i) => i.fields.sprintIds.includes(2));
    await expectKeys('sprint in closedSprints() AND sprint not in openSprints()', (i) => i.fields.sprintIds.includes(1) && !i.fields.sprintIds.includes(2));
    await expectKeys('sprint = "eng sprint 1"', (i) => i.fields.sprintIds.includes(1));
    await expectKeys('cf[10020] = 1', (i) => i.fields.sprintIds.includes(1));
    await expectKeys('fixVersion = "1.0"', (i) => i.fields.fixVersionIds.includes('10100'));
    await expectKeys('fixVersion in unreleasedVersions()', (i) => i.fields.fixVersionIds.includes('10100'));
    await expectKeys('flagged is not EMPTY', (i) => i.fields.flagged);
    await expectKeys('cf[10021] = Impediment', (i) => i.fields.flagged);
  });

  it('users by accountId, email, display name and currentUser()', async () => {
    await expectKeys('assignee = "carol@delivery.example"', (i) => i.fields.assigneeId === USERS.carol);
    await expectKeys('assignee = "Alice Lead"', (i) => i.fields.assigneeId === USERS.alice);
    expect(await keys('assignee = currentUser()', USERS.carol)).toEqual(keysWhere((i) => i.fields.assigneeId === USERS.carol).sort(byKeyDesc));
    expect(await keys('reporter = currentUser()', USERS.alice)).toEqual([]);
  });

  it('absolute and relative dates against the injected clock', async () => {
    await expectKeys('created >= "2026-01-18"', (i) => Date.parse(i.fields.created) >= Date.parse('2026-01-18T00:00:00Z'));
    await expectKeys('created < "2026/01/04 10:00"', (i) => Date.parse(i.fields.created) < Date.parse('2026-01-04T10:00:00Z'));
    await expectKeys('created > -96h', (i) => Date.parse(i.fields.created) > NOW - 4 * 86_400_000);
    await expectKeys('created > "-1w 1d"', (i) => Date.parse(i.fields.created) > NOW - 8 * 86_400_000);
    await expectKeys('resolved >= -2w', (i) => i.fields.resolutionDate !== null && Date.parse(i.fields.resolutionDate) >= NOW - 14 * 86_400_000);
    await expectKeys('updated <= startOfDay(-20)', (i) => Date.parse(i.fields.updated) <= Date.parse('2026-01-06T00:00:00Z'));
  });

  it('absolute dates are read in the caller\'s time zone', async () => {
    // ENG-4 was created 2026-01-05T09:00Z = 04:00 in New York (Bob's zone).
    const jql = 'created >= "2026-01-05" AND created < "2026-01-05 05:00"';
    expect(await keys(jql, USERS.bob)).toEqual(['ENG-4']);
    expect(await keys(jql)).toEqual([]); // the app reads dates in UTC
  });

  it('text search with ~', async () => {
    await expectKeys('summary ~ "gateway timeout"', (i) => i.key === 'ENG-4');
    await expectKeys('summary ~ "pay*"', (i) => i.key === 'ENG-4');
    await expectKeys('text ~ invoice', (i) => i.key === 'ENG-6');
    await expectKeys('comment ~ first', (i) => i.key === 'ENG-1');
  });

  it('ORDER BY with several fields and directions', async () => {
    const r = await keys('project = ENG ORDER BY "Story Points" DESC, key ASC');
    const expected = fixtureData()
      .issues.slice()
      .sort((a, b) => {
        const sa = a.fields.storyPoints;
        const sb = b.fields.storyPoints;
        if (sa === null || sb === null) return sa === sb ? n(a.key) - n(b.key) : sa === null ? -1 : 1;
        return sb - sa || n(a.key) - n(b.key);
      })
      .map((i) => i.key);
    expect(r).toEqual(expected);
    expect((await keys('project = ENG ORDER BY created ASC')).slice(0, 3)).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
  });

  it('entity-property aliases from the manifest', async () => {
    expect(await keys('decisionStatus = pending')).toEqual(['ENG-2']);
    expect(await keys('decisionStatus = overdue')).toEqual(['ENG-2']);
    expect(await keys('decisionStatus in (resolved)')).toEqual([]);
    expect(await keys('decisionDueAt < "2026-02-01"')).toEqual(['ENG-2']);
    expect(await keys('decisionDueAt > "2026-02-01"')).toEqual([]);
    expect(await keys('issue.property[engagement-health-decisions].categories = scope')).toEqual(['ENG-2']);
    expect(await keys('project = ENG AND acceptanceState is EMPTY')).toHaveLength(20);
  });
});

describe('JQL errors', () => {
  const err = async (jql: string) => {
    const r = await svc.json(q(jql));
    expect(r.status).toBe(400);
    expect(Object.keys(r.body).sort()).toEqual(['errorMessages', 'errors']);
    expect(r.body.errors).toEqual({});
    return r.body.errorMessages as string[];
  };

  it('syntax errors carry Jira\'s prefix and position', async () => {
    expect((await err('project = ENG AND'))[0]).toMatch(/^Error in the JQL Query: Expecting a field name at the end of the query\. \(line 1, character 18\)$/);
    expect((await err('status foo Done'))[0]).toMatch(/^Error in the JQL Query: Expecting operator but got 'foo'/);
    expect((await err('(status = Done'))[0]).toMatch(/Expecting '\)' but got 'EOF'/);
    expect((await err('summary ~ "unterminated'))[0]).toMatch(/quoted string .* has not been completed/);
    expect((await err('status = Done labels = x'))[0]).toMatch(/Expecting either 'OR' or 'AND' but got 'labels'/);
  });

  it('unknown fields, values, operators and functions', async () => {
    expect(await err('nosuchfield = 1')).toEqual(["Field 'nosuchfield' does not exist or you do not have permission to view it."]);
    expect(await err('status = Shipped')).toEqual(["The value 'Shipped' does not exist for the field 'status'."]);
    expect(await err('status = Shipped AND project = NOPE')).toHaveLength(2);
    expect((await err('status ~ Done'))[0]).toBe("The operator '~' is not supported by the 'status' field.");
    expect((await err('created > "yesterday"'))[0]).toMatch(/^Date value 'yesterday' for field 'created' is invalid/);
    expect((await err('sprint in nosuchFunction()'))[0]).toMatch(/Unable to find JQL function/);
    expect((await err('key = ENG-999'))[0]).toBe("An issue with key 'ENG-999' does not exist for field 'key'.");
    expect((await err('project = ENG ORDER BY nonsense'))[0]).toMatch(/Field 'nonsense' does not exist/);
  });
});
