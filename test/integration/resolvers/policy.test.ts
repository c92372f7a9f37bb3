import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;

describe('policy resolvers against the sandbox', () => {
  let sandbox: Sandbox;
  let call: Call;
  let admin: string;
  let developer: string;
  const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    admin = personWithRole(sandbox, 'project-admin').accountId;
    developer = personWithRole(sandbox, 'developer').accountId;
  });
  afterAll(() => sandbox.close());

  const get = async (who: string) => {
    const result = await call('policy/get', who, settings);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };

  it('anyone on the project reads the policy with names; only admins may edit', async () => {
    const asAdmin = await get(admin);
    expect(asAdmin.canEdit).toBe(true);
    expect((await get(developer)).canEdit).toBe(false);
    expect(asAdmin.policy.categories.product.slaHours).toBe(24);
    expect(asAdmin.people.map((p) => p.displayName)).toContain('Emily Carter');
  });

  it('an admin saves a change; the history says who changed what', async () => {
    const view = await get(admin);
    const policy = { ...view.policy, categories: { ...view.policy.categories, product: { ...view.policy.categories.product, slaHours: 12 } } };
    const saved = await call('policy/save', admin, settings, { policy, expectedVersion: view.version });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.data.policy.categories.product.slaHours).toBe(12);
    expect(saved.data.version).toBe(view.version + 1);
    expect(saved.data.history[0]).toMatchObject({ by: { accountId: admin }, changes: [{ path: 'categories.product.slaHours', before: '24', after: '12' }] });
  });

  it('refuses a developer, a stale version and invalid values — and keeps the stored policy', async () => {
    const view = await get(admin);
    const before = JSON.stringify(await sandbox.storage.policies.get('ENG'));
    expect(await call('policy/save', developer, settings, { policy: view.policy, expectedVersion: view.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('policy/save', admin, settings, { policy: view.policy, expectedVersion: view.version - 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const bad = { ...view.policy, calendars: { ...view.policy.calendars, client: { ...view.policy.calendars.client, timeZone: 'Mars/Olympus' } } };
    const refused = await call('policy/save', admin, settings, { policy: bad, expectedVersion: view.version });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.calendars.client.timeZone': expect.any(String) } } });
    expect(await call('policy/save', admin, settings, { policy: view.policy })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(JSON.stringify(await sandbox.storage.policies.get('ENG'))).toBe(before);
  });

  it('the user picker finds Jira users by name', async () => {
    const found = await call('users/search', admin, settings, { query: 'emil' });
    expect(found).toMatchObject({ ok: true, data: [expect.objectContaining({ displayName: 'Emily Carter' })] });
    expect(await call('users/search', admin, settings, { query: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
