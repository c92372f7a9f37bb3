/**
 * The Jira client against the sandbox when Jira misbehaves: rate limits with
 * Retry-After, 5xx, dropped connections and slowness, injected on demand.
 * The client's clock is fake so waits are recorded, not slept.
 */
import { createJiraClient, type JiraClient } from '../../../src/jira/client';
import { isRateLimited } from '../../../src/jira/errors';
import { jiraThroughForge } from '../../support/jiraThroughForge';
import { searchAllIssues } from '../../../src/jira/operations/searchIssues';
import { fetchChangelogEntries } from '../../../src/jira/operations/bulkFetchChangelogs';
import { createComment } from '../../support/adf';
import { addComment } from '../../../src/jira/operations/addComment';
import { type Running, startService } from '../sandbox/fixtures';

let svc: Running;
let waits: number[];
let client: JiraClient;
let clock: number;

beforeAll(async () => {
  svc = await startService();
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.service.clearFaults();
  svc.service.resetStats();
  waits = [];
  clock = 0;
  client = createJiraClient(jiraThroughForge(svc.url).asApp, {
    deadlineMs: 20_000,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    now: () => clock,
    random: () => 0.5,
  });
});

const allIssues = () => searchAllIssues(client, { jql: 'project = ENG ORDER BY key ASC', fields: ['summary'], maxResults: 5 });

describe('the Jira client against a misbehaving sandbox', () => {
  it('without faults: pages through every issue', async () => {
    const issues = await allIssues();
    expect(issues).toHaveLength(svc.service.data().issues.length);
    expect(waits).toEqual([]);
  });

  it('waits as long as Retry-After says on 429, then gets every page', async () => {
    svc.service.injectFault({ match: '/rest/api/3/search/jql', kind: 'rate-limit', retryAfterSeconds: 3, times: 2 });
    const issues = await allIssues();
    expect(issues).toHaveLength(svc.service.data().issues.length);
    expect(waits).toEqual([3000, 3000]);
  });

  it('retries 503s and a dropped connection on a read-only bulk POST', async () => {
    svc.service.injectFault({ match: '/rest/api/3/changelog/bulkfetch', kind: 'server-error', status: 503, times: 2 });
    const ids = svc.service.data().issues.map((i) => i.id);
    const expected = svc.service.data().issues.reduce((n, i) => n + i.changelog.length, 0);
    const entries = await fetchChangelogEntries(client, ids);
    expect(entries).toHaveLength(expected);
    expect(waits).toHaveLength(2);

    svc.service.injectFault({ match: '/rest/api/3/changelog/bulkfetch', kind: 'drop', times: 1 });
    expect(await fetchChangelogEntries(client, ids)).toHaveLength(expected);
    expect(svc.service.stats()['POST /rest/api/3/changelog/bulkfetch']).toBe(3 + 2);
  });

  it('does not resend a comment after a dropped connection (it may have been posted)', async () => {
    const key = svc.service.data().issues[0]!.key;
    const before = svc.service.data().issues[0]!.comments.length;
    svc.service.injectFault({ match: `/rest/api/3/issue/${key}/comment`, kind: 'drop', times: 1 });
    await expect(addComment(client, key, createComment('Hello'))).rejects.toMatchObject({ kind: 'network' });
    expect(svc.service.data().issues[0]!.comments.length).toBe(before);
    expect(svc.service.stats()[`POST /rest/api/3/issue/{issueIdOrKey}/comment`]).toBe(1);
  });

  it('gives up with a rate-limited error when Retry-After does not fit the deadline', async () => {
    svc.service.injectFault({ match: '/rest/api/3/search/jql', kind: 'rate-limit', retryAfterSeconds: 60, times: 1 });
    const error = await allIssues().catch((e: unknown) => e);
    expect(isRateLimited(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 60_000 });
    expect(waits).toEqual([]);
  });
});
