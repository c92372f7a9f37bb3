/**
 * Issue links in the sandbox Jira, as Jira Cloud does them: POST /issueLink ("inwardIssue blocks
 * outwardIssue" for Blocks), the `issuelinks` field on both issues, Link items in both changelogs,
 * GET/DELETE /issueLink/{linkId}, GET /issueLinkType; journaled like every other write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../../../sandbox/jira/service';
import { NOW, type Running, startService, USERS } from './fixtures';

let svc: Running;
afterEach(() => svc?.close());

const blocks = (blocker: string, blocked: string) => ({ type: { name: 'Blocks' }, inwardIssue: { key: blocker }, outwardIssue: { key: blocked } });
const linkItems = (body: { values: { created: string; items: { field: string }[] }[] }) =>
  body.values.flatMap((h) => h.items.filter((i) => i.field === 'Link').map((item) => ({ created: h.created, ...item })));

describe('POST /rest/api/3/issueLink', () => {
  beforeEach(async () => {
    svc = await startService();
  });

  it('links two issues: 201 without a body, the link on both issues, a Link item in both changelogs', async () => {
    const created = await svc.call('/rest/api/3/issueLink', { as: USERS.alice, body: blocks('ENG-5', 'ENG-7') });
    expect(created.status).toBe(201);
    expect(await created.text()).toBe('');

    const blocked = await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks');
    expect(blocked.body.fields.issuelinks).toEqual([
      {
        id: '10000',
        self: expect.stringMatching(/\/rest\/api\/3\/issueLink\/10000$/),
        type: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: expect.stringMatching(/\/issueLinkType\/10000$/) },
        inwardIssue: {
          id: '10005',
          key: 'ENG-5',
          self: expect.stringMatching(/\/rest\/api\/3\/issue\/10005$/),
          fields: {
            summary: 'Engagement task number 5',
            status: expect.objectContaining({ id: '10002', name: 'In Progress', statusCategory: expect.objectContaining({ key: 'indeterminate' }) }),
            priority: expect.objectContaining({ name: 'Medium', id: '3' }),
            issuetype: expect.objectContaining({ name: 'Story' }),
          },
        },
      },
    ]);
    const blocker = await svc.json('/rest/api/3/issue/ENG-5?fields=issuelinks');
    expect(blocker.body.fields.issuelinks).toEqual([expect.objectContaining({ id: '10000', outwardIssue: expect.objectContaining({ key: 'ENG-7' }) })]);
    expect(blocker.body.fields.issuelinks[0].inwardIssue).toBeUndefined();

    const at = new Date(NOW).toISOString().slice(0, 19);
    expect(linkItems((await svc.json('/rest/api/3/issue/ENG-7/changelog')).body)).toEqual([
      { created: expect.stringContaining(at), field: 'Link', fieldtype: 'jira', fieldId: 'issuelinks', to: 'ENG-5', toString: 'This issue is blocked by ENG-5' },
    ]);
    expect(linkItems((await svc.json('/rest/api/3/issue/ENG-5/changelog')).body)).toEqual([
      { created: expect.stringContaining(at), field: 'Link', fieldtype: 'jira', fieldId: 'issuelinks', to: 'ENG-7', toString: 'This issue blocks ENG-7' },
    ]);
    // Both issues were updated, so an incremental read by `updated` sees them.
    expect(Date.parse((await svc.json('/rest/api/3/issue/ENG-7?fields=updated')).body.fields.updated)).toBe(NOW);
  });

  it('bulkfetch with fieldIds [issuelinks] returns the link history; without links the field is an empty list', async () => {
    await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-5', 'ENG-7') });
    const page = await svc.json('/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ['ENG-7', 'ENG-5', 'ENG-1'], fieldIds: ['issuelinks'] } });
    const items = page.body.issueChangeLogs.map((log: { issueId: string; changeHistories: { items: { toString: string }[] }[] }) => [log.issueId, log.changeHistories.flatMap((h) => h.items.map((i) => i.toString))]);
    expect(items).toEqual([
      ['10005', ['This issue blocks ENG-7']],
      ['10007', ['This issue is blocked by ENG-5']],
    ]);
    expect((await svc.json('/rest/api/3/issue/ENG-1?fields=issuelinks')).body.fields.issuelinks).toEqual([]);
    const search = await svc.json('/rest/api/3/search/jql', { body: { jql: 'key = ENG-7', fields: ['issuelinks'] } });
    expect(search.body.issues[0].fields.issuelinks).toHaveLength(1);
  });

  it('takes ids, or a type by id; a link that exists already is answered 201 and not made twice', async () => {
    expect((await svc.call('/rest/api/3/issueLink', { body: { type: { id: '10000' }, inwardIssue: { id: '10005' }, outwardIssue: { id: '10007' } } })).status).toBe(201);
    expect((await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-5', 'ENG-7') })).status).toBe(201);
    expect((await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks')).body.fields.issuelinks).toHaveLength(1);
    expect(linkItems((await svc.json('/rest/api/3/issue/ENG-7/changelog')).body)).toHaveLength(1);
  });

  it('refuses: 400 for a malformed request, 404 for an unknown or hidden issue, an unknown type, no Link issues permission', async () => {
    const refused = async (body: unknown, as: string = 'app') => {
      const r = await svc.json('/rest/api/3/issueLink', { as, body });
      return [r.status, r.body?.errorMessages?.[0]];
    };
    expect(await refused({ inwardIssue: { key: 'ENG-5' }, outwardIssue: { key: 'ENG-7' } })).toEqual([400, expect.any(String)]);
    expect(await refused({ type: { name: 'Blocks' }, inwardIssue: {}, outwardIssue: { key: 'ENG-7' } })).toEqual([400, expect.any(String)]);
    expect(await refused(blocks('ENG-5', 'ENG-5'))).toEqual([400, 'You cannot link an issue to itself.']);
    expect(await refused({ ...blocks('ENG-5', 'ENG-7'), comment: { body: 'x' } })).toEqual([400, expect.any(String)]);
    expect(await refused(blocks('ENG-5', 'ENG-999'))).toEqual([404, 'Issue does not exist or you do not have permission to see it.']);
    expect(await refused({ ...blocks('ENG-5', 'ENG-7'), type: { name: 'Depends' } })).toEqual([404, "No issue link type with name 'Depends' found."]);
    expect(await refused(blocks('ENG-5', 'ENG-7'), USERS.dave)).toEqual([404, 'Issue does not exist or you do not have permission to see it.']);
    expect(await refused(blocks('ENG-5', 'ENG-7'), USERS.carol)).toEqual([404, 'You do not have the permission to link issues.']);
    expect((await svc.call('/rest/api/3/issueLink', { as: null, body: blocks('ENG-5', 'ENG-7') })).status).toBe(401);
    expect((await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks')).body.fields.issuelinks).toEqual([]);
  });
});

describe('GET and DELETE /rest/api/3/issueLink/{linkId}, GET /rest/api/3/issueLinkType', () => {
  beforeEach(async () => {
    svc = await startService();
    await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-5', 'ENG-7') });
  });

  it('reads a link with both ends, and the link types', async () => {
    const link = await svc.json('/rest/api/3/issueLink/10000', { as: USERS.bob });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ id: '10000', type: { name: 'Blocks' }, inwardIssue: { key: 'ENG-5' }, outwardIssue: { key: 'ENG-7' } });
    const types = await svc.json('/rest/api/3/issueLinkType');
    expect(types.body.issueLinkTypes.map((t: { name: string }) => t.name)).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);
    expect(types.body.issueLinkTypes[0]).toMatchObject({ id: '10000', inward: 'is blocked by', outward: 'blocks' });
  });

  it('404 for an unknown link or one the caller cannot see, 400 for an id that is not one', async () => {
    expect((await svc.json('/rest/api/3/issueLink/10999')).status).toBe(404);
    expect((await svc.json('/rest/api/3/issueLink/10000', { as: USERS.dave })).status).toBe(404);
    expect((await svc.json('/rest/api/3/issueLink/abc')).status).toBe(400);
    expect((await svc.json('/rest/api/3/issueLink/abc', { method: 'DELETE' })).status).toBe(400);
    expect((await svc.json('/rest/api/3/issueLink/10999', { method: 'DELETE' })).status).toBe(404);
  });

  it('deletes: 204, gone from both issues, removal items on both changelogs; needs Link issues', async () => {
    expect((await svc.json('/rest/api/3/issueLink/10000', { as: USERS.carol, method: 'DELETE' })).status).toBe(404);
    const deleted = await svc.call('/rest/api/3/issueLink/10000', { as: USERS.alice, method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await svc.json('/rest/api/3/issueLink/10000')).status).toBe(404);
    expect((await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks')).body.fields.issuelinks).toEqual([]);
    expect((await svc.json('/rest/api/3/issue/ENG-5?fields=issuelinks')).body.fields.issuelinks).toEqual([]);
    expect(linkItems((await svc.json('/rest/api/3/issue/ENG-7/changelog')).body).at(-1)).toMatchObject({ from: 'ENG-5', fromString: 'This issue is blocked by ENG-5', toString: '' });
    expect(linkItems((await svc.json('/rest/api/3/issue/ENG-5/changelog')).body).at(-1)).toMatchObject({ from: 'ENG-7', fromString: 'This issue blocks ENG-7' });
    // A new link gets a new id: ids are never reused.
    await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-5', 'ENG-7') });
    expect((await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks')).body.fields.issuelinks[0].id).toBe('10001');
  });
});

describe('issue links survive a restart', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('journals a link and its removal with the changed issues, and replays them on load', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-links-'));
    const dataFile = join(dir, 'jira.json');
    svc = await startService({ dataFile });
    await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-5', 'ENG-7') });
    await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-2', 'ENG-7') });
    await svc.call('/rest/api/3/issueLink/10001', { method: 'DELETE' });
    // Read without flushing: what is on disk is the snapshot plus the journal lines.
    const loaded = loadData(dataFile)!;
    expect(loaded.issueLinks).toEqual([{ id: '10000', typeId: '10000', inwardIssueId: '10005', outwardIssueId: '10007' }]);
    expect(loaded.sequences.link).toBe(10001);
    const items = loaded.issues.find((i) => i.key === 'ENG-7')!.changelog.flatMap((h) => h.items.filter((i) => i.field === 'Link').map((i) => i.toString ?? `removed ${i.fromString}`));
    expect(items).toEqual(['This issue is blocked by ENG-5', 'This issue is blocked by ENG-2', 'removed This issue is blocked by ENG-2']);
    await svc.close();
    await svc.service.flush();

    svc = await startService({ data: loaded });
    expect((await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks')).body.fields.issuelinks.map((l: { inwardIssue: { key: string } }) => l.inwardIssue.key)).toEqual(['ENG-5']);
    await svc.call('/rest/api/3/issueLink', { body: blocks('ENG-3', 'ENG-7') });
    expect((await svc.json('/rest/api/3/issue/ENG-7?fields=issuelinks')).body.fields.issuelinks.map((l: { id: string }) => l.id)).toEqual(['10000', '10002']);
  });
});
