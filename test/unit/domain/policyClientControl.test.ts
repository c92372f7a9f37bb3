import { CLIENT_CONTROL_SETTINGS, isClientControlValue, weakeningChanges, withSettings } from '../../../src/domain/policy/clientControl';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER, TECH_LEAD } from './policyBuilders';

const SPONSOR = 'acc-client-sponsor';
const ADMIN = 'acc-admin';

describe('what weakens the client’s control', () => {
  it('is one list: the Done gate and the ready status, the acceptors, the client sponsor and the owners of the client’s categories', () => {
    expect(CLIENT_CONTROL_SETTINGS.map((s) => s.path)).toEqual(['acceptance.gateEnabled', 'acceptance.readyStatus', 'acceptorIds', 'clientSponsorId', 'categories.product.ownerIds', 'categories.scope.ownerIds']);
    expect(CLIENT_CONTROL_SETTINGS.map((s) => s.label)).toEqual(['Keep unaccepted work out of Done', 'Ready for acceptance status', 'Customer acceptors', 'Client sponsor', 'Product & UX owners', 'Scope & timeline owners']);
  });

  it('moving the ready status weakens it: a Done-category ready status lets everything through the gate', () => {
    const before = aPolicy({ acceptance: { readyStatus: 'Ready for Acceptance', returnStatus: null, gateEnabled: true } });
    const after = aPolicy({ acceptance: { readyStatus: 'Done', returnStatus: null, gateEnabled: true } });
    expect(weakeningChanges(before, after)).toEqual([{ path: 'acceptance.readyStatus', before: 'Ready for Acceptance', after: 'Done' }]);
    expect(weakeningChanges(aPolicy(), before)).toEqual([{ path: 'acceptance.readyStatus', before: null, after: 'Ready for Acceptance' }]);
  });

  it('turning the gate off weakens it; turning it on does not', () => {
    const on = aPolicy();
    const off = aPolicy({ acceptance: { ...on.acceptance, gateEnabled: false } });
    expect(weakeningChanges(on, off)).toEqual([{ path: 'acceptance.gateEnabled', before: true, after: false }]);
    expect(weakeningChanges(off, on)).toEqual([]);
  });

  it('any change of acceptors, client sponsor, or Product & UX and Scope & timeline owners weakens it — adding, removing, replacing, reordering', () => {
    const before = aPolicy({ clientSponsorId: SPONSOR, acceptorIds: [PRODUCT_OWNER, DECISION_MAKER] });
    const after = aPolicy({ clientSponsorId: ADMIN, acceptorIds: [DECISION_MAKER, PRODUCT_OWNER] });
    after.categories.product.ownerIds = [PRODUCT_OWNER, ADMIN];
    after.categories.scope.ownerIds = [];
    expect(weakeningChanges(before, after)).toEqual([
      { path: 'acceptorIds', before: [PRODUCT_OWNER, DECISION_MAKER], after: [DECISION_MAKER, PRODUCT_OWNER] },
      { path: 'clientSponsorId', before: SPONSOR, after: ADMIN },
      { path: 'categories.product.ownerIds', before: [PRODUCT_OWNER], after: [PRODUCT_OWNER, ADMIN] },
      { path: 'categories.scope.ownerIds', before: [DECISION_MAKER], after: [] },
    ]);
    expect(weakeningChanges(aPolicy(), aPolicy({ clientSponsorId: SPONSOR }))).toEqual([{ path: 'clientSponsorId', before: null, after: SPONSOR }]);
  });

  it('the delivery side’s own settings, SLAs, calendars and statuses do not', () => {
    const after = aPolicy({ deliverySponsorId: ADMIN, budgetPoints: 800, clockMode: 'wall', acceptance: { readyStatus: null, returnStatus: 'In Progress', gateEnabled: true } });
    after.categories.technical.ownerIds = [TECH_LEAD, ADMIN];
    after.categories.product.slaHours = 4;
    after.categories.product.escalateToIds = [ADMIN];
    after.calendars.client.dayEnd = '18:00';
    expect(weakeningChanges(aPolicy(), after)).toEqual([]);
  });

  it('withSettings sets the values on a copy', () => {
    const policy = aPolicy();
    const changed = withSettings(policy, [
      { path: 'acceptance.gateEnabled', before: true, after: false },
      { path: 'categories.scope.ownerIds', before: [DECISION_MAKER], after: [ADMIN] },
    ]);
    expect(changed.acceptance.gateEnabled).toBe(false);
    expect(changed.categories.scope.ownerIds).toEqual([ADMIN]);
    expect(policy.acceptance.gateEnabled).toBe(true);
    expect(policy.categories.scope.ownerIds).toEqual([DECISION_MAKER]);
  });

  it('a stored value is read back only if the setting can hold it', () => {
    expect(isClientControlValue('acceptance.gateEnabled', false)).toBe(true);
    expect(isClientControlValue('acceptance.gateEnabled', 'false')).toBe(false);
    expect(isClientControlValue('clientSponsorId', null)).toBe(true);
    expect(isClientControlValue('clientSponsorId', '\u200b')).toBe(false);
    expect(isClientControlValue('acceptorIds', [PRODUCT_OWNER])).toBe(true);
    expect(isClientControlValue('acceptorIds', ['__proto__'])).toBe(false);
    expect(isClientControlValue('acceptance.readyStatus', null)).toBe(true);
    expect(isClientControlValue('acceptance.readyStatus', 'Ready\u0000')).toBe(false);
    expect(isClientControlValue('budgetPoints', 5)).toBe(false);
  });
});
