import { diffPolicies } from '../../../src/domain/policy/diff';
import { aPolicy } from './policyBuilders';

describe('diffPolicies', () => {
  it('finds nothing between equal policies', () => {
    expect(diffPolicies(aPolicy(), aPolicy())).toEqual([]);
  });

  it('reports each changed leaf by its dotted path, lists as whole values', () => {
    const before = aPolicy();
    const after = aPolicy({ clockMode: 'wall', budgetPoints: 400 });
    after.categories.product.slaHours = 8;
    after.categories.scope.ownerIds = ['acc-decision-maker', 'acc-cfo'];
    after.calendars.delivery.dayEnd = '16:00';
    expect(diffPolicies(before, after)).toEqual([
      { path: 'categories.product.slaHours', before: 24, after: 8 },
      { path: 'categories.scope.ownerIds', before: ['acc-decision-maker'], after: ['acc-decision-maker', 'acc-cfo'] },
      { path: 'budgetPoints', before: null, after: 400 },
      { path: 'calendars.delivery.dayEnd', before: '17:00', after: '16:00' },
      { path: 'clockMode', before: 'business', after: 'wall' },
    ]);
  });

  it('reports changed acceptance settings', () => {
    const after = aPolicy({ acceptance: { readyStatus: 'UAT', returnStatus: null, gateEnabled: false } });
    expect(diffPolicies(aPolicy(), after)).toEqual([
      { path: 'acceptance.readyStatus', before: null, after: 'UAT' },
      { path: 'acceptance.gateEnabled', before: true, after: false },
    ]);
  });

  it('treats a reordered list as a change', () => {
    const after = aPolicy();
    after.calendars.client.workingDays = [5, 4, 3, 2, 1];
    expect(diffPolicies(aPolicy(), after).map((c) => c.path)).toEqual(['calendars.client.workingDays']);
  });
});
