/**
 * Contract: every endpoint the sandbox Jira serves, hit directly over HTTP with
 * a few parameter combinations (paging, fields, expand, errors); each exchange
 * must match an operation of Atlassian's specs and validate against it.
 */
import { DEMO_PEOPLE } from '../../sandbox/demo/generate';
import { agileRoutes } from '../../sandbox/jira/routes/agile';
import { changelogRoutes } from '../../sandbox/jira/routes/changelog';
import { commentRoutes } from '../../sandbox/jira/routes/comments';
import { groupRoutes } from '../../sandbox/jira/routes/groups';
import { DEMO_GROUP_IDS } from '../../sandbox/demo/teams';
import { issueLinkRoutes } from '../../sandbox/jira/routes/issueLinks';
import { issueRoutes } from '../../sandbox/jira/routes/issue';
import { permissionRoutes } from '../../sandbox/jira/routes/permissions';
import { projectRoutes } from '../../sandbox/jira/routes/project';
import { projectRoleRoutes } from '../../sandbox/jira/routes/projectRoles';
import { propertyRoutes } from '../../sandbox/jira/routes/properties';
import { searchRoutes } from '../../sandbox/jira/routes/search';
import { transitionRoutes } from '../../sandbox/jira/routes/transitions';
import { userRoutes } from '../../sandbox/jira/routes/users';
import { startJiraSandbox, type RunningJira } from './jiraSandbox';
import { specValidator } from './openapi';
import { checkExchange, contractFailures, rawExchange, type Exchange } from './recorder';

jest.setTimeout(60_000);

const SANDBOX_ROUTES = [
  ...agileRoutes,
  ...changelogRoutes,
  ...commentRoutes,
  ...groupRoutes,
  ...issueLinkRoutes,
  ...issueRoutes,
  ...permissionRoutes,
  ...projectRoutes,
  ...projectRoleRoutes,
  ...propertyRoutes,
  ...searchRoutes,
  ...transitionRoutes,
  ...userRoutes,
];

const { productOwner, techLead, decisionMaker, guest } = DEMO_PEOPLE;
const SP = 'customfield_10016';
const SPRINT = 'customfield_10020';
const PROP = 'engagement-health-decisions';
const comment = { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Looks good.' }] }] } };

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  as?: string; // default: the app
  body?: unknown;
  status: number;
  /** Breaks the request schema on purpose, to see the error answer. */
  invalid?: true;
}

/** Runs in order: writes come after the reads they would disturb. */
const CASES: Case[] = [
  // search
  { method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20ENG', status: 200 },
  { method: 'GET', url: `/rest/api/3/search/jql?jql=project%20%3D%20ENG%20ORDER%20BY%20key&fields=summary,status,assignee,${SP},${SPRINT}&maxResults=5`, status: 200 },
  { method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20ENG&fields=*all&expand=names,changelog&maxResults=3', status: 200 },
  { method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20ENG&fields=*navigable,-description&properties=engagement-health-decisions&maxResults=2', status: 200 },
  { method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20ENG%20AND%20(&fields=status', status: 400 },
  { method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20ENG&fields=status', as: guest.accountId, status: 400 }, // as Jira: the project is not visible
  { method: 'POST', url: '/rest/api/3/search/jql', body: { jql: 'project = ENG AND statusCategory != Done', fields: ['summary', 'status'], maxResults: 10 }, status: 200 },
  { method: 'POST', url: '/rest/api/3/search/jql', body: { jql: 'project = ENG', fields: ['*all'], expand: 'names', maxResults: 2, properties: [PROP] }, status: 200 },
  // issue
  { method: 'GET', url: '/rest/api/3/issue/ENG-1', status: 200 },
  { method: 'GET', url: `/rest/api/3/issue/ENG-1?fields=summary,status,${SP}&expand=names,changelog`, status: 200 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1?fields=*all&properties=*all', status: 200 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-99999', status: 404 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1', as: guest.accountId, status: 404 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1/changelog', status: 200 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1/changelog?startAt=1&maxResults=2', status: 200 },
  { method: 'POST', url: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['ENG-1', 'ENG-2', 'ENG-3'], maxResults: 5 }, status: 200 },
  { method: 'POST', url: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['ENG-1', 'ENG-2'], fieldIds: ['status', SPRINT] }, status: 200 },
  { method: 'POST', url: '/rest/api/3/changelog/bulkfetch', body: { maxResults: 5 }, status: 400, invalid: true },
  // comments
  { method: 'GET', url: '/rest/api/3/issue/ENG-1/comment', status: 200 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1/comment?startAt=0&maxResults=1&orderBy=-created', status: 200 },
  { method: 'POST', url: '/rest/api/3/issue/ENG-1/comment', as: productOwner.accountId, body: comment, status: 201 },
  { method: 'POST', url: '/rest/api/3/issue/ENG-1/comment', as: guest.accountId, body: comment, status: 404 },
  { method: 'POST', url: '/rest/api/3/issue/ENG-1/comment', body: { body: 'plain text' }, status: 400, invalid: true },
  { method: 'POST', url: '/rest/api/3/issue/ENG-1/comment', body: { ...comment, properties: [{ key: 'engagement-health-effect', value: { effectId: 'e-1' } }] }, status: 201 },
  { method: 'POST', url: '/rest/api/3/issue', body: { fields: { project: { key: 'ENG' }, issuetype: { name: 'Task' }, summary: 'Calibration call: a concern', description: comment.body, assignee: { accountId: techLead.accountId }, duedate: '2026-12-01' }, properties: [{ key: 'engagement-health-effect', value: { effectId: 'e-2' } }] }, status: 201 },
  { method: 'POST', url: '/rest/api/3/issue', as: decisionMaker.accountId, body: { fields: { project: { key: 'ENG' }, issuetype: { name: 'Task' }, summary: 'Not theirs to create' } }, status: 400 },
  { method: 'GET', url: '/rest/api/3/comment/999999/properties/engagement-health-effect', status: 404 },
  // issue links (the demo seeds a few; the first is 10000)
  { method: 'GET', url: '/rest/api/3/issueLinkType', status: 200 },
  { method: 'GET', url: '/rest/api/3/issueLink/10000', status: 200 },
  { method: 'GET', url: '/rest/api/3/issueLink/99999', status: 404 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1?fields=issuelinks', status: 200 },
  { method: 'POST', url: '/rest/api/3/issueLink', as: techLead.accountId, body: { type: { name: 'Blocks' }, inwardIssue: { key: 'ENG-2' }, outwardIssue: { key: 'ENG-3' } }, status: 201 },
  { method: 'POST', url: '/rest/api/3/issueLink', as: decisionMaker.accountId, body: { type: { name: 'Blocks' }, inwardIssue: { key: 'ENG-2' }, outwardIssue: { key: 'ENG-4' } }, status: 404 },
  { method: 'POST', url: '/rest/api/3/issueLink', body: { inwardIssue: { key: 'ENG-2' }, outwardIssue: { key: 'ENG-4' } }, status: 400, invalid: true },
  { method: 'DELETE', url: '/rest/api/3/issueLink/10000', status: 204 },
  // properties
  { method: 'GET', url: '/rest/api/3/issue/ENG-1/properties', status: 200 },
  { method: 'PUT', url: `/rest/api/3/issue/ENG-1/properties/${PROP}`, body: { statuses: ['pending'], categories: ['scope'] }, status: 201 },
  { method: 'PUT', url: `/rest/api/3/issue/ENG-1/properties/${PROP}`, body: { statuses: ['decided'], categories: ['scope'] }, status: 200 },
  { method: 'GET', url: `/rest/api/3/issue/ENG-1/properties/${PROP}`, status: 200 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-1/properties', status: 200 },
  { method: 'PUT', url: `/rest/api/3/issue/ENG-1/properties/${PROP}`, as: decisionMaker.accountId, body: { x: 1 }, status: 403 },
  { method: 'DELETE', url: `/rest/api/3/issue/ENG-1/properties/${PROP}`, status: 204 },
  { method: 'GET', url: `/rest/api/3/issue/ENG-1/properties/${PROP}`, status: 404 },
  // edit and transitions
  { method: 'PUT', url: '/rest/api/3/issue/ENG-3', as: techLead.accountId, body: { fields: { labels: ['contract'] } }, status: 204 },
  { method: 'PUT', url: '/rest/api/3/issue/ENG-3?notifyUsers=false', body: { update: { labels: [{ add: 'raw-http' }] } }, status: 204 },
  { method: 'PUT', url: '/rest/api/3/issue/ENG-3', as: decisionMaker.accountId, body: { fields: { labels: [] } }, status: 403 },
  { method: 'GET', url: '/rest/api/3/issue/ENG-3/transitions', status: 200 },
  { method: 'POST', url: '/rest/api/3/issue/ENG-3/transitions', body: { transition: { id: '999' } }, status: 400 },
  // project, fields
  { method: 'GET', url: '/rest/api/3/project/ENG', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/10000?expand=description,lead', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/NOPE', status: 404 },
  { method: 'GET', url: '/rest/api/3/project/search', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/search?query=store&keys=ENG&startAt=0&maxResults=1', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/versions', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/version', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/version?startAt=1&maxResults=2&orderBy=-releaseDate', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/statuses', status: 200 },
  { method: 'GET', url: '/rest/api/3/field', status: 200 },
  // users
  { method: 'GET', url: '/rest/api/3/myself', as: productOwner.accountId, status: 200 },
  { method: 'GET', url: `/rest/api/3/user?accountId=${encodeURIComponent(techLead.accountId)}`, status: 200 },
  { method: 'GET', url: '/rest/api/3/user?accountId=712020%3Aunknown', status: 404 },
  { method: 'GET', url: '/rest/api/3/user/search?query=marta', status: 200 },
  { method: 'GET', url: '/rest/api/3/user/search?query=a&startAt=2&maxResults=3', status: 200 },
  { method: 'GET', url: `/rest/api/3/user/bulk?accountId=${encodeURIComponent(productOwner.accountId)}&accountId=${encodeURIComponent(techLead.accountId)}&maxResults=1`, status: 200 },
  // groups and project roles
  { method: 'GET', url: '/rest/api/3/group/bulk', status: 200 },
  { method: 'GET', url: `/rest/api/3/group/bulk?groupId=${DEMO_GROUP_IDS.clientTeam}&groupId=${DEMO_GROUP_IDS.deliveryTeam}&startAt=1&maxResults=1`, status: 200 },
  { method: 'GET', url: `/rest/api/3/group/member?groupId=${DEMO_GROUP_IDS.deliveryTeam}&startAt=2&maxResults=3`, status: 200 },
  { method: 'GET', url: '/rest/api/3/group/member?groupname=client-team&includeInactiveUsers=true', status: 200 },
  { method: 'GET', url: '/rest/api/3/group/member?groupId=00000000-0000-4000-8000-000000000000', status: 404 },
  { method: 'GET', url: '/rest/api/3/group/member', status: 400 },
  { method: 'GET', url: '/rest/api/3/groups/picker', status: 200 },
  { method: 'GET', url: '/rest/api/3/groups/picker?query=TEAM&caseInsensitive=true&maxResults=1&excludeId=' + DEMO_GROUP_IDS.clientTeam, status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/role', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/role', as: productOwner.accountId, status: 404 },
  { method: 'GET', url: '/rest/api/3/project/ENG/role/10100', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/role/10101?excludeInactiveUsers=true', status: 200 },
  { method: 'GET', url: '/rest/api/3/project/ENG/role/99999', status: 404 },
  // permissions
  { method: 'GET', url: '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES&projectKey=ENG', as: decisionMaker.accountId, status: 200 },
  { method: 'GET', url: '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=ENG-1', as: guest.accountId, status: 404 },
  { method: 'POST', url: '/rest/api/3/permissions/check', body: { accountId: techLead.accountId, projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000] }] }, status: 200 },
  { method: 'POST', url: '/rest/api/3/permissions/check', body: { accountId: guest.accountId, globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000], issues: [10001] }] }, status: 200 },
  // agile
  { method: 'GET', url: '/rest/agile/1.0/board', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/board?projectKeyOrId=ENG&type=scrum&startAt=0&maxResults=1', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/board/1', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/board/404', status: 404 },
  { method: 'GET', url: '/rest/agile/1.0/board/1/configuration', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/board/1/sprint', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/board/1/sprint?state=active,future&startAt=0&maxResults=2', status: 200 },
  { method: 'GET', url: `/rest/agile/1.0/board/1/issue?fields=summary,status,${SP}&maxResults=3`, status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/board/1/issue?jql=statusCategory%20%3D%20Done&startAt=2&maxResults=2&expand=names', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/sprint/1', status: 200 },
  { method: 'GET', url: '/rest/agile/1.0/sprint/999999', status: 404 },
  { method: 'GET', url: '/rest/agile/1.0/sprint/1/issue', status: 200 },
  { method: 'GET', url: `/rest/agile/1.0/sprint/1/issue?fields=status,${SP},${SPRINT}&jql=issuetype%20!%3D%20Epic&startAt=1&maxResults=2`, status: 200 },
  // no credentials
  { method: 'GET', url: '/rest/api/3/search/jql?jql=project%20%3D%20ENG', as: '', status: 401 },
  { method: 'GET', url: '/rest/agile/1.0/sprint/1', as: '', status: 401 },
];

const validator = specValidator();
let sandbox: RunningJira;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  sandbox = await startJiraSandbox();
  for (const c of CASES) {
    const exchange = await rawExchange(sandbox.url, c.method, c.url, { as: c.as ?? 'app', body: c.body });
    exchanges.push({ ...exchange, deliberatelyInvalid: c.invalid === true });
  }
});

afterAll(async () => {
  await sandbox?.close();
});

describe('the sandbox Jira over raw HTTP', () => {
  it('answers each case with the expected status', () => {
    const wrong = CASES.flatMap((c, i) => {
      const got = exchanges[i]!;
      return got.status === c.status ? [] : [`${c.method} ${c.url}: ${got.status} (expected ${c.status}) ${got.responseText.slice(0, 200)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has a case for every route it serves', () => {
    const hit = new Set(exchanges.map((e) => checkExchange(validator, e).operation));
    const missing = SANDBOX_ROUTES.map((r) => `${r.method} ${r.template}`).filter((name) => !hit.has(name));
    expect(missing).toEqual([]);
  });

  it('would notice a body of the wrong shape for every operation with a response schema', () => {
    const unnoticed = exchanges.flatMap((exchange) => {
      if (exchange.status !== 200 || exchange.responseText === '' || !checkExchange(validator, exchange).schemaChecked) return [];
      const wrongShape = JSON.stringify(Array.isArray(JSON.parse(exchange.responseText)) ? { broken: true } : [{ broken: true }]);
      const verdict = checkExchange(validator, { ...exchange, responseText: wrongShape });
      return verdict.problems.length > 0 ? [] : [`${exchange.method} ${exchange.url}`];
    });
    expect(unnoticed).toEqual([]);
  });

  it('matches the specs: every request names an operation, every response validates', () => {
    expect(contractFailures(validator, exchanges)).toEqual([]);
  });
});
