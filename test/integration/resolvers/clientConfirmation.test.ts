/**
 * The rule of trust between client and vendor, through the local Forge: the delivery side's
 * project admin cannot turn the Done gate off or name themselves acceptor in silence — it waits
 * for the client sponsor, shown as pending to everyone; where no client sponsor is named, it
 * applies at once and is flagged on the project page.
 */
import type { PolicyInput, PolicyView, ProjectOverview, ResolverResult } from '../../../src/contract/resolvers';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const READY = '10003';

describe('changes that weaken the client’s control wait for the client sponsor', () => {
  let sandbox: Sandbox;
  let call: Call;
  let people: Record<'admin' | 'sponsor' | 'developer' | 'owner', string>;
  const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
  const projectPage = { type: 'jira:projectPage', project: { key: 'ENG' } };
  const panel = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });
  let clock = TEST_NOW;

  beforeAll(async () => {
    sandbox = await testSandbox(() => (clock += 60_000));
    call = resolverCaller(sandbox);
    people = {
      admin: personWithRole(sandbox, 'project-admin').accountId,
      sponsor: personWithRole(sandbox, 'client-sponsor').accountId,
      developer: personWithRole(sandbox, 'developer').accountId,
      owner: personWithRole(sandbox, 'client-product-owner').accountId,
    };
  });
  afterAll(() => sandbox.close());

  const ok = <T>(result: ResolverResult<T>): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const view = async (who = people.admin): Promise<PolicyView> => ok(await call('policy/get', who, settings));
  const overview = async (who: string): Promise<ProjectOverview> => ok(await call('project/overview', who, projectPage));
  const save = async (policy: PolicyInput, version: number, who = people.admin) => call('policy/save', who, settings, { policy, expectedVersion: version });
  const gate = (policy: PolicyInput, gateEnabled: boolean): PolicyInput => ({ ...policy, acceptance: { ...policy.acceptance, gateEnabled } });
  const awaitingIssue = async () => {
    for (const issue of sandbox.jira.data().issues.filter((i) => i.fields.statusId === READY)) {
      if (ok(await call('acceptance/forIssue', people.owner, panel(issue.key))).state === 'awaiting') return issue.key;
    }
    throw new Error('nothing awaits acceptance in the demo');
  };
  const moveToDone = async (key: string) => {
    const headers = { 'content-type': 'application/json', 'x-sandbox-as': people.developer };
    const listed = (await (await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { headers })).json()) as { transitions: { id: string; to: { name: string } }[] };
    const id = listed.transitions.find((t) => t.to.name === 'Done')!.id;
    return (await fetch(`${sandbox.url}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers, body: JSON.stringify({ transition: { id } }) })).status;
  };

  it('the project admin turns the gate off: the gate still holds, and the change is pending for everyone', async () => {
    const before = await view();
    const saved = ok(await save(gate(before.policy, false), before.version));
    expect(saved.policy.acceptance.gateEnabled).toBe(true);
    expect(saved.confirmation.pending).toMatchObject({ changes: [{ path: 'acceptance.gateEnabled', before: 'on', after: 'off' }], proposedBy: { accountId: people.admin } });
    expect(saved.history[0]).toMatchObject({ kind: 'proposed', by: { accountId: people.admin } });

    const key = await awaitingIssue();
    expect(await moveToDone(key)).toBe(400);
    expect(ok(await call('acceptance/forIssue', people.developer, panel(key))).gateEnabled).toBe(true);

    for (const who of [people.developer, people.owner]) expect((await view(who)).confirmation).toMatchObject({ pending: { proposedBy: { accountId: people.admin } }, canConfirm: false });
    expect((await view(people.sponsor)).confirmation).toMatchObject({ clientSponsor: { accountId: people.sponsor, displayName: 'Linda Okafor' }, canConfirm: true });
  });

  it('the project page asks the client sponsor to review it, and tells others it is pending', async () => {
    expect((await overview(people.sponsor)).policyNotice).toMatchObject({ pending: { changes: [{ label: 'Keep unaccepted work out of Done', after: 'off' }] }, canConfirm: true });
    expect((await overview(people.developer)).policyNotice).toMatchObject({ pending: { proposedBy: { accountId: people.admin } }, canConfirm: false, clientSponsor: { displayName: 'Linda Okafor' } });
  });

  it('a change that does not weaken the client’s control applies at once, while the proposal keeps waiting', async () => {
    const current = await view();
    const proposed = current.proposedPolicy!;
    const sla = { ...proposed, categories: { ...proposed.categories, technical: { ...proposed.categories.technical, slaHours: 7 } } };
    const saved = ok(await save(sla, current.version));
    expect(saved.policy.categories.technical.slaHours).toBe(7);
    expect(saved.policy.acceptance.gateEnabled).toBe(true);
    expect(saved.confirmation.pending).toEqual(current.confirmation.pending);
    expect(saved.history[0]).toMatchObject({ kind: 'saved', changes: [{ path: 'categories.technical.slaHours', after: '7' }] });
  });

  it('a developer or the admin cannot confirm; someone who cannot see the project hears "not found"', async () => {
    const current = await view();
    const stored = JSON.stringify(await sandbox.storage.policies.get('ENG'));
    for (const who of [people.developer, people.admin, people.owner]) {
      expect(await call('policy/confirm', who, settings, { expectedVersion: current.version })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Linda Okafor') } });
      expect(await call('policy/reject', who, settings, { expectedVersion: current.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call('policy/confirm', outsider(sandbox).accountId, settings, { expectedVersion: current.version })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('policy/confirm', people.sponsor, settings, { expectedVersion: current.version, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('policy/confirm', people.sponsor, settings, { expectedVersion: current.version - 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(await sandbox.storage.policies.get('ENG'))).toBe(stored);
  });

  it('the client sponsor confirms: the gate is off, the history says who; a retry gets the same answer', async () => {
    const current = await view(people.sponsor);
    const confirm = { expectedVersion: current.version, actionId: 'confirm-gate-off-1' };
    const confirmed = ok(await call('policy/confirm', people.sponsor, settings, confirm));
    expect(confirmed.policy.acceptance.gateEnabled).toBe(false);
    expect(confirmed.policy.categories.technical.slaHours).toBe(7);
    expect(confirmed.confirmation.pending).toBeNull();
    expect(confirmed.history[0]).toMatchObject({ kind: 'confirmed', by: { accountId: people.sponsor }, proposal: { by: { accountId: people.admin } } });
    expect(ok(await call('policy/confirm', people.sponsor, settings, confirm))).toEqual(confirmed);
    expect((await sandbox.storage.policies.get('ENG'))!.version).toBe(confirmed.version);
    expect((await overview(people.developer)).policyNotice).toBeNull();
    expect(await moveToDone(await awaitingIssue())).toBe(204);
  });

  it('turning the gate on again applies at once', async () => {
    const current = await view();
    const saved = ok(await save(gate(current.policy, true), current.version));
    expect(saved.policy.acceptance.gateEnabled).toBe(true);
    expect(saved.confirmation.pending).toBeNull();
  });

  it('the admin names themselves acceptor; the client sponsor rejects it, and the admin cannot accept work', async () => {
    const current = await view();
    const saved = ok(await save({ ...current.policy, acceptorIds: [people.admin] }, current.version));
    expect(saved.policy.acceptorIds).toEqual(current.policy.acceptorIds);
    expect(saved.confirmation.pending?.changes).toEqual([{ path: 'acceptorIds', label: 'Customer acceptors', before: 'Emily Carter, Jordan Ellis', after: 'Anna Kowalczyk' }]);
    const key = await awaitingIssue();
    const acceptance = ok(await call('acceptance/forIssue', people.admin, panel(key)));
    expect(await call('acceptance/accept', people.admin, panel(key), { expectedVersion: acceptance.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const rejected = ok(await call('policy/reject', people.sponsor, settings, { expectedVersion: saved.version }));
    expect(rejected.policy.acceptorIds).toEqual(current.policy.acceptorIds);
    expect(rejected.confirmation.pending).toBeNull();
    expect(rejected.history[0]).toMatchObject({ kind: 'rejected', by: { accountId: people.sponsor }, changes: [{ path: 'acceptorIds' }] });
    expect(await call('policy/reject', people.sponsor, settings, { expectedVersion: rejected.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('pointing the ready status at Done (the gate off by another name) waits too; the gate still holds', async () => {
    const current = await view();
    const saved = ok(await save({ ...current.policy, acceptance: { ...current.policy.acceptance, readyStatus: 'Done' } }, current.version));
    expect(saved.policy.acceptance.readyStatus).toBe('Ready for Acceptance');
    expect(saved.confirmation.pending?.changes).toEqual([{ path: 'acceptance.readyStatus', label: 'Ready for acceptance status', before: 'Ready for Acceptance', after: 'Done' }]);
    expect(await moveToDone(await awaitingIssue())).toBe(400);
    const rejected = ok(await call('policy/reject', people.sponsor, settings, { expectedVersion: saved.version }));
    expect(rejected.confirmation.pending).toBeNull();
  });

  it('a new save replaces a pending proposal, and the history says whose', async () => {
    const current = await view();
    const first = ok(await save({ ...current.policy, acceptorIds: [people.admin] }, current.version));
    const second = ok(await save({ ...first.proposedPolicy!, acceptorIds: [people.owner] }, first.version));
    expect(second.confirmation.pending?.changes).toMatchObject([{ path: 'acceptorIds', after: 'Emily Carter' }]);
    expect(second.history[0]).toMatchObject({ kind: 'proposed', proposal: { by: { accountId: people.admin }, at: first.confirmation.pending!.proposedAt } });
    const withdrawn = ok(await save(second.policy, second.version));
    expect(withdrawn.confirmation.pending).toBeNull();
    expect(withdrawn.history[0]).toMatchObject({ kind: 'proposal-replaced' });
  });

  it('with no client sponsor named, a weakening change applies at once and is flagged on the project page for everyone', async () => {
    // The sponsor confirms stepping down; from then on nobody can confirm.
    const current = await view();
    const proposed = ok(await save({ ...current.policy, clientSponsorId: null }, current.version));
    const stepped = ok(await call('policy/confirm', people.sponsor, settings, { expectedVersion: proposed.version }));
    expect(stepped.policy.clientSponsorId).toBeNull();

    const off = ok(await save(gate(stepped.policy, false), stepped.version));
    expect(off.policy.acceptance.gateEnabled).toBe(false);
    expect(off.confirmation).toMatchObject({ clientSponsor: null, pending: null, unconfirmed: { changes: [{ path: 'acceptance.gateEnabled', before: 'on', after: 'off' }], by: [{ accountId: people.admin }] } });
    expect(off.history[0]).toMatchObject({ kind: 'applied-unconfirmed' });
    for (const who of [people.developer, people.sponsor, people.admin]) {
      expect((await overview(who)).policyNotice).toMatchObject({ unconfirmed: { changes: [{ label: 'Keep unaccepted work out of Done' }] }, canAcknowledge: false });
    }

    // Named again (also unconfirmed), the client sponsor acknowledges; the flag is gone.
    const named = ok(await save({ ...off.policy, clientSponsorId: people.sponsor }, off.version));
    expect((await overview(people.sponsor)).policyNotice).toMatchObject({ unconfirmed: { changes: [{ path: 'acceptance.gateEnabled' }, { path: 'clientSponsorId', after: 'Linda Okafor' }] }, canAcknowledge: true });
    expect(await call('policy/acknowledge', people.admin, settings, { expectedVersion: named.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const acknowledged = ok(await call('policy/acknowledge', people.sponsor, settings, { expectedVersion: named.version }));
    expect(acknowledged.confirmation.unconfirmed).toBeNull();
    expect(acknowledged.history[0]).toMatchObject({ kind: 'acknowledged', by: { accountId: people.sponsor } });
    expect((await overview(people.developer)).policyNotice).toBeNull();
  });
});
