import { isDeadlineExceeded, isNotFound, JiraError } from '../../../src/jira/errors';
import { CLOCK_START, dropped, fail, ok, scriptedClient } from './fakeJira';

async function failure(promise: Promise<unknown>): Promise<JiraError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(JiraError);
    return e as JiraError;
  }
  throw new Error('expected the call to fail');
}

describe('JiraClient requests', () => {
  it('sends JSON with the right method, headers and body, and parses the answer', async () => {
    const { client, jira } = scriptedClient([ok({ id: '10001', key: 'ENG-1' }, 201)]);
    const created = await client.post<{ key: string }>('/rest/api/3/issue/ENG-1/comment', { body: { type: 'doc' } });
    expect(created.key).toBe('ENG-1');
    expect(jira.requests[0]).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/issue/ENG-1/comment',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: { body: { type: 'doc' } },
    });
  });

  it('returns undefined for 204 and for an empty 200', async () => {
    const { client } = scriptedClient([{ status: 204 }, ok()]);
    await expect(client.del('/rest/api/3/issue/ENG-1/properties/x')).resolves.toBeUndefined();
    await expect(client.get('/rest/api/3/myself')).resolves.toBeUndefined();
  });

  it('encodes the query: repeated array params, omitted undefined, special characters in JQL', async () => {
    const { client, jira } = scriptedClient([ok({})]);
    const jql = 'project = "R&D" AND summary ~ "50% + more?" AND labels in (a#1, b/2)';
    await client.get('/rest/api/3/search/jql', { jql, accountId: ['a:1', 'b 2'], maxResults: 50, failFast: false, nextPageToken: undefined });
    const { url, query } = jira.requests[0]!;
    expect(url).toBe(
      '/rest/api/3/search/jql?jql=' +
        encodeURIComponent(jql) +
        '&accountId=a%3A1&accountId=b%202&maxResults=50&failFast=false',
    );
    expect(url).not.toContain('+');
    expect(query.get('jql')).toBe(jql);
    expect(query.getAll('accountId')).toEqual(['a:1', 'b 2']);
    expect(query.has('nextPageToken')).toBe(false);
  });

  it('rejects a success body that is not JSON as a server error', async () => {
    const { client } = scriptedClient([ok('<html>login</html>')]);
    const error = await failure(client.get('/rest/api/3/myself'));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(200);
  });
});

describe('JiraClient failures that are not retried', () => {
  it.each([
    [400, 'invalid'],
    [401, 'unauthorized'],
    [403, 'permission'],
    [404, 'not_found'],
    [409, 'invalid'],
  ] as const)('%i → %s, after one attempt, with Jira’s messages', async (status, kind) => {
    const { client, jira, clock } = scriptedClient([
      fail(status, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: { summary: 'Summary is required.' } }),
    ]);
    const error = await failure(client.put('/rest/api/3/issue/ENG-9?notifyUsers=false', { fields: {} }));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.messages).toEqual(['Issue does not exist or you do not have permission to see it.', 'summary: Summary is required.']);
    expect(error.operation).toEqual({ method: 'PUT', path: '/rest/api/3/issue/ENG-9' });
    expect(jira.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('keeps a plain-text error body as the message', async () => {
    const { client } = scriptedClient([fail(404, 'Not Found')]);
    const error = await failure(client.get('/rest/agile/1.0/board/9'));
    expect(isNotFound(error)).toBe(true);
    expect(error.messages).toEqual(['Not Found']);
  });
});

describe('JiraClient retries', () => {
  it('waits Retry-After seconds on 429, then succeeds', async () => {
    const { client, jira, clock } = scriptedClient([fail(429, undefined, { 'Retry-After': '3' }), ok({ accountId: 'me' })]);
    await expect(client.get('/rest/api/3/myself')).resolves.toEqual({ accountId: 'me' });
    expect(clock.sleeps).toEqual([3000]);
    expect(jira.requests).toHaveLength(2);
  });

  it('waits until a Retry-After HTTP-date on 429', async () => {
    const at = new Date(CLOCK_START + 7000).toUTCString();
    const { client, clock } = scriptedClient([fail(429, undefined, { 'retry-after': at }), ok([])]);
    await expect(client.get('/rest/api/3/field')).resolves.toEqual([]);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('throws rate_limited with retryAfterMs when the wait does not fit the deadline', async () => {
    const { client, jira, clock } = scriptedClient([fail(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '60' })], {
      deadlineMs: 20_000,
    });
    const error = await failure(client.get('/rest/api/3/myself'));
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(60_000);
    expect(error.messages).toEqual(['Rate limit exceeded.']);
    expect(jira.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a rate-limited POST (Jira refuses it before applying it)', async () => {
    const { client, jira } = scriptedClient([fail(429, undefined, { 'Retry-After': '1' }), ok({ id: '1' }, 201)]);
    await client.post('/rest/api/3/issue/ENG-1/comment', { body: {} });
    expect(jira.requests).toHaveLength(2);
  });

  it('retries 5xx with capped exponential backoff and full jitter, then succeeds', async () => {
    const { client, jira, clock } = scriptedClient([fail(503), fail(502), fail(500), ok({ ok: true })], {
      baseDelayMs: 100,
      maxDelayMs: 300,
      random: () => 0.5,
    });
    await expect(client.get('/rest/api/3/myself')).resolves.toEqual({ ok: true });
    expect(jira.requests).toHaveLength(4);
    // half of min(300, 100·2^(n-1)) for n = 1, 2, 3
    expect(clock.sleeps).toEqual([50, 100, 150]);
  });

  it('does not resend a write after a 5xx (Jira may have applied it): the error says so', async () => {
    const { client, jira } = scriptedClient([fail(504), ok({}, 201)]);
    const error = await failure(client.post('/rest/api/3/issue/ENG-1/comment', { body: {} }));
    expect(error).toMatchObject({ kind: 'server', status: 504, mayHaveApplied: true });
    expect(jira.requests).toHaveLength(1);
  });

  it('retries a 5xx to a read-only POST, and a PUT', async () => {
    const { client, jira } = scriptedClient([fail(500), ok({ issues: [] }), fail(503), ok(undefined, 204)]);
    await client.post('/rest/api/3/search/jql', { jql: 'project = ENG' }, undefined, { idempotent: true });
    await client.put('/rest/api/3/issue/ENG-1/properties/p', { a: 1 });
    expect(jira.requests).toHaveLength(4);
  });

  it('gives up with the server error once attempts run out', async () => {
    const { client, jira } = scriptedClient([fail(500), fail(500), fail(503, { errorMessages: ['down'] })], { maxAttempts: 3 });
    const error = await failure(client.get('/rest/api/3/myself'));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(503);
    expect(error.messages).toEqual(['down']);
    expect(jira.requests).toHaveLength(3);
  });

  it('retries a dropped connection on GET', async () => {
    const { client, jira } = scriptedClient([dropped('ECONNRESET'), ok({ id: '1' })]);
    await expect(client.get('/rest/api/3/issue/ENG-1')).resolves.toEqual({ id: '1' });
    expect(jira.requests).toHaveLength(2);
  });

  it('does not resend a POST whose connection dropped: it may have been applied', async () => {
    const { client, jira } = scriptedClient([dropped('ECONNRESET'), ok({})]);
    const error = await failure(client.post('/rest/api/3/issue/ENG-1/comment', { body: {} }));
    expect(error.kind).toBe('network');
    expect(error.messages).toEqual(['ECONNRESET']);
    expect(jira.requests).toHaveLength(1);
  });

  it('does resend a read-only POST whose connection dropped', async () => {
    const { client, jira } = scriptedClient([dropped(), ok({ issueChangeLogs: [] })]);
    await client.post('/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['1'] }, undefined, { idempotent: true });
    expect(jira.requests).toHaveLength(2);
  });

  it('throws a deadline error when the next backoff would overrun the deadline', async () => {
    let jiraCalls = 0;
    const { client, clock } = scriptedClient(
      () => {
        jiraCalls++;
        return fail(500, { errorMessages: ['Internal server error'] });
      },
      { deadlineMs: 1000, baseDelayMs: 400, maxDelayMs: 10_000, random: () => 0.99, maxAttempts: 10 },
    );
    const error = await failure(client.get('/rest/api/3/myself'));
    expect(isDeadlineExceeded(error)).toBe(true);
    expect(error.status).toBe(500);
    expect(error.messages).toContain('Internal server error');
    expect((error as Error).cause).toBeInstanceOf(JiraError);
    // 396 ms then 792 ms would pass 1000 ms: one retry only.
    expect(jiraCalls).toBe(2);
    expect(clock.sleeps).toEqual([396]);
  });

  it('counts time the requests themselves take against the deadline', async () => {
    const { client, jira, clock } = scriptedClient([{ status: 502, takesMs: 900 }, ok({})], { deadlineMs: 1000 });
    const error = await failure(client.get('/rest/api/3/myself'));
    expect(error.kind).toBe('deadline');
    expect(jira.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});
