import { type Running, startService, USERS } from './fixtures';

/** POST /rest/api/3/issue in the sandbox Jira: fields, properties, the property's search alias, Jira's refusals. */
let svc: Running;
beforeEach(async () => {
  svc = await startService();
});
afterEach(() => svc.close());

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const valid = () => ({
  fields: { project: { key: 'ENG' }, issuetype: { name: 'Task' }, summary: 'Calibration call: a concern', description: adf('Hold it.'), assignee: { accountId: USERS.alice }, duedate: '2026-02-02' },
  properties: [{ key: 'engagement-health-effect', value: { effectId: 'escalation:calibration-call:concern_k1:create' } }],
});

describe('POST /rest/api/3/issue', () => {
  it('creates the issue with the next key, its fields and properties, as its reporter; GET and JQL on the property alias find it', async () => {
    const created = await svc.json('/rest/api/3/issue', { body: valid() });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: '10021', key: 'ENG-21', self: expect.stringMatching(/\/rest\/api\/3\/issue\/10021$/) });
    const issue = await svc.json('/rest/api/3/issue/ENG-21?fields=summary,issuetype,status,assignee,reporter,duedate,description,created&properties=engagement-health-effect');
    expect(issue.body.fields).toMatchObject({ summary: 'Calibration call: a concern', issuetype: { name: 'Task' }, status: { name: 'To Do' }, assignee: { accountId: USERS.alice }, duedate: '2026-02-02', description: adf('Hold it.') });
    expect(issue.body.fields.created).toMatch(/^2026-01-26T/);
    expect(issue.body.properties).toEqual({ 'engagement-health-effect': { effectId: 'escalation:calibration-call:concern_k1:create' } });
    const jql = encodeURIComponent('project = ENG AND ehEffectId = "escalation:calibration-call:concern_k1:create"');
    expect((await svc.json(`/rest/api/3/search/jql?jql=${jql}&fields=key`)).body.issues.map((i: { key: string }) => i.key)).toEqual(['ENG-21']);
    expect((await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('project = ENG AND ehEffectId IS NOT EMPTY')}&fields=key`)).body.issues).toHaveLength(1);
    expect((await svc.json(`/rest/api/3/search/jql?jql=${encodeURIComponent('project = ENG AND ehEffectId = "other"')}&fields=key`)).body.issues).toEqual([]);
    expect((await svc.json('/rest/api/3/issue', { body: { fields: { ...valid().fields, summary: 'second' } } })).body.key).toBe('ENG-22');
  });

  it('refuses as Jira does: bad fields one by one (400), no permission to create, an invisible project', async () => {
    const bad = await svc.json('/rest/api/3/issue', {
      body: { fields: { project: { key: 'NOPE' }, issuetype: { name: 'Spaceship' }, summary: ' ', assignee: { accountId: 'acc-nobody' }, duedate: '2026-02-30', colour: 'red' } },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['assignee', 'colour', 'duedate', 'issuetype', 'project', 'summary']);
    // Bob may browse and comment, not create.
    expect((await svc.json('/rest/api/3/issue', { as: USERS.bob, body: valid() })).body.errors).toEqual({ project: expect.any(String) });
    // Dave cannot see the project: it does not exist for him.
    expect((await svc.json('/rest/api/3/issue', { as: USERS.dave, body: valid() })).body.errors).toMatchObject({ project: 'Specify a valid project ID or key' });
    expect((await svc.json('/rest/api/3/issue', { body: { ...valid(), properties: [{ key: '', value: 1 }] } })).status).toBe(400);
    expect((await svc.json('/rest/api/3/issue', { body: 'nope' })).status).toBe(400);
    expect(svc.service.data().issues).toHaveLength(20);
  });
});
