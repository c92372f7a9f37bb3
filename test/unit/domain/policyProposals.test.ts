import { acknowledgeUnconfirmed, confirmPending, mayAcknowledge, planSave, readableProposal, readableUnconfirmed, rejectPending, withUnconfirmed, type ClientControlState } from '../../../src/domain/policy/proposals';
import type { EngagementPolicy, PolicyProposal } from '../../../src/domain/policy/types';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER } from './policyBuilders';

const SPONSOR = 'acc-client-sponsor';
const ADMIN = 'acc-admin';
const T = Date.UTC(2026, 10, 18, 15, 0);

const inForce = () => aPolicy({ clientSponsorId: SPONSOR, acceptorIds: [PRODUCT_OWNER] });
const state = (overrides: Partial<ClientControlState> = {}): ClientControlState => ({ policy: inForce(), pending: null, unconfirmed: null, ...overrides });
const gateOff = (p: EngagementPolicy) => ({ ...p, acceptance: { ...p.acceptance, gateEnabled: false } });
const withSla = (p: EngagementPolicy, hours: number) => {
  const copy = structuredClone(p);
  copy.categories.product.slaHours = hours;
  return copy;
};
const gateOffProposal: PolicyProposal = { changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }], proposedBy: ADMIN, proposedAt: T };

describe('planSave: what applies at once and what waits for the client sponsor', () => {
  it('the admin turning the gate off proposes it; the gate stays on', () => {
    const next = planSave(state(), gateOff(inForce()), { by: ADMIN, now: T, confirmer: SPONSOR });
    expect(next.policy.acceptance.gateEnabled).toBe(true);
    expect(next.pending).toEqual(gateOffProposal);
    expect(next.events).toEqual([{ kind: 'proposed', changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }] }]);
  });

  it('in one save, an SLA applies and naming oneself acceptor waits', () => {
    const proposed = withSla({ ...inForce(), acceptorIds: [ADMIN] }, 12);
    const next = planSave(state(), proposed, { by: ADMIN, now: T, confirmer: SPONSOR });
    expect(next.policy.categories.product.slaHours).toBe(12);
    expect(next.policy.acceptorIds).toEqual([PRODUCT_OWNER]);
    expect(next.pending?.changes).toEqual([{ path: 'acceptorIds', before: [PRODUCT_OWNER], after: [ADMIN] }]);
    expect(next.events.map((e) => e.kind)).toEqual(['saved', 'proposed']);
    expect(next.events[0]!.changes).toEqual([{ path: 'categories.product.slaHours', before: 24, after: 12 }]);
  });

  it('a later save that keeps the proposal leaves it as it was; its other changes apply', () => {
    const next = planSave(state({ pending: gateOffProposal }), withSla(gateOff(inForce()), 8), { by: 'acc-other-admin', now: T + 1, confirmer: SPONSOR });
    expect(next.pending).toBe(gateOffProposal);
    expect(next.policy.categories.product.slaHours).toBe(8);
    expect(next.policy.acceptance.gateEnabled).toBe(true);
    expect(next.events.map((e) => e.kind)).toEqual(['saved']);
  });

  it('a later save with other weakening changes replaces the proposal, and says whose it replaced', () => {
    const proposed = { ...gateOff(inForce()), acceptorIds: [ADMIN] };
    const next = planSave(state({ pending: gateOffProposal }), proposed, { by: ADMIN, now: T + 5, confirmer: SPONSOR });
    expect(next.pending).toEqual({ changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }, { path: 'acceptorIds', before: [PRODUCT_OWNER], after: [ADMIN] }], proposedBy: ADMIN, proposedAt: T + 5 });
    expect(next.events).toEqual([{ kind: 'proposed', changes: next.pending!.changes, proposal: { byAccountId: ADMIN, at: T } }]);
  });

  it('a later save without the weakening changes replaces the proposal with none', () => {
    const next = planSave(state({ pending: gateOffProposal }), inForce(), { by: ADMIN, now: T + 5, confirmer: SPONSOR });
    expect(next.pending).toBeNull();
    expect(next.events).toEqual([{ kind: 'proposal-replaced', proposal: { byAccountId: ADMIN, at: T }, changes: gateOffProposal.changes }]);
  });

  it('nothing changed, nothing recorded', () => {
    expect(planSave(state(), inForce(), { by: ADMIN, now: T, confirmer: SPONSOR }).events).toEqual([]);
  });

  it('the client sponsor’s own save is their confirmation: it applies at once', () => {
    const next = planSave(state({ pending: gateOffProposal }), { ...inForce(), acceptorIds: [PRODUCT_OWNER, DECISION_MAKER] }, { by: SPONSOR, now: T + 5, confirmer: SPONSOR });
    expect(next.policy.acceptorIds).toEqual([PRODUCT_OWNER, DECISION_MAKER]);
    expect(next.pending).toBeNull();
    expect(next.unconfirmed).toBeNull();
    expect(next.events.map((e) => e.kind)).toEqual(['saved', 'proposal-replaced']);
  });

  it('with nobody to confirm, a weakening change applies at once and is recorded as unconfirmed', () => {
    const noSponsor = aPolicy({ acceptorIds: [PRODUCT_OWNER] });
    const proposed = withSla({ ...gateOff(noSponsor), acceptorIds: [ADMIN] }, 12);
    const next = planSave(state({ policy: noSponsor }), proposed, { by: ADMIN, now: T, confirmer: null });
    expect(next.policy).toEqual(proposed);
    expect(next.pending).toBeNull();
    expect(next.unconfirmed).toEqual({
      changes: [
        { path: 'acceptance.gateEnabled', before: true, after: false },
        { path: 'acceptorIds', before: [PRODUCT_OWNER], after: [ADMIN] },
      ],
      byAccountIds: [ADMIN],
      since: T,
    });
    expect(next.events.map((e) => [e.kind, e.changes.map((c) => c.path)])).toEqual([
      ['saved', ['categories.product.slaHours']],
      ['applied-unconfirmed', ['acceptance.gateEnabled', 'acceptorIds']],
    ]);
  });
});

describe('unconfirmed changes fold by setting', () => {
  const noSponsor = aPolicy();
  it('a setting changed again keeps its first before; one changed back drops out', () => {
    const first = withUnconfirmed(null, [{ path: 'acceptance.gateEnabled', before: true, after: false }], gateOff(noSponsor), ADMIN, T);
    const named = { ...gateOff(noSponsor), clientSponsorId: ADMIN };
    const second = withUnconfirmed(first, [{ path: 'clientSponsorId', before: null, after: ADMIN }], named, 'acc-other', T + 1);
    expect(second).toEqual({
      changes: [
        { path: 'acceptance.gateEnabled', before: true, after: false },
        { path: 'clientSponsorId', before: null, after: ADMIN },
      ],
      byAccountIds: [ADMIN, 'acc-other'],
      since: T,
    });
    const back = withUnconfirmed(second, [], { ...noSponsor, clientSponsorId: ADMIN }, ADMIN, T + 2);
    expect(back?.changes).toEqual([{ path: 'clientSponsorId', before: null, after: ADMIN }]);
    expect(withUnconfirmed(back, [], noSponsor, ADMIN, T + 3)).toBeNull();
  });
});

describe('the client sponsor settles it', () => {
  it('confirming applies the proposal over what is in force now (a later SLA change stays)', () => {
    const now = withSla(inForce(), 6);
    const next = confirmPending({ ...state({ policy: now }), pending: gateOffProposal });
    expect(next.policy).toEqual(gateOff(now));
    expect(next.pending).toBeNull();
    expect(next.events).toEqual([{ kind: 'confirmed', proposal: { byAccountId: ADMIN, at: T }, changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }] }]);
  });

  it('rejecting leaves the policy in force as it is', () => {
    const next = rejectPending({ ...state(), pending: gateOffProposal });
    expect(next.policy).toEqual(inForce());
    expect(next.pending).toBeNull();
    expect(next.events).toEqual([{ kind: 'rejected', proposal: { byAccountId: ADMIN, at: T }, changes: gateOffProposal.changes }]);
  });

  it('acknowledging clears the flag and keeps the changes; nobody acknowledges their own', () => {
    const unconfirmed = { changes: [{ path: 'clientSponsorId', before: null, after: SPONSOR }], byAccountIds: [ADMIN], since: T };
    const next = acknowledgeUnconfirmed({ ...state(), unconfirmed });
    expect(next.unconfirmed).toBeNull();
    expect(next.policy).toEqual(inForce());
    expect(next.events).toEqual([{ kind: 'acknowledged', changes: unconfirmed.changes }]);
    expect(mayAcknowledge(unconfirmed, SPONSOR, SPONSOR)).toBe(true);
    expect(mayAcknowledge(unconfirmed, ADMIN, SPONSOR)).toBe(false);
    expect(mayAcknowledge({ ...unconfirmed, byAccountIds: [SPONSOR] }, SPONSOR, SPONSOR)).toBe(false);
  });
});

describe('reading a stored proposal back', () => {
  it('offers only a proposal that can be read whole', () => {
    expect(readableProposal(gateOffProposal)).toEqual(gateOffProposal);
    expect(readableProposal(undefined)).toBeNull();
    expect(readableProposal({ ...gateOffProposal, changes: [{ path: 'budgetPoints', before: 1, after: 2 }] })).toBeNull();
    expect(readableProposal({ ...gateOffProposal, changes: [...gateOffProposal.changes, { path: 'acceptorIds', before: [], after: ['\u200b'] }] })).toBeNull();
    expect(readableProposal({ ...gateOffProposal, proposedAt: 'yesterday' })).toBeNull();
  });

  it('flags what of unconfirmed changes can be read', () => {
    const stored = { changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }, { path: 'acceptorIds', before: 7, after: [] }], byAccountIds: [ADMIN, 3], since: T };
    expect(readableUnconfirmed(stored)).toEqual({ changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }], byAccountIds: [ADMIN], since: T });
    expect(readableUnconfirmed({ changes: [], byAccountIds: [], since: T })).toBeNull();
  });
});
