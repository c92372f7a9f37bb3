/**
 * The sandbox authenticates like Jira Cloud: `Authorization: Basic base64(email:api_token)` and
 * `Bearer <api_token>` for every demo person, 401 with Jira's error body and a WWW-Authenticate
 * challenge otherwise; `x-sandbox-as` keeps working as before.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PEOPLE, type DemoPersonKey } from '../../../sandbox/demo/people';
import { testSandbox } from '../../support/sandbox';
import { basic, bearer, credentialsOf, getJson } from './credentials';

jest.setTimeout(60_000);

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
beforeAll(async () => {
  sandbox = await testSandbox();
});
afterAll(() => sandbox.close());

const myself = (headers: Record<string, string> = {}) => getJson(`${sandbox.url}/rest/api/3/myself`, headers);
const REFUSED = { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} };
const ANONYMOUS = { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} };

function expectChallenge(headers: Headers): void {
  expect(headers.get('www-authenticate')).toBe(`OAuth realm="${encodeURIComponent(sandbox.url)}"`);
}

/** Runs `body` with a demo person deactivated, as a Jira admin would. */
async function whileDeactivated(key: DemoPersonKey, body: () => Promise<void>): Promise<void> {
  const user = sandbox.jira.data().users.find((u) => u.accountId === DEMO_PEOPLE[key].accountId)!;
  user.active = false;
  try {
    await body();
  } finally {
    user.active = true;
  }
}

describe('API tokens', () => {
  it('are written once to <data dir>/api-tokens.json as {"<email>": "<token>"}, one per demo person, owner-readable only', () => {
    const file = join(sandbox.dataDir, 'api-tokens.json');
    expect(sandbox.jira.apiTokensFile).toBe(file);
    const tokens = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(Object.keys(tokens).sort()).toEqual(Object.values(DEMO_PEOPLE).map((p) => p.emailAddress).sort());
    expect(tokens).toEqual(sandbox.jira.apiTokens());
    const values = Object.values(tokens);
    expect(new Set(values).size).toBe(values.length);
    for (const token of values) expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });
});

describe('Authorization: Basic base64(email:api_token)', () => {
  it.each(Object.keys(DEMO_PEOPLE) as DemoPersonKey[])('works for %s: /myself is that person', async (key) => {
    const { email, apiToken, accountId } = credentialsOf(sandbox, key);
    const r = await myself({ authorization: basic(email, apiToken) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId, emailAddress: email, accountType: 'atlassian', active: true });
  });

  it('reads the email case-insensitively, as Jira Cloud logins are', async () => {
    const { email, apiToken, accountId } = credentialsOf(sandbox, 'techLead');
    const r = await myself({ authorization: basic(email.toUpperCase(), apiToken) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId });
  });

  it("holds the token's user to their permissions, reads and writes", async () => {
    const guest = credentialsOf(sandbox, 'guest');
    expect((await getJson(`${sandbox.url}/rest/api/3/project/ENG`, { authorization: basic(guest.email, guest.apiToken) })).status).toBe(404);
    const lead = credentialsOf(sandbox, 'techLead');
    const [issue] = sandbox.jira.data().issues;
    const comment = await fetch(`${sandbox.url}/rest/api/3/issue/${issue!.key}/comment`, {
      method: 'POST',
      headers: { authorization: basic(lead.email, lead.apiToken), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Checked with a token.' }] }] } }),
    });
    expect(comment.status).toBe(201);
    expect(await comment.json()).toMatchObject({ author: { accountId: lead.accountId } });
  });

  it('a wrong token → 401, Jira’s error body, WWW-Authenticate', async () => {
    const { email, apiToken } = credentialsOf(sandbox, 'productOwner');
    const r = await myself({ authorization: basic(email, `${apiToken}x`) });
    expect(r.status).toBe(401);
    expect(r.body).toEqual(REFUSED);
    expectChallenge(r.headers);
    expect(r.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
  });

  it("another person's token → 401", async () => {
    const { email } = credentialsOf(sandbox, 'productOwner');
    const r = await myself({ authorization: basic(email, credentialsOf(sandbox, 'dev1').apiToken) });
    expect(r.status).toBe(401);
    expect(r.body).toEqual(REFUSED);
  });

  it('an unknown email → 401, even with a valid token', async () => {
    const r = await myself({ authorization: basic('nobody@example.com', credentialsOf(sandbox, 'dev1').apiToken) });
    expect(r.status).toBe(401);
    expect(r.body).toEqual(REFUSED);
    expectChallenge(r.headers);
  });

  it.each([
    ['no colon', `Basic ${Buffer.from('emily.carter@example.com').toString('base64')}`],
    ['not base64', 'Basic %%%'],
    ['no credentials', 'Basic'],
    ['another scheme', 'Digest username="emily.carter@example.com"'],
  ])('a malformed header (%s) → 401', async (_what, authorization) => {
    const r = await myself({ authorization });
    expect(r.status).toBe(401);
    expect(r.body).toEqual(REFUSED);
    expectChallenge(r.headers);
  });

  it('no Authorization header (and no x-sandbox-as) → 401, Jira’s error body, WWW-Authenticate', async () => {
    const r = await myself();
    expect(r.status).toBe(401);
    expect(r.body).toEqual(ANONYMOUS);
    expectChallenge(r.headers);
  });

  it("a deactivated user's valid token → 401 (Basic and Bearer); reactivated, it works again", async () => {
    const { email, apiToken } = credentialsOf(sandbox, 'dev2');
    await whileDeactivated('dev2', async () => {
      for (const authorization of [basic(email, apiToken), bearer(apiToken)]) {
        const r = await myself({ authorization });
        expect(r.status).toBe(401);
        expect(r.body).toEqual(REFUSED);
        expectChallenge(r.headers);
      }
    });
    expect((await myself({ authorization: basic(email, apiToken) })).status).toBe(200);
  });
});

describe('Authorization: Bearer <api_token>', () => {
  it('a valid token → the person it belongs to', async () => {
    const { apiToken, accountId } = credentialsOf(sandbox, 'decisionMaker');
    const r = await myself({ authorization: bearer(apiToken) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId });
  });

  it('a wrong token → 401 with WWW-Authenticate', async () => {
    const { email, apiToken } = credentialsOf(sandbox, 'decisionMaker');
    for (const token of [`${apiToken}x`, Buffer.from(`${email}:${apiToken}`).toString('base64')]) {
      const r = await myself({ authorization: bearer(token) });
      expect(r.status).toBe(401);
      expect(r.body).toEqual(REFUSED);
      expectChallenge(r.headers);
    }
  });
});

describe('x-sandbox-as, as before', () => {
  it('app and an active accountId work without Authorization', async () => {
    expect((await myself({ 'x-sandbox-as': 'app' })).body).toMatchObject({ accountType: 'app' });
    expect((await myself({ 'x-sandbox-as': DEMO_PEOPLE.qa.accountId })).body).toMatchObject({ accountId: DEMO_PEOPLE.qa.accountId });
  });

  it('decides alone when present: Authorization is not read beside it', async () => {
    const { email, apiToken } = credentialsOf(sandbox, 'techLead');
    const unknownAs = await myself({ 'x-sandbox-as': 'acc-nobody', authorization: basic(email, apiToken) });
    expect(unknownAs.status).toBe(401);
    expect(unknownAs.body).toEqual(ANONYMOUS);
    const asApp = await myself({ 'x-sandbox-as': 'app', authorization: basic(email, 'wrong') });
    expect(asApp.status).toBe(200);
    expect(asApp.body).toMatchObject({ accountType: 'app' });
  });
});
