import { NOW, type Running, startService, USERS } from './fixtures';

let svc: Running;
beforeEach(async () => {
  svc = await startService();
});
afterEach(() => svc.close());

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('auth and permissions', () => {
  it('401 without or with an unknown/inactive caller, in Jira\'s error shape', async () => {
    for (const as of [null, 'acc-nobody', USERS.erin]) {
      const r = await svc.json('/rest/api/3/issue/ENG-1', { as });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    }
  });

  it('a user without BROWSE_PROJECTS cannot see issues: 404 on get, filtered from search', async () => {
    const get = await svc.json('/rest/api/3/issue/ENG-1', { as: USERS.dave });
    expect(get.status).toBe(404);
    expect(get.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    const search = await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('labels = backend')}`, { as: USERS.dave });
    expect(search.status).toBe(200);
    expect(search.body).toEqual({ issues: [], isLast: true });
    // Naming the project he cannot see is an unknown value, like Jira.
    const named = await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('project = ENG')}`, { as: USERS.dave });
    expect(named.status).toBe(400);
    expect((await svc.json('/rest/api/3/issue/ENG-1', { as: USERS.bob })).status).toBe(200);
  });

  it('writes need EDIT_ISSUES / ADD_COMMENTS / TRANSITION_ISSUES (403), invisible issues 404', async () => {
    const edit = await svc.json('/rest/api/3/issue/ENG-1', { as: USERS.bob, method: 'PUT', body: { fields: { summary: 'x' } } });
    expect(edit.status).toBe(403);
    expect(edit.body.errorMessages).toHaveLength(1);
    const prop = await svc.call('/rest/api/3/issue/ENG-1/properties/p', { as: USERS.bob, method: 'PUT', body: { a: 1 } });
    expect(prop.status).toBe(403);
    const transition = await svc.call('/rest/api/3/issue/ENG-1/transitions', { as: USERS.bob, body: { transition: { id: '21' } } });
    expect(transition.status).toBe(403);
    const comment = await svc.call('/rest/api/3/issue/ENG-1/comment', { as: USERS.bob, body: { body: adf('ok') } });
    expect(comment.status).toBe(201);
    const hidden = await svc.call('/rest/api/3/issue/ENG-1/comment', { as: USERS.dave, body: { body: adf('no') } });
    expect(hidden.status).toBe(404);
    const noTransitions = await svc.json('/rest/api/3/issue/ENG-1/transitions', { as: USERS.bob });
    expect(noTransitions.body.transitions).toEqual([]);
  });
});

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('by key or id (key case-insensitive), all fields by default', async () => {
    const a = await svc.json('/rest/api/3/issue/eng-3');
    const b = await svc.json('/rest/api/3/issue/10003');
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
    expect(a.body.key).toBe('ENG-3');
    expect(Object.keys(a.body.fields)).toEqual(expect.arrayContaining(['summary', 'status', 'comment', 'customfield_10020', 'customfield_10016', 'reporter']));
  });

  it('fields subset, properties and changelog/names expansion', async () => {
    const r = await svc.json('/rest/api/3/issue/ENG-3?fields=summary&expand=changelog,names&properties=*all');
    expect(Object.keys(r.body.fields)).toEqual(['summary']);
    expect(r.body.names).toEqual({ summary: 'Summary' });
    expect(r.body.changelog.total).toBe(4);
    // Most recent first, like Jira's expand=changelog.
    expect(r.body.changelog.histories[0].items[0]).toEqual({ field: 'Story Points', fieldtype: 'custom', fieldId: 'customfield_10016', fromString: '2', toString: '4' });
    expect(r.body.properties).toEqual({});
  });

  it('unknown issue → 404, unknown path → 404, wrong method → 405', async () => {
    expect((await svc.json('/rest/api/3/issue/ENG-999')).status).toBe(404);
    const unknown = await svc.json('/rest/api/3/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    expect((await svc.json('/rest/api/3/issue/ENG-1', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey}', () => {
  it('edits fields, answers 204 with no body and records changelog items', async () => {
    const res = await svc.call('/rest/api/3/issue/ENG-1', {
      as: USERS.carol,
      method: 'PUT',
      body: {
        fields: { summary: 'Renamed', customfield_10016: 8, assignee: { accountId: USERS.carol }, customfield_10021: [{ value: 'Impediment' }] },
        update: { labels: [{ add: 'urgent' }], fixVersions: [{ remove: { id: '10100' } }] },
      },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    const issue = await svc.json('/rest/api/3/issue/ENG-1?expand=changelog');
    const f = issue.body.fields;
    expect(f.summary).toBe('Renamed');
    expect(f.customfield_10016).toBe(8);
    expect(f.assignee.accountId).toBe(USERS.carol);
    expect(f.labels).toEqual(['frontend', 'urgent']);
    expect(f.fixVersions).toEqual([]);
    expect(f.customfield_10021).toHaveLength(1);
    expect(f.updated).toBe('2026-01-26T12:00:00.000+0000');
    const latest = issue.body.changelog.histories[0];
    expect(latest.author.accountId).toBe(USERS.carol);
    expect(latest.items.map((i: { field: string }) => i.field).sort()).toEqual(['Fix Version', 'Flagged', 'Story Points', 'assignee', 'labels', 'summary']);
  });

  it('moves an issue to another sprint keeping closed ones', async () => {
    expect((await svc.call('/rest/api/3/issue/ENG-10', { method: 'PUT', body: { fields: { customfield_10020: 3 } } })).status).toBe(204);
    const r = await svc.json('/rest/api/3/issue/ENG-10?fields=customfield_10020');
    expect(r.body.fields.customfield_10020.map((s: { id: number }) => s.id)).toEqual([1, 3]);
  });

  it('rejects unknown fields and bad values with field errors', async () => {
    const r = await svc.json('/rest/api/3/issue/ENG-1', { method: 'PUT', body: { fields: { nonsense: 1, summary: '' } } });
    expect(r.status).toBe(400);
    expect(r.body.errorMessages).toEqual([]);
    expect(Object.keys(r.body.errors).sort()).toEqual(['nonsense', 'summary']);
    expect((await svc.json('/rest/api/3/issue/ENG-1', { method: 'PUT', rawBody: '{nope' })).status).toBe(400);
  });
});

describe('issue properties', () => {
  it('PUT creates (201) then updates (200); GET, list and DELETE', async () => {
    const path = '/rest/api/3/issue/ENG-5/properties/engagement-health-acceptance';
    expect((await svc.call(path, { method: 'PUT', body: { state: 'pending' } })).status).toBe(201);
    expect((await svc.call(path, { method: 'PUT', body: { state: 'accepted' } })).status).toBe(200);
    expect((await svc.json(path)).body).toEqual({ key: 'engagement-health-acceptance', value: { state: 'accepted' } });
    const list = await svc.json('/rest/api/3/issue/ENG-5/properties');
    expect(list.body.keys).toEqual([{ key: 'engagement-health-acceptance', self: 'http://localhost:4300/rest/api/3/issue/10005/properties/engagement-health-acceptance' }]);
    const search = await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('acceptanceState = accepted')}&fields=key`);
    expect(search.body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-5']);
    expect((await svc.call(path, { method: 'DELETE' })).status).toBe(204);
    expect((await svc.json(path)).status).toBe(404);
  });

  it('rejects an empty or too long value', async () => {
    const path = '/rest/api/3/issue/ENG-5/properties/big';
    expect((await svc.call(path, { method: 'PUT' })).status).toBe(400);
    expect((await svc.call(path, { method: 'PUT', body: { s: 'x'.repeat(33_000) } })).status).toBe(400);
  });
});

describe('comments', () => {
  it('requires an ADF document', async () => {
    for (const body of [{ body: 'plain text' }, { body: { type: 'doc', content: [] } }, { body: { type: 'doc', version: 1, content: [{ type: 'text' }] } }, {}]) {
      const r = await svc.json('/rest/api/3/issue/ENG-2/comment', { body });
      expect(r.status).toBe(400);
      expect(r.body.errors.comment).toEqual(expect.any(String));
    }
  });

  it('adds a comment with a mention and lists comments paged', async () => {
    const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: USERS.bob, text: '@Bob' } }, { type: 'text', text: ' please decide' }] }] };
    const r = await svc.json('/rest/api/3/issue/ENG-1/comment', { as: USERS.alice, body: { body } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: '2', body, author: { accountId: USERS.alice }, created: '2026-01-26T12:00:00.000+0000' });
    const list = await svc.json('/rest/api/3/issue/ENG-1/comment?maxResults=1&startAt=1');
    expect(list.body).toMatchObject({ startAt: 1, maxResults: 1, total: 2 });
    expect(list.body.comments.map((c: { id: string }) => c.id)).toEqual(['2']);
    expect((await svc.json('/rest/api/3/issue/ENG-1/comment?orderBy=author')).status).toBe(400);
  });
});

describe('transitions', () => {
  it('lists transitions with target statuses', async () => {
    const r = await svc.json('/rest/api/3/issue/ENG-1/transitions');
    expect(r.body.transitions.map((t: { id: string; to: { name: string } }) => [t.id, t.to.name])).toEqual([
      ['11', 'To Do'],
      ['21', 'In Progress'],
      ['31', 'In Review'],
      ['41', 'Done'],
    ]);
  });

  it('records a status changelog entry and sets/clears resolutiondate', async () => {
    const done = await svc.call('/rest/api/3/issue/ENG-1/transitions', { as: USERS.carol, body: { transition: { id: '41' } } });
    expect(done.status).toBe(204);
    let issue = await svc.json('/rest/api/3/issue/ENG-1?fields=status,resolutiondate,resolution&expand=changelog');
    expect(issue.body.fields.status.name).toBe('Done');
    expect(issue.body.fields.resolutiondate).toBe('2026-01-26T12:00:00.000+0000');
    expect(issue.body.fields.resolution).toMatchObject({ name: 'Done' });
    const items = issue.body.changelog.histories[0].items;
    expect(items[0]).toEqual({ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10002', fromString: 'In Progress', to: '10004', toString: 'Done' });
    expect(items[1]).toMatchObject({ field: 'resolution', toString: 'Done' });

    await svc.call('/rest/api/3/issue/ENG-1/transitions', { body: { transition: { id: '21' } } });
    issue = await svc.json('/rest/api/3/issue/ENG-1?fields=resolutiondate,status');
    expect(issue.body.fields.resolutiondate).toBeNull();
    expect(issue.body.fields.status.name).toBe('In Progress');
    const search = await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('key = ENG-1 AND resolved is EMPTY AND updated >= -1m')}`);
    expect(search.body.issues).toHaveLength(1);
  });

  it('rejects a missing or unknown transition', async () => {
    expect((await svc.call('/rest/api/3/issue/ENG-1/transitions', { body: {} })).status).toBe(400);
    expect((await svc.call('/rest/api/3/issue/ENG-1/transitions', { body: { transition: { id: '999' } } })).status).toBe(400);
  });
});

describe('changelogs', () => {
  it('GET issue changelog is paged with startAt/maxResults, oldest first', async () => {
    const r = await svc.json('/rest/api/3/issue/ENG-3/changelog?startAt=1&maxResults=1');
    expect(r.body).toMatchObject({ startAt: 1, maxResults: 1, total: 4, isLast: false });
    expect(r.body.values[0].items[0]).toMatchObject({ fromString: 'In Progress', toString: 'In Review' });
    expect(r.body.nextPage).toContain('startAt=2');
  });

  it('bulkfetch groups histories per issue, filters by field and pages by token', async () => {
    const all: Record<string, number> = {};
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await svc.json('/rest/api/3/changelog/bulkfetch', {
        body: { issueIdsOrKeys: ['ENG-3', 'ENG-2', '10004', 'ENG-3', 'ENG-999'], fieldIds: ['status'], maxResults: 2, ...(token ? { nextPageToken: token } : {}) },
      });
      expect(r.status).toBe(200);
      for (const log of r.body.issueChangeLogs) {
        for (const h of log.changeHistories) expect(h.items.every((i: { fieldId: string }) => i.fieldId === 'status')).toBe(true);
        all[log.issueId] = (all[log.issueId] ?? 0) + log.changeHistories.length;
      }
      token = r.body.nextPageToken;
      pages++;
    } while (token);
    // ENG-2: 2 status changes, ENG-3: 3 (its story-points change is filtered out), ENG-4: 0 (To Do).
    expect(all).toEqual({ '10002': 2, '10003': 3 });
    expect(pages).toBe(3);
  });

  it('bulkfetch validates its limits', async () => {
    const tooMany = Array.from({ length: 1001 }, (_, i) => `ENG-${i + 1}`);
    const cases = [
      {},
      { issueIdsOrKeys: [] },
      { issueIdsOrKeys: tooMany },
      { issueIdsOrKeys: ['ENG-1'], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) },
      { issueIdsOrKeys: ['ENG-1'], maxResults: 10001 },
      { issueIdsOrKeys: ['ENG-1'], maxResults: 0 },
      { issueIdsOrKeys: ['ENG-1'], nextPageToken: 'nonsense' },
    ];
    for (const body of cases) {
      const r = await svc.json('/rest/api/3/changelog/bulkfetch', { body });
      expect(r.status).toBe(400);
      expect(r.body.errorMessages.length).toBeGreaterThan(0);
    }
    const ok = await svc.json('/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: tooMany.slice(0, 1000) } });
    expect(ok.status).toBe(200);
    expect(ok.body.nextPageToken).toBeUndefined();
  });

  it('bulkfetch leaves out issues the caller cannot see', async () => {
    const r = await svc.json('/rest/api/3/changelog/bulkfetch', { as: USERS.dave, body: { issueIdsOrKeys: ['ENG-2'] } });
    expect(r.body).toEqual({ issueChangeLogs: [] });
  });
});

it('uses the injected clock', () => {
  expect(new Date(NOW).toISOString()).toBe('2026-01-26T12:00:00.000Z');
});
