import type { SandboxData, SandboxIssue } from '../../../sandbox/jira/model';
import { fixtureData, type Running, startService } from './fixtures';

/** The benchmark's scale: 10 000 issues carrying 150 000 changelog histories. */
function bigData(): SandboxData {
  const base = fixtureData();
  const template = base.issues[0]!;
  const issues: SandboxIssue[] = [];
  let history = 0;
  const t0 = Date.parse('2025-06-01T00:00:00Z');
  for (let n = 1; n <= 10_000; n++) {
    const created = t0 + n * 60_000;
    issues.push({
      ...structuredClone(template),
      id: String(100_000 + n),
      key: `ENG-${n}`,
      fields: { ...structuredClone(template.fields), summary: `Issue ${n}`, statusId: ['10001', '10002', '10003', '10004'][n % 4]!, created: new Date(created).toISOString(), updated: new Date(created).toISOString(), sprintIds: [1 + (n % 2)], storyPoints: n % 8 },
      comments: [],
      changelog: Array.from({ length: 15 }, (_, h) => ({
        id: String(++history),
        authorId: 'acc-alice',
        created: new Date(created + h * 3_600_000).toISOString(),
        items: [h % 3 === 0 ? { field: 'status', fieldtype: 'jira' as const, fieldId: 'status', from: '10001', fromString: 'To Do', to: '10002', toString: 'In Progress' } : { field: 'Story Points', fieldtype: 'custom' as const, fieldId: 'customfield_10016', from: null, fromString: String(h), to: null, toString: String(h + 1) }],
      })),
    });
  }
  return { ...base, issues, sequences: { comment: 0, history, issue: 10_000 } };
}

let svc: Running;
beforeAll(async () => {
  svc = await startService({ data: bigData() });
}, 30_000);
afterAll(() => svc.close());

it('pages through 10 000 issues with fields, 100 a page, quickly', async () => {
  let token: string | undefined;
  let count = 0;
  let pages = 0;
  do {
    const r = await svc.json('/rest/api/3/search/jql', { body: { jql: 'project = ENG ORDER BY created ASC', fields: ['summary', 'status', 'customfield_10016', 'customfield_10020'], maxResults: 1000, ...(token ? { nextPageToken: token } : {}) } });
    expect(r.body.issues.length).toBeLessThanOrEqual(100);
    count += r.body.issues.length;
    token = r.body.nextPageToken;
    pages++;
  } while (token);
  expect(count).toBe(10_000);
  expect(pages).toBe(100);
}, 30_000);

it('returns up to 5000 ids per page when no fields are asked', async () => {
  const r = await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('sprint = 1')}&maxResults=9000`);
  expect(r.body.issues).toHaveLength(5000);
  expect(r.body.isLast).toBe(true);
  const all = await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('project = ENG')}&maxResults=9000`);
  expect(all.body.issues).toHaveLength(5000);
  expect(all.body.isLast).toBe(false);
});

it('bulkfetches the changelogs of 1000 issues in pages of 10 000 histories', async () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `ENG-${i + 1}`);
  let token: string | undefined;
  let histories = 0;
  let pages = 0;
  do {
    const r = await svc.json('/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ids, maxResults: 10_000, ...(token ? { nextPageToken: token } : {}) } });
    expect(r.status).toBe(200);
    for (const log of r.body.issueChangeLogs) histories += log.changeHistories.length;
    token = r.body.nextPageToken;
    pages++;
  } while (token);
  expect(histories).toBe(15_000);
  expect(pages).toBe(2);
  const statusOnly = await svc.json('/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ids, fieldIds: ['status'], maxResults: 10_000 } });
  expect(statusOnly.body.issueChangeLogs.reduce((s: number, l: { changeHistories: unknown[] }) => s + l.changeHistories.length, 0)).toBe(5000);
}, 30_000);
