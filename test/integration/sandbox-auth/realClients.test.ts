/**
 * Real clients, unmodified, against a running sandbox with a demo person's email and API token:
 * the curl binary (`curl -u email:token`) and jira.js, a maintained third-party Jira Cloud client.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AgileClient, HttpException, Version3Client } from 'jira.js';
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import { testSandbox } from '../../support/sandbox';
import { credentialsOf, getJson, type Credentials } from './credentials';

jest.setTimeout(60_000);

// Async, never execFileSync: the sandbox answers from this very process.
const run = promisify(execFile);

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let owner: Credentials;
beforeAll(async () => {
  sandbox = await testSandbox();
  owner = credentialsOf(sandbox, 'productOwner');
});
afterAll(() => sandbox.close());

/** curl's answer: status line, headers (lower-cased names) and body. */
async function curl(...args: string[]): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  const { stdout } = await run('curl', ['--silent', '--show-error', '--include', ...args]);
  const [head = '', ...rest] = stdout.split(/\r?\n\r?\n/);
  const [statusLine = '', ...headerLines] = head.split(/\r?\n/);
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(rest.join('\n\n')) as unknown };
}

describe('curl -u email:api_token', () => {
  it('reads /myself as that person, the line `npm start` prints', async () => {
    const r = await curl('-u', `${owner.email}:${owner.apiToken}`, `${sandbox.url}/rest/api/3/myself`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId: owner.accountId, emailAddress: owner.email, displayName: DEMO_PEOPLE.productOwner.displayName });
  });

  it('a wrong token → 401 with Jira’s error body and WWW-Authenticate', async () => {
    const r = await curl('-u', `${owner.email}:not-the-token`, `${sandbox.url}/rest/api/3/myself`);
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toBe(`OAuth realm="${encodeURIComponent(sandbox.url)}"`);
    expect(r.body).toEqual({ errorMessages: ['Client must be authenticated to access this resource.'], errors: {} });
  });

  it('-H "Authorization: Bearer <token>" works too', async () => {
    const r = await curl('-H', `Authorization: Bearer ${owner.apiToken}`, `${sandbox.url}/rest/api/3/myself`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId: owner.accountId });
  });
});

describe('jira.js with email + API token, host = the sandbox', () => {
  const platform = (apiToken = owner.apiToken) => new Version3Client({ host: sandbox.url, authentication: { basic: { email: owner.email, apiToken } } });

  it('reads myself', async () => {
    const me = await platform().myself.getCurrentUser();
    expect(me).toMatchObject({ accountId: owner.accountId, emailAddress: owner.email, active: true });
  });

  it('reads a project', async () => {
    const project = await platform().projects.getProject({ projectIdOrKey: 'ENG' });
    expect(project).toMatchObject({ key: 'ENG', id: sandbox.jira.data().projects.find((p) => p.key === 'ENG')!.id });
  });

  it('reads an issue', async () => {
    const [first] = sandbox.jira.data().issues;
    const issue = await platform().issues.getIssue({ issueIdOrKey: first!.key, fields: ['summary', 'status'] });
    expect(issue).toMatchObject({ key: first!.key, id: first!.id, fields: { summary: first!.fields.summary } });
  });

  it('searches with JQL, page by page, and sees what the sandbox shows that person', async () => {
    const jql = 'project = ENG ORDER BY key ASC';
    const client = platform();
    const page1 = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({ jql, fields: ['summary'], maxResults: 5 });
    expect(page1.issues).toHaveLength(5);
    expect(page1.nextPageToken).toEqual(expect.any(String));
    const page2 = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({ jql, fields: ['summary'], maxResults: 5, nextPageToken: page1.nextPageToken });
    const keys = [...page1.issues!, ...page2.issues!].map((i) => i.key);
    expect(new Set(keys).size).toBe(10);
    const asSandbox = await getJson(`${sandbox.url}/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&fields=summary&maxResults=10`, { 'x-sandbox-as': owner.accountId });
    expect((asSandbox.body as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(keys);
  });

  it('reads the boards through the Agile client', async () => {
    const agile = new AgileClient({ host: sandbox.url, authentication: { basic: { email: owner.email, apiToken: owner.apiToken } } });
    const boards = await agile.board.getAllBoards({ projectKeyOrId: 'ENG' });
    expect(boards.values?.map((b) => b.id)).toEqual(sandbox.jira.data().boards.filter((b) => b.projectKey === 'ENG').map((b) => b.id));
  });

  it('with a Bearer token (OAuth 2.0 access token setting) reads myself', async () => {
    const client = new Version3Client({ host: sandbox.url, authentication: { oauth2: { accessToken: owner.apiToken } } });
    expect(await client.myself.getCurrentUser()).toMatchObject({ accountId: owner.accountId });
  });

  it('a wrong token is refused with 401', async () => {
    const refused = await platform('wrong').myself.getCurrentUser().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpException);
    expect((refused as HttpException).status).toBe(401);
  });
});
