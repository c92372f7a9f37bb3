import type { UseCaseContext } from '../../../src/app/context';
import { policyView, savePolicy } from '../../../src/app/policy';
import { acknowledgePolicyChanges, confirmPolicyChanges, rejectPolicyChanges } from '../../../src/app/policyConfirmation';
import type { JiraPort, StoredPolicy } from '../../../src/app/ports';
import type { PolicyInput } from '../../../src/contract/resolvers';
import type { EngagementPolicy } from '../../../src/domain/policy/types';
import { T0 } from '../../support/builders';
import { fakeJira, memoryPolicyStore, useCaseContext } from '../../support/fakePorts';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER, TECH_LEAD } from '../domain/policyBuilders';

const ADMIN = 'acc-admin';
const SPONSOR = 'acc-client-sponsor';
const DEVELOPER = 'acc-developer';
const NEW_SPONSOR = 'acc-new-sponsor';

function setup(policy: EngagementPolicy) {
  const initial: StoredPolicy = { policy, version: 1, history: [] };
  const policies = memoryPolicyStore(initial);
  const inactive = new Set<string>();
  const ports = fakeJira({ grants: { [ADMIN]: ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'], [SPONSOR]: ['BROWSE_PROJECTS'], [NEW_SPONSOR]: ['BROWSE_PROJECTS'], [DEVELOPER]: ['BROWSE_PROJECTS'] } });
  const jira: JiraPort = { ...ports.jira, getPeople: async (ids) => ids.map((accountId) => ({ accountId, displayName: `Person ${accountId}`, active: !inactive.has(accountId), accountType: 'atlassian' })) };
  let now = T0;
  const as = (accountId: string): UseCaseContext => ({ ...useCaseContext(accountId, { ...ports, jira }, (now += 60_000)), policies: policies.store });
  return { policies, inactive, as };
}

const withGate = (p: PolicyInput, gateEnabled: boolean): PolicyInput => ({ ...p, acceptance: { ...p.acceptance, gateEnabled } });

describe('changes that weaken the client’s control wait for the client sponsor', () => {
  it('the admin turns the gate off: it stays on, pending for everyone; only the sponsor may confirm, once', async () => {
    const { policies, as } = setup(aPolicy({ clientSponsorId: SPONSOR }));
    const shown = await policyView(as(ADMIN), 'ENG');
    const saved = await savePolicy(as(ADMIN), 'ENG', withGate(shown.policy, false), shown.version);
    expect(saved.policy.acceptance.gateEnabled).toBe(true);
    expect(saved.proposedPolicy?.acceptance.gateEnabled).toBe(false);
    expect(saved.confirmation).toMatchObject({
      clientSponsor: { accountId: SPONSOR },
      pending: { changes: [{ path: 'acceptance.gateEnabled', label: 'Keep unaccepted work out of Done', before: 'on', after: 'off' }], proposedBy: { accountId: ADMIN } },
      canConfirm: false,
    });
    expect(saved.history[0]).toMatchObject({ kind: 'proposed', by: { accountId: ADMIN } });
    expect(policies.current()!.policy.acceptance.gateEnabled).toBe(true);

    expect((await policyView(as(DEVELOPER), 'ENG')).confirmation).toMatchObject({ pending: { proposedBy: { accountId: ADMIN } }, canConfirm: false });
    await expect(confirmPolicyChanges(as(DEVELOPER), 'ENG', { expectedVersion: saved.version })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining(`Person ${SPONSOR}`) });
    await expect(confirmPolicyChanges(as(ADMIN), 'ENG', { expectedVersion: saved.version })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await policyView(as(SPONSOR), 'ENG')).confirmation.canConfirm).toBe(true);
    await expect(confirmPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version - 1 })).rejects.toMatchObject({ code: 'conflict' });

    const writes = policies.saves.length;
    const confirmed = await confirmPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version, actionId: 'confirm-0001' });
    expect(confirmed.policy.acceptance.gateEnabled).toBe(false);
    expect(confirmed.confirmation.pending).toBeNull();
    expect(confirmed.history[0]).toMatchObject({ kind: 'confirmed', by: { accountId: SPONSOR }, proposal: { by: { accountId: ADMIN } }, changes: [{ path: 'acceptance.gateEnabled', before: 'true', after: 'false' }] });
    expect(await confirmPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version, actionId: 'confirm-0001' })).toEqual(confirmed);
    expect(policies.saves).toHaveLength(writes + 1);
    await expect(rejectPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: confirmed.version })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('the sponsor rejects: nothing of the proposal takes effect', async () => {
    const { as } = setup(aPolicy({ clientSponsorId: SPONSOR, acceptorIds: [PRODUCT_OWNER] }));
    const shown = await policyView(as(ADMIN), 'ENG');
    const saved = await savePolicy(as(ADMIN), 'ENG', { ...shown.policy, acceptorIds: [ADMIN] }, shown.version);
    expect(saved.confirmation.pending?.changes).toEqual([{ path: 'acceptorIds', label: 'Customer acceptors', before: `Person ${PRODUCT_OWNER}`, after: `Person ${ADMIN}` }]);
    const rejected = await rejectPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version });
    expect(rejected.policy.acceptorIds).toEqual([PRODUCT_OWNER]);
    expect(rejected.confirmation.pending).toBeNull();
    expect(rejected.history[0]).toMatchObject({ kind: 'rejected', by: { accountId: SPONSOR } });
  });

  it('a sponsor hand-over, confirmed: the retry still gets its answer though the caller is no longer the sponsor', async () => {
    const { as } = setup(aPolicy({ clientSponsorId: SPONSOR }));
    const shown = await policyView(as(ADMIN), 'ENG');
    const saved = await savePolicy(as(ADMIN), 'ENG', { ...shown.policy, clientSponsorId: NEW_SPONSOR }, shown.version);
    const confirmed = await confirmPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version, actionId: 'handover-01' });
    expect(confirmed.policy.clientSponsorId).toBe(NEW_SPONSOR);
    expect(await confirmPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version, actionId: 'handover-01' })).toEqual(confirmed);
  });

  it('a proposal that names someone who has since left cannot be confirmed as it is', async () => {
    const { inactive, as } = setup(aPolicy({ clientSponsorId: SPONSOR }));
    const shown = await policyView(as(ADMIN), 'ENG');
    const saved = await savePolicy(as(ADMIN), 'ENG', { ...shown.policy, acceptorIds: [DECISION_MAKER] }, shown.version);
    inactive.add(DECISION_MAKER);
    await expect(confirmPolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: saved.version })).rejects.toMatchObject({ code: 'invalid', fields: { 'policy.acceptorIds.0': 'Not an active user of this site' } });
  });
});

describe('where nobody can confirm, a weakening change applies at once and is flagged', () => {
  it('no client sponsor named: applied and flagged; the sponsor named later acknowledges; nobody acknowledges their own', async () => {
    const { as } = setup(aPolicy());
    const shown = await policyView(as(ADMIN), 'ENG');
    const off = await savePolicy(as(ADMIN), 'ENG', withGate(shown.policy, false), shown.version);
    expect(off.policy.acceptance.gateEnabled).toBe(false);
    expect(off.confirmation).toMatchObject({ clientSponsor: null, pending: null, unconfirmed: { changes: [{ path: 'acceptance.gateEnabled', before: 'on', after: 'off' }], by: [{ accountId: ADMIN }] }, canAcknowledge: false });
    expect(off.history[0]).toMatchObject({ kind: 'applied-unconfirmed' });

    const named = await savePolicy(as(ADMIN), 'ENG', { ...off.policy, clientSponsorId: SPONSOR }, off.version);
    expect(named.policy.clientSponsorId).toBe(SPONSOR);
    expect(named.confirmation.unconfirmed?.changes.map((c) => c.path)).toEqual(['acceptance.gateEnabled', 'clientSponsorId']);
    await expect(acknowledgePolicyChanges(as(ADMIN), 'ENG', { expectedVersion: named.version })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await policyView(as(SPONSOR), 'ENG')).confirmation.canAcknowledge).toBe(true);
    const acknowledged = await acknowledgePolicyChanges(as(SPONSOR), 'ENG', { expectedVersion: named.version });
    expect(acknowledged.confirmation.unconfirmed).toBeNull();
    expect(acknowledged.policy.acceptance.gateEnabled).toBe(false);
    expect(acknowledged.history[0]).toMatchObject({ kind: 'acknowledged', by: { accountId: SPONSOR } });

    // From now on the sponsor confirms: turning the gate on applies, naming oneself acceptor waits.
    const next = await savePolicy(as(ADMIN), 'ENG', { ...withGate(acknowledged.policy, true), acceptorIds: [ADMIN] }, acknowledged.version);
    expect(next.policy.acceptance.gateEnabled).toBe(true);
    expect(next.policy.acceptorIds).toEqual([]);
    expect(next.confirmation.pending?.changes.map((c) => c.path)).toEqual(['acceptorIds']);
  });

  it('whoever names themselves client sponsor cannot acknowledge it', async () => {
    const { as } = setup(aPolicy());
    const shown = await policyView(as(ADMIN), 'ENG');
    const named = await savePolicy(as(ADMIN), 'ENG', { ...shown.policy, clientSponsorId: ADMIN }, shown.version);
    expect(named.confirmation).toMatchObject({ clientSponsor: { accountId: ADMIN }, canAcknowledge: false, unconfirmed: { changes: [{ path: 'clientSponsorId', before: '—', after: `Person ${ADMIN}` }] } });
    await expect(acknowledgePolicyChanges(as(ADMIN), 'ENG', { expectedVersion: named.version })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('yourself') });
  });

  it('a client sponsor who can no longer sign in cannot confirm: the change applies and is flagged', async () => {
    const { inactive, as } = setup(aPolicy({ clientSponsorId: SPONSOR }));
    inactive.add(SPONSOR);
    const shown = await policyView(as(ADMIN), 'ENG');
    const saved = await savePolicy(as(ADMIN), 'ENG', { ...shown.policy, clientSponsorId: NEW_SPONSOR }, shown.version);
    expect(saved.policy.clientSponsorId).toBe(NEW_SPONSOR);
    expect(saved.confirmation).toMatchObject({ pending: null, unconfirmed: { changes: [{ path: 'clientSponsorId' }] } });
  });

  it('the client sponsor’s own save needs no other confirmation', async () => {
    const { as } = setup(aPolicy({ clientSponsorId: ADMIN }));
    const shown = await policyView(as(ADMIN), 'ENG');
    const saved = await savePolicy(as(ADMIN), 'ENG', { ...withGate(shown.policy, false), acceptorIds: [TECH_LEAD] }, shown.version);
    expect(saved.policy).toMatchObject({ acceptorIds: [TECH_LEAD], acceptance: { gateEnabled: false } });
    expect(saved.confirmation).toMatchObject({ pending: null, unconfirmed: null });
  });
});
