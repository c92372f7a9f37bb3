import type { UseCaseContext } from '../../../src/app/context';
import type { JiraPort, PolicyStore, StoredPolicy } from '../../../src/app/ports';
import { policyView, savePolicy } from '../../../src/app/policy';
import { T0 } from '../../support/builders';
import { fakeJira, memoryPolicyStore as memoryPolicies, useCaseContext } from '../../support/fakePorts';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER, TECH_LEAD } from '../domain/policyBuilders';

const ADMIN = 'acc-admin';

type Account = { accountId: string; displayName: string; active?: boolean; accountType?: string };

function context(accounts: Account[], policies: PolicyStore) {
  const ports = fakeJira({ grants: { [ADMIN]: ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'] } });
  const lookups: string[][] = [];
  // Jira's bulk answer leaves unknown ids out and names deactivated accounts and apps too.
  const jira: JiraPort = {
    ...ports.jira,
    async getPeople(ids) {
      lookups.push([...ids]);
      return accounts.filter((a) => ids.includes(a.accountId));
    },
  };
  const ctx: UseCaseContext = { ...useCaseContext(ADMIN, { ...ports, jira }, T0), policies };
  return { ctx, lookups };
}

const people: Account[] = [TECH_LEAD, PRODUCT_OWNER, DECISION_MAKER, 'acc-sponsor'].map((accountId) => ({ accountId, displayName: accountId, active: true, accountType: 'atlassian' }));

describe('savePolicy names only real, active people of the site', () => {
  it('saves a policy whose people all are active users, with one bulk lookup', async () => {
    const { store, saves } = memoryPolicies();
    const { ctx, lookups } = context(people, store);
    const view = await savePolicy(ctx, 'ENG', aPolicy({ clientSponsorId: 'acc-sponsor' }), 0);
    expect(view).toMatchObject({ version: 1, policy: { clientSponsorId: 'acc-sponsor' }, problems: {} });
    expect(saves).toHaveLength(1);
    expect(lookups[0]!.sort()).toEqual(['acc-sponsor', DECISION_MAKER, PRODUCT_OWNER, TECH_LEAD].sort());
  });

  it('refuses unknown ids, deactivated accounts and apps on their exact paths, and stores nothing', async () => {
    const { store, saves } = memoryPolicies();
    const accounts = [...people, { accountId: 'acc-left', displayName: 'Left', active: false, accountType: 'atlassian' }, { accountId: 'acc-bot', displayName: 'Bot', active: true, accountType: 'app' }];
    const { ctx, lookups } = context(accounts, store);
    const policy = aPolicy({ clientSponsorId: 'acc-left', acceptorIds: [PRODUCT_OWNER, 'acc-bot'] });
    policy.categories.product.ownerIds = [PRODUCT_OWNER, '0x1F'];
    const refusal = savePolicy(ctx, 'ENG', policy, 0);
    await expect(refusal).rejects.toMatchObject({
      code: 'invalid',
      fields: {
        'policy.categories.product.ownerIds.1': 'Not an active user of this site',
        'policy.clientSponsorId': 'Not an active user of this site',
        'policy.acceptorIds.1': 'Not an active user of this site',
      },
    });
    expect(Object.keys(((await refusal.catch((e: unknown) => e)) as { fields: object }).fields)).toHaveLength(3);
    expect(lookups).toHaveLength(1);
    expect(saves).toEqual([]);
  });

  it('refuses ids that are not account ids before looking anyone up', async () => {
    const { store, saves } = memoryPolicies();
    const { ctx, lookups } = context(people, store);
    for (const id of ['__proto__', 'constructor', '\u200b']) {
      await expect(savePolicy(ctx, 'ENG', aPolicy({ deliverySponsorId: id }), 0)).rejects.toMatchObject({ code: 'invalid', fields: { 'policy.deliverySponsorId': expect.any(String) } });
    }
    expect(lookups).toEqual([]);
    expect(saves).toEqual([]);
  });
});

describe('policyView of a stored policy that cannot be shown', () => {
  it('shows the readable rest and names the blanked fields; nothing unreadable reaches Jira', async () => {
    const broken = { ...aPolicy(), clientSponsorId: '\ud800' };
    const corruptEntry = { at: 'yesterday', byAccountId: 7, changes: null } as unknown as StoredPolicy['history'][number];
    const { store } = memoryPolicies({ policy: broken, version: 3, history: [corruptEntry, { at: T0, byAccountId: '\u0000', changes: [{ path: 'clientSponsorId', before: null, after: '\ud800' }] }] });
    const { ctx, lookups } = context(people, store);
    const view = await policyView(ctx, 'ENG');
    expect(view.policy.clientSponsorId).toBeNull();
    expect(view.problems).toEqual({ clientSponsorId: expect.any(String) });
    expect(view.history).toHaveLength(1);
    expect(view.history[0]).toMatchObject({ by: { displayName: 'Unknown user' }, changes: [{ before: '—', after: '\ufffd' }] });
    expect(lookups.flat().every((id) => /^[A-Za-z0-9:_-]+$/.test(id))).toBe(true);
  });
});

describe('savePolicy over a stored policy that could not be read', () => {
  it('writes what was shown, even unchanged, and the history names what could not be read', async () => {
    const { store, saves } = memoryPolicies({ policy: { ...aPolicy(), acceptorIds: ['\u200b', PRODUCT_OWNER] }, version: 2, history: [] });
    const { ctx } = context(people, store);
    const shown = await policyView(ctx, 'ENG');
    expect(shown.problems).toEqual({ 'acceptorIds.0': expect.any(String) });
    const saved = await savePolicy(ctx, 'ENG', shown.policy, shown.version);
    expect(saved).toMatchObject({ version: 3, problems: {}, policy: { acceptorIds: [PRODUCT_OWNER] } });
    expect(saves[0]!.history.at(-1)!.changes).toEqual([{ path: 'acceptorIds.0', before: '(could not be read)', after: null }]);
  });
});
