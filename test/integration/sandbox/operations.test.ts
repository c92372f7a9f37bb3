import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData, saveData } from '../../../sandbox/jira/service';
import { fixtureData, type Running, startService, USERS } from './fixtures';

describe('persistence via dataFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-jira-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loadData returns undefined for a missing file and round-trips saveData', () => {
    const file = join(dir, 'jira.json');
    expect(loadData(file)).toBeUndefined();
    saveData(file, fixtureData());
    expect(loadData(file)).toEqual(fixtureData());
    expect(readdirSync(dir)).toEqual(['jira.json']); // no temporary file left behind
  });

  it('changes survive a restart', async () => {
    const file = join(dir, 'jira.json');
    const first = await startService({ dataFile: file });
    await first.call('/rest/api/3/issue/ENG-7/properties/engagement-health-acceptance', { method: 'PUT', body: { state: 'rejected' } });
    await first.call('/rest/api/3/issue/ENG-7/transitions', { body: { transition: { id: '41' } } });
    await first.call('/rest/api/3/issue/ENG-7/comment', { as: USERS.alice, body: { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }] } } });
    await first.service.flush();
    await first.close();

    const saved = loadData(file)!;
    expect(saved.issues.find((i) => i.key === 'ENG-7')!.properties['engagement-health-acceptance']).toEqual({ state: 'rejected' });
    const second = await startService({ data: saved, dataFile: file });
    try {
      const issue = await second.json('/rest/api/3/issue/ENG-7?fields=status,comment');
      expect(issue.body.fields.status.name).toBe('Done');
      expect(issue.body.fields.comment.comments.map((c: { id: string }) => c.id)).toEqual(['2']);
      const found = await second.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('acceptanceState = rejected')}`);
      expect(found.body.issues.map((i: { id: string }) => i.id)).toEqual(['10007']);
      // New ids continue after the persisted ones.
      const again = await second.json('/rest/api/3/issue/ENG-7/comment', { body: { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] } } });
      expect(again.body.id).toBe('3');
      await second.service.flush();
      expect(loadData(file)!.issues.find((i) => i.key === 'ENG-7')!.comments).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it('writes on its own shortly after a change (debounced)', async () => {
    const file = join(dir, 'jira.json');
    const svc = await startService({ dataFile: file });
    try {
      await svc.call('/rest/api/3/issue/ENG-1/properties/k', { method: 'PUT', body: 1 });
      await new Promise((r) => setTimeout(r, 300));
      expect(JSON.parse(readFileSync(file, 'utf8')).issues[0].properties).toEqual({ k: 1 });
    } finally {
      await svc.close();
    }
  });
});

describe('faults, stats and admin endpoints', () => {
  let svc: Running;
  beforeEach(async () => {
    svc = await startService();
  });
  afterEach(() => svc.close());

  it('rate-limit: 429 with Retry-After for `times` requests, then normal', async () => {
    svc.service.injectFault({ match: '/search/jql', kind: 'rate-limit', retryAfterSeconds: 7, times: 2 });
    const path = `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ENG')}`;
    for (let i = 0; i < 2; i++) {
      const r = await svc.json(path);
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('7');
      expect(r.body.errorMessages).toHaveLength(1);
    }
    expect((await svc.json(path)).status).toBe(200);
    expect((await svc.json('/rest/api/3/issue/ENG-1')).status).toBe(200);
  });

  it('server-error by endpoint key prefix, posted through the admin endpoint', async () => {
    const post = await fetch(`${svc.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ match: 'GET /rest/api/3/issue/{issueIdOrKey}', kind: 'server-error', status: 503, times: 1 }) });
    expect(post.status).toBe(204);
    expect((await svc.json('/rest/api/3/issue/ENG-1/comment')).status).toBe(503);
    expect((await svc.json('/rest/api/3/issue/ENG-1')).status).toBe(200);
    const bad = await fetch(`${svc.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ match: 'x', kind: 'explode', times: 1 }) });
    expect(bad.status).toBe(400);
  });

  it('drop destroys the connection without an answer', async () => {
    svc.service.injectFault({ match: '/rest/api/3/myself', kind: 'drop', times: 1 });
    await expect(svc.call('/rest/api/3/myself')).rejects.toThrow();
    expect((await svc.call('/rest/api/3/myself')).status).toBe(200);
  });

  it('latency delays the answer', async () => {
    svc.service.injectFault({ match: '/rest/api/3/myself', kind: 'latency', ms: 250, times: 1 });
    const t0 = Date.now();
    expect((await svc.call('/rest/api/3/myself')).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
    const t1 = Date.now();
    await svc.call('/rest/api/3/myself');
    expect(Date.now() - t1).toBeLessThan(200);
  });

  it('DELETE /__sandbox/faults clears faults', async () => {
    svc.service.injectFault({ match: '/rest/', kind: 'server-error', status: 500, times: 100 });
    expect((await fetch(`${svc.url}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await svc.call('/rest/api/3/myself')).status).toBe(200);
  });

  it('counts requests per templated endpoint; reset over HTTP', async () => {
    await svc.call('/rest/api/3/issue/ENG-1');
    await svc.call('/rest/api/3/issue/ENG-2');
    await svc.call('/rest/api/3/issue/ENG-2/properties/x', { method: 'PUT', body: 1 });
    await svc.call('/rest/api/3/search/jql', { body: { jql: 'project = ENG' } });
    expect(svc.service.stats()).toEqual({
      'GET /rest/api/3/issue/{issueIdOrKey}': 2,
      'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': 1,
      'POST /rest/api/3/search/jql': 1,
    });
    const viaHttp = await (await fetch(`${svc.url}/__sandbox/stats`)).json();
    expect(viaHttp['GET /rest/api/3/issue/{issueIdOrKey}']).toBe(2);
    expect((await fetch(`${svc.url}/__sandbox/stats/reset`, { method: 'POST' })).status).toBe(204);
    expect(svc.service.stats()).toEqual({});
  });

  it('GET /__sandbox/users lists users with team and role, without auth', async () => {
    const users = await (await fetch(`${svc.url}/__sandbox/users`)).json();
    expect(users.find((u: { accountId: string }) => u.accountId === USERS.bob)).toMatchObject({ team: 'client', role: 'client-product-owner' });
  });

  it('handle() returns false outside /rest and /__sandbox', async () => {
    const r = await fetch(`${svc.url}/index.html`);
    expect(await r.text()).toBe('not handled');
  });

  it('data() is live', async () => {
    await svc.call('/rest/api/3/issue/ENG-1/properties/live', { method: 'PUT', body: { v: true } });
    expect(svc.service.data().issues[0]!.properties.live).toEqual({ v: true });
  });
});
