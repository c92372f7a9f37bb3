/**
 * What a real site answers instead of data, each a clear message — in the mode the shell shows, in
 * the shell's Jira reads, in a Custom UI invoke — and never a crash: an unknown site, a wrong
 * token, a project the token's user cannot browse, a site without Jira Software, rate limiting.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callAsTokenUser, ok, projectPage, realSiteMode, standInSite, tokenOf, type RealSite, type StandInSite } from './realSiteFixture';

jest.setTimeout(90_000);
let site: StandInSite;

beforeAll(async () => {
  site = await standInSite();
});
afterAll(() => site?.close());
afterEach(() => site.jira.clearFaults());

/** Runs `body` with a real-site instance, closed afterwards whatever happens. */
async function withApp(options: Parameters<typeof realSiteMode>[0], body: (app: RealSite) => Promise<void>): Promise<void> {
  const app = await realSiteMode(options);
  try {
    await body(app);
  } finally {
    await app.close();
  }
}

const mode = async (app: RealSite) => (await fetch(`${app.url}/__host/mode`)).json() as Promise<Record<string, unknown>>;
const shellRead = async (app: RealSite, path: string) => {
  const response = await fetch(`${app.url}${path}`, { headers: { accept: 'application/json' } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { errorMessages?: string[] } };
};
const invoke = async (app: RealSite) => {
  const response = await fetch(`${app.url}/__forge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey: 'project/overview', payload: {}, moduleKey: 'engagement-health-project-page', extension: projectPage('ENG'), accountId: 'whoever' }),
  });
  return { status: response.status, body: (await response.json()) as { message?: string } };
};

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}
const close = (server: Server) => new Promise((done) => server.close(done));

describe('an unknown site', () => {
  it('nothing listening there: "the connection was refused", in the mode, the shell reads and an invoke', async () => {
    const { url, server } = await listen(() => undefined);
    await close(server);
    await withApp({ siteUrl: url, email: 'someone@example.com', apiToken: 'x' }, async (app) => {
      const expected = `Could not reach ${url}: the connection was refused (nothing listens there). Check the --site address.`;
      expect(app.site.state.problem).toEqual({ kind: 'unreachable', message: expected });
      expect(await mode(app)).toMatchObject({ kind: 'real-site', user: null, problem: { kind: 'unreachable', message: expected } });
      expect(await shellRead(app, '/__sandbox/users')).toMatchObject({ status: 503, body: { errorMessages: [expected] } });
      expect(await shellRead(app, '/rest/api/3/project/ENG')).toMatchObject({ status: 502, body: { errorMessages: [expected] } });
      expect(await invoke(app)).toEqual({ status: 500, body: { message: expected } });
    });
  });

  it('a host name that does not resolve: "there is no such host"', async () => {
    await withApp({ siteUrl: 'https://no-such-site.invalid', email: 'someone@example.com', apiToken: 'x' }, async (app) => {
      expect(app.site.state.problem).toEqual({ kind: 'unreachable', message: 'Could not reach https://no-such-site.invalid: there is no such host (DNS lookup of no-such-site.invalid failed). Check the --site address.' });
    });
  });

  it('an address that answers, but not as Jira (an unknown *.atlassian.net shows a web page): "does not answer as a Jira Cloud site"', async () => {
    const { url, server } = await listen((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Your Atlassian Cloud site is currently unavailable.</h1>'));
    try {
      await withApp({ siteUrl: url, email: 'someone@example.com', apiToken: 'x' }, async (app) => {
        expect(app.site.state.problem).toEqual({ kind: 'not-jira', message: expect.stringContaining(`${url} does not answer as a Jira Cloud site (GET /rest/api/3/myself: HTTP 404, not JSON)`) as string });
      });
    } finally {
      await close(server);
    }
  });
});

test('a wrong token: the site\'s 401, named with the email and where to make a token', async () => {
  const { email } = tokenOf(site, 'techLead');
  await withApp({ siteUrl: site.url, email, apiToken: 'not-the-token' }, async (app) => {
    const expected = `${site.url} refused the API token of ${email} (HTTP 401). Check JIRA_EMAIL (the email you sign in to Jira with) and JIRA_API_TOKEN (make one at https://id.atlassian.com/manage-profile/security/api-tokens; tokens expire).`;
    expect(app.site.state.problem).toEqual({ kind: 'unauthorized', message: expected });
    expect(await mode(app)).toMatchObject({ user: null, problem: { kind: 'unauthorized', message: expected } });
    expect(await shellRead(app, '/rest/api/3/project/ENG')).toMatchObject({ status: 401, body: { errorMessages: [expected] } });
    expect(await invoke(app)).toEqual({ status: 500, body: { message: expected } });
  });
});

test('a project the token\'s user cannot browse: the site\'s 404 to the shell, the app\'s "not visible" refusal', async () => {
  await withApp({ siteUrl: site.url, ...tokenOf(site, 'guest') }, async (app) => {
    expect(app.site.state.problem).toBeNull();
    expect((await shellRead(app, '/rest/api/3/project/ENG')).status).toBe(404);
    const overview = await callAsTokenUser(app)('project/overview', projectPage('ENG'));
    expect(overview).toEqual({ ok: false, error: { code: 'not_found', message: 'Not found, or you do not have access to it.' } });
  });
});

test('a site without Jira Software (the agile API 404s): said in the mode; the health page has no board, and computes the rest', async () => {
  const withoutAgile = await listen((req, res) => {
    if (req.url?.startsWith('/rest/agile/')) return void res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errorMessages: ['null for uri: /rest/agile/1.0/board'] }));
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const answer = await fetch(`${site.url}${req.url}`, { method: req.method, headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'application/json', accept: 'application/json' }, body: chunks.length ? Buffer.concat(chunks) : undefined });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  try {
    await withApp({ siteUrl: withoutAgile.url, ...tokenOf(site, 'projectAdmin') }, async (app) => {
      expect(app.site.state).toMatchObject({ problem: null, jiraSoftware: false });
      expect((await mode(app)).noJiraSoftware).toBe(`${withoutAgile.url} has no Jira Software (the agile API answers 404): there are no boards, so no sprints, velocity or commitment. The other signals work.`);
      const call = callAsTokenUser(app);
      ok(await call('project/overview', projectPage('ENG')));
      await app.forge.queue.drain();
      const overview = ok(await call('project/overview', projectPage('ENG')));
      expect(overview.boardName).toBeNull();
      expect(overview.health.refresh).toMatchObject({ state: 'idle' });
      expect(overview.health.computedAt).not.toBeNull();
      expect(overview.health.velocity).toEqual([]);
    });
  } finally {
    await close(withoutAgile.server);
  }
});

describe('rate limiting (429 with Retry-After)', () => {
  it('a short Retry-After is waited out: the shell read and the app both get their answer', async () => {
    await withApp({ siteUrl: site.url, ...tokenOf(site, 'projectAdmin') }, async (app) => {
      site.jira.injectFault({ match: 'GET /rest/api/3/project/{projectIdOrKey}', kind: 'rate-limit', retryAfterSeconds: 1, times: 1 });
      let started = performance.now();
      expect((await shellRead(app, '/rest/api/3/project/ENG')).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(900);
      site.jira.injectFault({ match: 'POST /rest/api/3/permissions/check', kind: 'rate-limit', retryAfterSeconds: 1, times: 1 });
      started = performance.now();
      expect(await callAsTokenUser(app)('project/overview', projectPage('ENG'))).toMatchObject({ ok: true });
      expect(performance.now() - started).toBeGreaterThanOrEqual(900);
      expect(site.jira.faultsInjected()).toBe(2);
    });
  });

  it('a long one is said, with how long it lasts: in the shell read, the mode, and the app\'s "Jira is busy"', async () => {
    await withApp({ siteUrl: site.url, ...tokenOf(site, 'projectAdmin') }, async (app) => {
      site.jira.injectFault({ match: '/rest/api/3/', kind: 'rate-limit', retryAfterSeconds: 120, times: 3 });
      const read = await shellRead(app, '/rest/api/3/project/ENG');
      expect(read.status).toBe(429);
      expect(read.headers.get('retry-after')).toMatch(/^1[12]\d$/);
      expect(read.body.errorMessages?.[0]).toMatch(new RegExp(`^${site.url} is rate limiting this API token: Jira asks to wait 1[12]\\d s, until \\d\\d:\\d\\d:\\d\\d UTC\\. Try again then\\.$`));
      expect((await mode(app)).rateLimited).toEqual(expect.stringContaining('is rate limiting this API token'));
      expect(await callAsTokenUser(app)('project/overview', projectPage('ENG'))).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    });
  });
});
