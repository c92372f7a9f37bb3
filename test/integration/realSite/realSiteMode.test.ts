/**
 * Real-site mode end to end: the app, its shell and its backend against a "real site" — a sandbox
 * that knows only Basic email:token, as Jira Cloud does — reading the site's data, keeping app
 * storage on this machine, and making no demo data of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import { callAsTokenUser, issuePanel, ok, projectPage, realSiteMode, standInSite, tokenOf, type RealSite, type StandInSite } from './realSiteFixture';

jest.setTimeout(90_000);
let site: StandInSite;
let app: RealSite;
let call: ReturnType<typeof callAsTokenUser>;

beforeAll(async () => {
  site = await standInSite();
  app = await realSiteMode({ siteUrl: site.url, ...tokenOf(site, 'projectAdmin') });
  call = callAsTokenUser(app);
});
afterAll(async () => {
  await app?.close();
  await site?.close();
});

test('the stand-in site refuses the sandbox header: only Jira Cloud credentials reach its data', async () => {
  const refused = await fetch(`${site.url}/rest/api/3/myself`, { headers: { 'x-sandbox-as': 'app' } });
  expect(refused.status).toBe(401);
});

test("the connection is the token's user, read from the site's /myself", () => {
  expect(app.site.state).toMatchObject({ siteUrl: site.url, allowWrites: false, problem: null, jiraSoftware: true, user: { accountId: DEMO_PEOPLE.projectAdmin.accountId, displayName: DEMO_PEOPLE.projectAdmin.displayName } });
});

test('the project page reads the project and computes its health from the site', async () => {
  const first = ok(await call('project/overview', projectPage('ENG')));
  expect(first).toMatchObject({ projectKey: 'ENG', projectName: site.jira.data().projects.find((p) => p.key === 'ENG')!.name, health: { computedAt: null, refresh: { state: 'running' } } });
  await app.forge.queue.drain();
  const computed = ok(await call('project/overview', projectPage('ENG')));
  expect(computed.boardName).toBe(site.jira.data().boards.find((b) => b.projectKey === 'ENG')!.name);
  expect(computed.health.computedAt).not.toBeNull();
  expect(computed.health.velocity.length).toBeGreaterThan(0);
});

test("the escalation preview judges the site's issues (settings saved on this machine)", async () => {
  expect(ok(await call('escalation/preview', projectPage('ENG'))).skipped.join(' ')).toMatch(/not configured/);
  expect(await app.storage.policies.save('ENG', (await site.storage.policies.get('ENG'))!)).toBe(true);
  const preview = ok(await call('escalation/preview', projectPage('ENG')));
  expect(preview).toMatchObject({ mode: 'preview', skipped: [] });
  expect(preview.wouldPost.length).toBeGreaterThan(0);
  const keys = new Set(site.jira.data().issues.map((i) => i.key));
  for (const item of preview.wouldPost) expect(keys.has(item.issueKey)).toBe(true);
});

test("the issue panel shows the site's issue", async () => {
  const issue = site.jira.data().issues.find((i) => i.projectId === site.jira.data().projects.find((p) => p.key === 'ENG')!.id)!;
  const panel = ok(await call('issue/panel', issuePanel(site, issue.key)));
  expect(panel.summary).toMatchObject({ key: issue.key, summary: issue.fields.summary });
});

test('the shell reads the site through the sandbox origin: its pages, and the token user as the one person', async () => {
  const project = await fetch(`${app.url}/rest/api/3/project/ENG`, { headers: { accept: 'application/json', 'x-sandbox-as': DEMO_PEOPLE.productOwner.accountId } });
  expect(project.status).toBe(200);
  expect(await project.json()).toMatchObject({ key: 'ENG' });
  const people = (await (await fetch(`${app.url}/__sandbox/users`)).json()) as { accountId: string }[];
  expect(people.map((p) => p.accountId)).toEqual([DEMO_PEOPLE.projectAdmin.accountId]);
  const mode = await (await fetch(`${app.url}/__host/mode`)).json();
  expect(mode).toMatchObject({ kind: 'real-site', siteUrl: site.url, writes: 'read-only', user: { displayName: DEMO_PEOPLE.projectAdmin.displayName }, problem: null });
});

test("a Custom UI invoke acts as the token's user, whoever the page claims to be", async () => {
  const response = await fetch(`${app.url}/__forge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey: 'project/overview', payload: {}, moduleKey: 'engagement-health-project-page', extension: projectPage('ENG'), accountId: DEMO_PEOPLE.guest.accountId }),
  });
  expect(await response.json()).toMatchObject({ ok: true, data: { projectKey: 'ENG' } });
});

/** fetch() will not send another Host header; a DNS-rebinding page's request does. */
function statusWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((done, fail) => get(url, { headers: { host } }, (res) => done(res.resume().statusCode)).on('error', fail));
}

test('a request from another origin or for another host name is refused (the sandbox holds a token)', async () => {
  const otherOrigin = await fetch(`${app.url}/rest/api/3/myself`, { headers: { origin: 'https://evil.example' } });
  expect(otherOrigin.status).toBe(403);
  expect(await statusWithHost(`${app.url}/rest/api/3/myself`, 'rebound.example')).toBe(403);
});

test('app storage stays in its own folder; no demo data is made and the sandbox Jira is not served', async () => {
  expect(existsSync(join(app.dataDir, 'app-storage.log'))).toBe(true);
  expect(readdirSync(app.dataDir)).not.toContain('jira.json');
  expect((await fetch(`${app.url}/__sandbox/stats`)).status).toBe(404);
  // Nothing was seeded here: the one policy is the one this suite saved, and no decision exists.
  expect((await app.storage.policies.get('ENG'))?.version).toBe(1);
  expect(await app.storage.decisions.listByProject('ENG')).toEqual([]);
});
