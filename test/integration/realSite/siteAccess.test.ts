/**
 * The one way to the site, on its own: what counts as a read, what is sent (the token, and only the
 * caller's harmless headers), and that a path cannot talk its way past the read-only gate.
 */
import { isReadOnlyRequest } from '../../../sandbox/realSite/readOnlyGate';
import { createSiteAccess } from '../../../sandbox/realSite/siteAccess';
import { realSiteOptionsFrom, RealSiteOptionError, siteDataDir, siteOrigin } from '../../../sandbox/realSite/siteOptions';

const OPTIONS = { siteUrl: 'https://acme.atlassian.net', email: 'ana@acme.example', apiToken: 'tok-123', allowWrites: false };

/** A site access whose "network" records what it was asked to send. */
function recordingAccess(allowWrites = false) {
  const sent: { url: string; method: string; headers: Record<string, string>; redirect?: string }[] = [];
  const access = createSiteAccess({ ...OPTIONS, allowWrites }, (async (url: URL, init: RequestInit) => {
    sent.push({ url: String(url), method: String(init.method), headers: init.headers as Record<string, string>, redirect: init.redirect });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch);
  return { access, sent };
}

describe('the read-only gate', () => {
  it.each([
    ['GET', '/rest/api/3/issue/ENG-1', true],
    ['HEAD', '/rest/api/3/issue/ENG-1', true],
    ['POST', '/rest/api/3/search/jql', true],
    ['post', '/rest/api/3/changelog/bulkfetch', true],
    ['POST', '/rest/api/3/permissions/check', true],
    ['POST', '/rest/api/3/issue/bulkfetch/', true],
    ['POST', '/rest/api/3/issue/ENG-1/comment', false],
    ['PUT', '/rest/api/3/issue/ENG-1/properties/engagement-health-decisions', false],
    ['POST', '/rest/api/3/issue/ENG-1/transitions', false],
    ['DELETE', '/rest/api/3/issue/ENG-1/properties/x', false],
    ['PUT', '/rest/api/3/issue/ENG-1', false],
    ['POST', '/rest/api/3/search/jql/extra', false],
    ['PATCH', '/rest/api/3/issue/ENG-1', false],
  ])('%s %s → read: %s', (method, path, read) => {
    expect(isReadOnlyRequest(method, path)).toBe(read);
  });

  it('judges the normalized path that would be sent, so ../ cannot dress a comment as a search', async () => {
    const { access, sent } = recordingAccess();
    const refused = await access.request('POST', '/rest/api/3/search/jql/../../issue/ENG-1/comment', { body: '{}' });
    expect(refused.status).toBe(403);
    const encoded = await access.request('POST', '/rest/api/3/search/jql/%2e%2e/%2e%2e/issue/ENG-1/comment', { body: '{}' });
    expect(encoded.status).toBe(403);
    expect(sent).toEqual([]);
    expect(access.state.refusedWrites).toBe(2);
  });

  it('lets writes through with --allow-writes', async () => {
    const { access, sent } = recordingAccess(true);
    expect((await access.request('POST', '/rest/api/3/issue/ENG-1/comment', { body: '{}' })).status).toBe(200);
    expect(sent).toHaveLength(1);
  });
});

describe('what is sent', () => {
  it("Basic email:token, the caller's accept and content-type only, no redirect followed", async () => {
    const { access, sent } = recordingAccess();
    await access.request('GET', '/rest/api/3/myself', { headers: { Accept: 'application/json', 'x-sandbox-as': 'app', cookie: 'a=b', authorization: 'Bearer other', 'X-HTTP-Method-Override': 'DELETE' } });
    expect(sent).toEqual([
      {
        url: 'https://acme.atlassian.net/rest/api/3/myself',
        method: 'GET',
        headers: { authorization: `Basic ${Buffer.from('ana@acme.example:tok-123').toString('base64')}`, 'user-agent': 'engagement-health-sandbox (real-site mode)', accept: 'application/json' },
        redirect: 'manual',
      },
    ]);
  });

  it('never leaves the site', async () => {
    const { access, sent } = recordingAccess();
    await expect(access.request('GET', '//evil.example/rest/api/3/myself')).rejects.toThrow('leaves https://acme.atlassian.net');
    expect(sent).toEqual([]);
  });
});

describe('the command line', () => {
  const env = { JIRA_EMAIL: 'ana@acme.example', JIRA_API_TOKEN: 'tok-123' };

  it('reads --site, --allow-writes and the environment', () => {
    expect(realSiteOptionsFrom(['--site', 'https://acme.atlassian.net/jira/your-work'], env)).toEqual({ siteUrl: 'https://acme.atlassian.net', email: 'ana@acme.example', apiToken: 'tok-123', allowWrites: false });
    expect(realSiteOptionsFrom(['--site=acme.atlassian.net', '--allow-writes'], env)).toMatchObject({ siteUrl: 'https://acme.atlassian.net', allowWrites: true });
    expect(realSiteOptionsFrom(['--reset'], env)).toBeNull();
  });

  it('says what is missing or wrong', () => {
    expect(() => realSiteOptionsFrom(['--site', 'https://acme.atlassian.net'], {})).toThrow('real-site mode needs JIRA_EMAIL and JIRA_API_TOKEN in the environment');
    expect(() => realSiteOptionsFrom(['--site'], env)).toThrow('--site needs the address of your Jira');
    expect(() => realSiteOptionsFrom(['--allow-writes'], env)).toThrow(RealSiteOptionError);
    expect(() => siteOrigin('http://acme.atlassian.net')).toThrow('the API token is sent only over https');
    expect(siteOrigin('http://localhost:4300')).toBe('http://localhost:4300');
  });

  it("keeps each site's app storage in a folder named for its host", () => {
    expect(siteDataDir('/data', 'https://acme.atlassian.net')).toBe('/data/acme.atlassian.net');
    expect(siteDataDir('/data', 'http://localhost:4301')).toBe('/data/localhost_4301');
  });
});
