/**
 * What the Jira adapter asks for on the health refresh's two bulk reads: the search names the
 * assignee and the links, the changelog fetch names the link history, within bulkfetch's 10 field ids.
 */
import { CHANGELOG_MAX_FIELD_IDS } from '../../../src/jira/operations/bulkFetchChangelogs';
import { createJiraPorts } from '../../../src/jira/ports';
import { ok, scriptedJira } from './fakeJira';

const SITE = { storyPoints: 'customfield_10016', sprint: 'customfield_10020', flagged: 'customfield_10021' };

it('searches with assignee and issuelinks, and fetches changelogs of at most 10 fields including issuelinks', async () => {
  const jira = scriptedJira((request) => {
    if (request.path === '/rest/api/3/search/jql') {
      return ok({ issues: [{ id: '10007', key: 'ENG-7', fields: { issuelinks: [{ type: { name: 'Blocks' }, inwardIssue: { id: '10005', key: 'ENG-5' } }] } }], isLast: true });
    }
    if (request.path === '/rest/api/3/changelog/bulkfetch') return ok({ issueChangeLogs: [] });
    throw new Error(`unexpected ${request.path}`);
  });
  const { jira: port } = createJiraPorts(jira.request);
  const [issue] = await port.searchIssues('project = ENG', { fieldIds: SITE });
  expect(issue!.blockedBy).toEqual([{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false }]);
  await port.fetchChangelogs(['10007'], { fieldIds: SITE });

  const search = jira.requests.find((r) => r.path === '/rest/api/3/search/jql')!;
  const fields = String(search.query.get('fields') ?? (search.body as { fields?: string[] } | undefined)?.fields?.join(',')).split(',');
  expect(fields).toEqual(expect.arrayContaining(['assignee', 'issuelinks', 'status', 'created']));
  const changelog = jira.requests.find((r) => r.path === '/rest/api/3/changelog/bulkfetch')!.body as { fieldIds: string[] };
  expect(changelog.fieldIds).toEqual(['status', 'fixVersions', 'issuelinks', 'customfield_10016', 'customfield_10020', 'customfield_10021']);
  expect(changelog.fieldIds.length).toBeLessThanOrEqual(CHANGELOG_MAX_FIELD_IDS);
});
