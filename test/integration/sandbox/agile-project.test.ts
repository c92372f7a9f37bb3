import { type Running, startService, USERS } from './fixtures';

let svc: Running;
beforeAll(async () => {
  svc = await startService();
});
afterAll(() => svc.close());

describe('Agile 1.0', () => {
  it('lists boards filtered by project and type, hides boards of unbrowsable projects', async () => {
    const r = await svc.json('/rest/agile/1.0/board?projectKeyOrId=ENG&type=scrum');
    expect(r.body).toMatchObject({ startAt: 0, maxResults: 50, total: 1, isLast: true });
    expect(r.body.values[0]).toMatchObject({ id: 1, name: 'ENG board', type: 'scrum', location: { projectKey: 'ENG', projectId: 10000 } });
    expect((await svc.json('/rest/agile/1.0/board?type=kanban')).body.values).toEqual([]);
    expect((await svc.json('/rest/agile/1.0/board', { as: USERS.dave })).body.values).toEqual([]);
    expect((await svc.json('/rest/agile/1.0/board/1', { as: USERS.dave })).status).toBe(404);
  });

  it('board configuration names the estimation field and columns', async () => {
    const r = await svc.json('/rest/agile/1.0/board/1/configuration');
    expect(r.body.estimation).toEqual({ type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story Points' } });
    expect(r.body.columnConfig.columns.map((c: { name: string; statuses: { id: string }[] }) => [c.name, c.statuses.map((s) => s.id)])).toEqual([
      ['To Do', ['10001']],
      ['In Progress', ['10002', '10003']],
      ['Done', ['10004']],
    ]);
  });

  it('board sprints: state filter, order closed → active → future, paging', async () => {
    const all = await svc.json('/rest/agile/1.0/board/1/sprint');
    expect(all.body.values.map((s: { id: number; state: string }) => [s.id, s.state])).toEqual([
      [1, 'closed'],
      [2, 'active'],
      [3, 'future'],
    ]);
    expect(all.body.values[0]).toMatchObject({ self: 'http://localhost:4300/rest/agile/1.0/sprint/1', originBoardId: 1, completeDate: '2026-01-19T10:00:00.000Z', goal: 'Foundations' });
    const active = await svc.json('/rest/agile/1.0/board/1/sprint?state=active,future&maxResults=1');
    expect(active.body).toMatchObject({ startAt: 0, maxResults: 1, isLast: false });
    expect(active.body.values.map((s: { id: number }) => s.id)).toEqual([2]);
    expect((await svc.json('/rest/agile/1.0/board/1/sprint?state=bogus')).status).toBe(400);
    expect((await svc.json('/rest/agile/1.0/board/99/sprint')).status).toBe(404);
    expect((await svc.json('/rest/agile/1.0/sprint/2')).body).toMatchObject({ id: 2, state: 'active', name: 'ENG Sprint 2' });
    expect((await svc.json('/rest/agile/1.0/sprint/99')).status).toBe(404);
  });

  it('sprint issues: all issues ever in the sprint, ranked, with agile fields, paged by startAt and filterable by JQL', async () => {
    const r = await svc.json('/rest/agile/1.0/sprint/2/issue?maxResults=4&fields=summary,customfield_10020,customfield_10016');
    expect(r.body).toMatchObject({ startAt: 0, maxResults: 4, total: 10 });
    expect(r.body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-9', 'ENG-10', 'ENG-11', 'ENG-12']);
    const f = r.body.issues[0].fields;
    expect(f.sprint).toMatchObject({ id: 2, state: 'active' });
    expect(f.closedSprints.map((s: { id: number }) => s.id)).toEqual([1]);
    expect(f.flagged).toBe(false);
    const page3 = await svc.json('/rest/agile/1.0/sprint/2/issue?startAt=8&maxResults=4&fields=summary');
    expect(page3.body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-17', 'ENG-18']);
    const filtered = await svc.json(`/rest/agile/1.0/sprint/2/issue?jql=${encodeURIComponent('status = Done ORDER BY key DESC')}&fields=status`);
    expect(filtered.body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-15', 'ENG-11']);
    expect((await svc.json('/rest/agile/1.0/sprint/2/issue?maxResults=500')).body.maxResults).toBe(50);
    expect((await svc.json(`/rest/agile/1.0/sprint/2/issue?jql=${encodeURIComponent('status = Nope')}`)).status).toBe(400);
  });

  it('board issues exclude epics on scrum boards', async () => {
    const r = await svc.json('/rest/agile/1.0/board/1/issue?fields=summary&maxResults=50');
    expect(r.body.total).toBe(20);
  });
});

describe('projects, fields and users', () => {
  it('GET project, versions (plain and paged) and statuses', async () => {
    const p = await svc.json('/rest/api/3/project/ENG');
    expect(p.body).toMatchObject({ id: '10000', key: 'ENG', name: 'Engagement', lead: { accountId: USERS.alice } });
    expect((await svc.json('/rest/api/3/project/10000')).body.key).toBe('ENG');
    expect((await svc.json('/rest/api/3/project/ENG', { as: USERS.dave })).status).toBe(404);
    const versions = await svc.json('/rest/api/3/project/ENG/versions');
    expect(versions.body.map((v: { name: string }) => v.name)).toEqual(['1.0', '0.9']);
    const paged = await svc.json('/rest/api/3/project/ENG/version?status=released&maxResults=1');
    expect(paged.body).toMatchObject({ startAt: 0, maxResults: 1, total: 1, isLast: true });
    expect(paged.body.values[0]).toMatchObject({ name: '0.9', released: true, projectId: 10000 });
    const statuses = await svc.json('/rest/api/3/project/ENG/statuses');
    expect(statuses.body[0].statuses.map((s: { name: string }) => s.name)).toEqual(['To Do', 'In Progress', 'In Review', 'Done']);
  });

  it('project search lists only the projects the caller may browse', async () => {
    const all = await svc.json('/rest/api/3/project/search');
    expect(all.body).toMatchObject({ startAt: 0, total: 1, isLast: true, values: [{ key: 'ENG', name: 'Engagement' }] });
    expect((await svc.json('/rest/api/3/project/search?query=nothing-like-it')).body.values).toEqual([]);
    expect((await svc.json('/rest/api/3/project/search', { as: USERS.dave })).body).toMatchObject({ total: 0, values: [] });
  });

  it('GET field lists the custom fields with clause names', async () => {
    const r = await svc.json('/rest/api/3/field');
    const sp = r.body.find((f: { id: string }) => f.id === 'customfield_10016');
    expect(sp).toMatchObject({ name: 'Story Points', custom: true, clauseNames: expect.arrayContaining(['cf[10016]', 'Story Points']), schema: { type: 'number', customId: 10016 } });
    expect(r.body.find((f: { id: string }) => f.id === 'customfield_10020').name).toBe('Sprint');
  });

  it('myself, user, user search, bulk', async () => {
    expect((await svc.json('/rest/api/3/myself', { as: USERS.bob })).body).toMatchObject({ accountId: USERS.bob, displayName: 'Bob Owner', timeZone: 'America/New_York' });
    expect((await svc.json('/rest/api/3/myself')).body.accountType).toBe('app');
    expect((await svc.json(`/rest/api/3/user?accountId=${USERS.carol}`)).body.emailAddress).toBe('carol@delivery.example');
    expect((await svc.json('/rest/api/3/user?accountId=nobody')).status).toBe(404);
    const search = await svc.json('/rest/api/3/user/search?query=car');
    expect(search.body.map((u: { accountId: string }) => u.accountId)).toEqual([USERS.carol]);
    expect((await svc.json('/rest/api/3/user/search?query=erin')).body).toEqual([]); // inactive
    expect((await svc.json('/rest/api/3/user/search')).status).toBe(400);
    const bulk = await svc.json(`/rest/api/3/user/bulk?accountId=${USERS.alice}&accountId=${USERS.bob}&accountId=nobody&maxResults=1`);
    expect(bulk.body).toMatchObject({ total: 2, maxResults: 1, isLast: false });
    expect(bulk.body.values.map((u: { accountId: string }) => u.accountId)).toEqual([USERS.alice]);
    expect((await svc.json('/rest/api/3/user/bulk')).status).toBe(400);
  });
});

describe('permissions', () => {
  it('permissions/check for the app asking about a user', async () => {
    const r = await svc.json('/rest/api/3/permissions/check', {
      body: {
        accountId: USERS.bob,
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: [10000], issues: [10001, 10002] }],
      },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [10001, 10002] },
        { permission: 'EDIT_ISSUES', projects: [], issues: [] },
      ],
    });
  });

  it('a user may only check their own permissions; unknown keys are 400', async () => {
    const own = await svc.json('/rest/api/3/permissions/check', { as: USERS.dave, body: { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000] }] } });
    expect(own.body.projectPermissions).toEqual([{ permission: 'BROWSE_PROJECTS', projects: [], issues: [] }]);
    const other = await svc.json('/rest/api/3/permissions/check', { as: USERS.dave, body: { accountId: USERS.alice, projectPermissions: [] } });
    expect(other.status).toBe(403);
    const bad = await svc.json('/rest/api/3/permissions/check', { body: { projectPermissions: [{ permissions: ['FLY'] }] } });
    expect(bad.status).toBe(400);
  });

  it('mypermissions in project and issue context', async () => {
    const r = await svc.json('/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADD_COMMENTS&issueKey=ENG-1', { as: USERS.bob });
    expect(r.body.permissions.BROWSE_PROJECTS).toMatchObject({ key: 'BROWSE_PROJECTS', type: 'PROJECT', havePermission: true });
    expect(r.body.permissions.EDIT_ISSUES.havePermission).toBe(false);
    expect(r.body.permissions.ADD_COMMENTS.havePermission).toBe(true);
    expect((await svc.json('/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=ENG', { as: USERS.dave })).status).toBe(404);
    expect((await svc.json('/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS', { as: USERS.dave })).body.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
    expect((await svc.json('/rest/api/3/mypermissions')).status).toBe(400);
    expect((await svc.json('/rest/api/3/mypermissions?permissions=NOPE')).status).toBe(400);
  });
});
