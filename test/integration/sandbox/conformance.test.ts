/** Validates sandbox responses against the response schemas of Atlassian's published OpenAPI specs. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { type Running, startService, USERS } from './fixtures';

const SPECS = '/work/shared/jira-openapi';
type Spec = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };
const platform = JSON.parse(readFileSync(`${SPECS}/platform-v3.json`, 'utf8')) as Spec;
const software = JSON.parse(readFileSync(`${SPECS}/software-v3.json`, 'utf8')) as Spec;

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema(platform, 'platform');
ajv.addSchema(software, 'software');

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function validatorFor(template: string, method: string, status: number) {
  const spec = template.startsWith('/rest/agile') ? software : platform;
  const name = spec === software ? 'software' : 'platform';
  const response = spec.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
  if (!response?.content?.['application/json']?.schema) return undefined;
  return ajv.getSchema(`${name}#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${status}/content/${pointer('application/json')}/schema`);
}

let svc: Running;
beforeAll(async () => {
  svc = await startService();
  // Give ENG-2 a comment with a mention and ENG-5 some edits so optional shapes show up.
  await svc.call('/rest/api/3/issue/ENG-5', { method: 'PUT', body: { fields: { customfield_10016: 3, assignee: null, labels: ['a', 'b'] } } });
  await svc.call('/rest/api/3/issue/ENG-5/transitions', { body: { transition: { id: '41' } } });
});
afterAll(() => svc.close());

const cases: [string, string, string, { as?: string; body?: unknown }?][] = [
  ['GET', '/rest/api/3/search/jql', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ENG')}&fields=*all&expand=names&properties=engagement-health-decisions&maxResults=3`],
  ['POST', '/rest/api/3/search/jql', '/rest/api/3/search/jql', { body: { jql: 'project = ENG', fields: ['*navigable'], maxResults: 2 } }],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}', '/rest/api/3/issue/ENG-5?expand=changelog,names&properties=*all'],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/properties', '/rest/api/3/issue/ENG-2/properties'],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', '/rest/api/3/issue/ENG-2/properties/engagement-health-decisions'],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/comment', '/rest/api/3/issue/ENG-1/comment'],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', '/rest/api/3/issue/ENG-5/changelog?maxResults=1'],
  ['GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', '/rest/api/3/issue/ENG-5/transitions'],
  ['POST', '/rest/api/3/changelog/bulkfetch', '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ['ENG-3', 'ENG-5'], maxResults: 3 } }],
  ['GET', '/rest/api/3/project/{projectIdOrKey}', '/rest/api/3/project/ENG'],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/versions', '/rest/api/3/project/ENG/versions'],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/version', '/rest/api/3/project/ENG/version?maxResults=1'],
  ['GET', '/rest/api/3/project/{projectIdOrKey}/statuses', '/rest/api/3/project/ENG/statuses'],
  ['GET', '/rest/api/3/field', '/rest/api/3/field'],
  ['GET', '/rest/api/3/myself', '/rest/api/3/myself', { as: USERS.bob }],
  ['GET', '/rest/api/3/myself', '/rest/api/3/myself'],
  ['GET', '/rest/api/3/user', `/rest/api/3/user?accountId=${USERS.alice}`],
  ['GET', '/rest/api/3/user/search', '/rest/api/3/user/search?query=a'],
  ['GET', '/rest/api/3/user/bulk', `/rest/api/3/user/bulk?accountId=${USERS.alice}&accountId=${USERS.bob}&maxResults=1`],
  ['POST', '/rest/api/3/permissions/check', '/rest/api/3/permissions/check', { body: { accountId: USERS.bob, globalPermissions: ['USER_PICKER'], projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000], issues: [10001] }] } }],
  ['GET', '/rest/api/3/mypermissions', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER&projectKey=ENG'],
  ['GET', '/rest/agile/1.0/board', '/rest/agile/1.0/board'],
  ['GET', '/rest/agile/1.0/board/{boardId}', '/rest/agile/1.0/board/1'],
  ['GET', '/rest/agile/1.0/board/{boardId}/configuration', '/rest/agile/1.0/board/1/configuration'],
  ['GET', '/rest/agile/1.0/board/{boardId}/issue', '/rest/agile/1.0/board/1/issue?maxResults=3'],
];

describe('responses conform to the published specs', () => {
  // Rest parameters: jest would treat a 4th declared parameter as a `done` callback for 3-element rows.
  it.each(cases)('%s %s', async (...row) => {
    const [method, template, path, init] = row;
    const r = await svc.json(path, { method, ...init });
    expect(r.status).toBeLessThan(300);
    const validate = validatorFor(template, method, r.status);
    expect(validate).toBeDefined();
    const valid = validate!(r.body);
    if (!valid) throw new Error(JSON.stringify(validate!.errors?.slice(0, 5), null, 1));
  });

  it('error bodies conform to ErrorCollection', async () => {
    const validate = ajv.getSchema('platform#/components/schemas/ErrorCollection')!;
    for (const [path, init] of [
      ['/rest/api/3/issue/ENG-999', {}],
      [`/rest/api/3/search/jql?jql=${encodeURIComponent('status = x')}`, {}],
      ['/rest/api/3/issue/ENG-1', { method: 'PUT', body: { fields: { bogus: 1 } } }],
      ['/rest/api/3/myself', { as: null }],
    ] as const) {
      const r = await svc.json(path, init);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(validate(r.body)).toBe(true);
    }
  });
});
