/**
 * Read-only by default: the app's writes to the site (comments, issue properties, transitions) are
 * refused like a Jira 403 without leaving the machine, so the app's outbox keeps them pending; the
 * app's own storage still records the verdict. Restarted with --allow-writes on the same storage,
 * the next view completes them on the site — once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READ_ONLY_REFUSAL } from '../../../sandbox/realSite/readOnlyGate';
import { ACCEPTANCE_PROPERTY_KEY } from '../../../src/domain/acceptance/mirror';
import { callAsTokenUser, issuePanel, ok, realSiteMode, standInSite, tokenOf, type RealSite, type StandInSite } from './realSiteFixture';

jest.setTimeout(90_000);
const READY = '10003';
let site: StandInSite;
let dataDir: string;

beforeAll(async () => {
  site = await standInSite();
  dataDir = mkdtempSync(join(tmpdir(), 'eh-real-site-storage-'));
});
afterAll(async () => {
  await site?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The product owner's token; the project's settings as if a project admin had saved them on this machine. */
async function appAsProductOwner(allowWrites: boolean): Promise<RealSite> {
  const app = await realSiteMode({ siteUrl: site.url, ...tokenOf(site, 'productOwner'), allowWrites, dataDir });
  if (!(await app.storage.policies.get('ENG'))) expect(await app.storage.policies.save('ENG', (await site.storage.policies.get('ENG'))!)).toBe(true);
  return app;
}

const issueOnSite = (key: string) => site.jira.data().issues.find((i) => i.key === key)!;
/** What the site holds of an issue that the app could change. */
const siteSide = (key: string) => {
  const issue = issueOnSite(key);
  return JSON.stringify({ comments: issue.comments, status: issue.fields.statusId, properties: issue.properties });
};

async function awaitingIssue(call: ReturnType<typeof callAsTokenUser>): Promise<string> {
  for (const issue of site.jira.data().issues.filter((i) => i.fields.statusId === READY)) {
    const view = ok(await call('acceptance/forIssue', issuePanel(site, issue.key)));
    if (view.state === 'awaiting' && view.canVerdict) return issue.key;
  }
  throw new Error('no issue awaits the product owner');
}

test('without --allow-writes a change request is recorded here, and its comment and transition stay pending; the site is unchanged', async () => {
  const app = await appAsProductOwner(false);
  try {
    const call = callAsTokenUser(app);
    const key = await awaitingIssue(call);
    const before = siteSide(key);
    const view = ok(await call('acceptance/forIssue', issuePanel(site, key)));
    const after = ok(await call('acceptance/requestChanges', issuePanel(site, key), { feedback: 'The wishlist must survive a sign-out.', expectedVersion: view.version, actionId: 'action-read-only-1' }));
    expect(after.history.at(-1)).toMatchObject({ verdict: 'changes-requested', feedback: 'The wishlist must survive a sign-out.' });
    expect(after.pending.map((p) => p.kind).sort()).toEqual(['comment', 'transition']);
    expect(siteSide(key)).toBe(before);
    expect(app.site.state.refusedWrites).toBeGreaterThan(0);
    // Looking again tries again, and is refused again: still pending, still nothing on the site.
    expect(ok(await call('acceptance/forIssue', issuePanel(site, key))).pending).toHaveLength(2);
    expect(siteSide(key)).toBe(before);
  } finally {
    await app.close();
  }
});

test("the shell's own writes are refused with the read-only words, as Jira's 403", async () => {
  const app = await appAsProductOwner(false);
  try {
    const key = site.jira.data().issues[0]!.key;
    const before = siteSide(key);
    const response = await fetch(`${app.url}/rest/api/3/issue/${key}/comment`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ body: { type: 'doc', version: 1, content: [] } }) });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errorMessages: string[] }).errorMessages[0]).toContain(READ_ONLY_REFUSAL);
    // Reads that Jira makes with POST go through.
    const search = await fetch(`${app.url}/rest/api/3/search/jql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jql: `key = ${key}`, fields: ['summary'] }) });
    expect(search.status).toBe(200);
    expect(siteSide(key)).toBe(before);
  } finally {
    await app.close();
  }
});

test('started again with --allow-writes on the same storage, the next view completes the pending comment and transition on the site, once, and the hourly repair the mirror', async () => {
  const app = await appAsProductOwner(true);
  try {
    const call = callAsTokenUser(app);
    const pendingKey = (await app.storage.acceptance.listByProject('ENG')).find((r) => r.verdicts.at(-1)?.feedback === 'The wishlist must survive a sign-out.')!.issueKey;
    const commentsBefore = issueOnSite(pendingKey).comments.length;
    const view = ok(await call('acceptance/forIssue', issuePanel(site, pendingKey)));
    expect(view.pending).toEqual([]);
    expect(issueOnSite(pendingKey).comments.length).toBe(commentsBefore + 1);
    expect(issueOnSite(pendingKey).fields.statusId).not.toBe(READY);
    // The mirror (an issue property) is the hourly repair's to write when the verdict's own write was refused.
    ok(await call('project/overview', { type: 'jira:projectPage', project: { key: 'ENG' } }));
    await app.refresh();
    expect(issueOnSite(pendingKey).properties[ACCEPTANCE_PROPERTY_KEY]).toMatchObject({ state: 'changes-requested' });
    ok(await call('acceptance/forIssue', issuePanel(site, pendingKey)));
    expect(issueOnSite(pendingKey).comments.length).toBe(commentsBefore + 1);
    expect(app.site.state.refusedWrites).toBe(0);
  } finally {
    await app.close();
  }
});
