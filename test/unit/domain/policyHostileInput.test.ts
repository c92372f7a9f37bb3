import { isAccountId, mayHoldRole } from '../../../src/domain/policy/accountIds';
import { defaultPolicy } from '../../../src/domain/policy/defaults';
import { policyPeople } from '../../../src/domain/policy/people';
import { readablePolicy } from '../../../src/domain/policy/readable';
import { validatePolicy } from '../../../src/domain/policy/schema';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER, TECH_LEAD } from './policyBuilders';

const refused = (policy: unknown) => {
  const result = validatePolicy(policy);
  if (result.ok) throw new Error('expected the policy to be refused');
  return result.fields;
};

describe('account ids', () => {
  it('look like Atlassian account ids', () => {
    for (const id of ['712020:8fe9fe17-cd88-4587-8544-b2695adfa62e', '5b10a2844c20165700ede21g', 'qm:1a2b:3c', 'acc-tech-lead', 'a'.repeat(128)]) expect(isAccountId(id)).toBe(true);
  });

  it('refuse what cannot be one, and names every object has', () => {
    for (const id of ['', ' ', 'a b', '\u200b', '\ud800', 'x\u0000', 'ü', 'a/b', '../x', 'a'.repeat(129), '__proto__', 'constructor', 'prototype']) expect(isAccountId(id)).toBe(false);
    expect(isAccountId(42 as unknown as string)).toBe(false);
  });

  it('only an active person may hold a role: not an app, not a customer, not a deactivated account', () => {
    expect(mayHoldRole({ active: true, accountType: 'atlassian' })).toBe(true);
    expect(mayHoldRole({ active: false, accountType: 'atlassian' })).toBe(false);
    expect(mayHoldRole({ active: true, accountType: 'app' })).toBe(false);
    expect(mayHoldRole({ active: true, accountType: 'customer' })).toBe(false);
  });
});

describe('validatePolicy refuses hostile text', () => {
  it.each(['\u200b', '__proto__', 'constructor', 'prototype', '\ud800', 'a b'])('refuses %j as a person', (id) => {
    expect(Object.keys(refused({ ...aPolicy(), clientSponsorId: id }))).toEqual(['clientSponsorId']);
    expect(Object.keys(refused({ ...aPolicy(), acceptorIds: [PRODUCT_OWNER, id] }))).toEqual(['acceptorIds']);
    const policy = aPolicy();
    policy.categories.product.ownerIds = [id];
    expect(Object.keys(refused(policy))).toEqual(['categories.product.ownerIds']);
  });

  it('refuses status names and time zones with broken or control characters', () => {
    for (const bad of ['Ready\u0000', `Ready\ud800`, 'Ready\nfor acceptance', 'Ready\u009b']) {
      expect(Object.keys(refused(aPolicy({ acceptance: { readyStatus: bad, returnStatus: null, gateEnabled: true } })))).toEqual(['acceptance.readyStatus']);
      expect(Object.keys(refused(aPolicy({ acceptance: { readyStatus: null, returnStatus: bad, gateEnabled: true } })))).toEqual(['acceptance.returnStatus']);
    }
    const policy = aPolicy();
    policy.calendars.client.timeZone = 'Europe/Warsaw\u0000';
    expect(Object.keys(refused(policy))).toEqual(['calendars.client.timeZone']);
  });
});

describe('validatePolicy names unknown settings safely', () => {
  it("names a setting called like one of Object's own members (it was lost: `fields.constructor` is Object)", () => {
    const withKeys = (json: string) => JSON.parse(`{${json.slice(1, -1)}, ${JSON.stringify(aPolicy()).slice(1)}`) as unknown;
    expect(refused(withKeys('{"constructor": 1}'))).toEqual({ constructor: 'This setting is not known' });
    expect(refused(withKeys('{"toString": "x", "hasOwnProperty": 1}'))).toEqual({ toString: 'This setting is not known', hasOwnProperty: 'This setting is not known' });
    // JSON.parse makes "__proto__" an own key, as a payload from the browser would be.
    expect(refused(withKeys('{"__proto__": {"polluted": true}}'))).toEqual(JSON.parse('{"__proto__": "This setting is not known"}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a setting whose name cannot be sent back (broken text, 100 kB) on the settings that hold it', () => {
    const policy = aPolicy() as unknown as Record<string, Record<string, unknown>>;
    policy.acceptance!['\ud800'] = true;
    policy.acceptance!['x'.repeat(100_000)] = true;
    policy.acceptance!.autoAccept = true;
    (policy as Record<string, unknown>)['a\u0000b'] = 1;
    expect(refused(policy)).toEqual({ acceptance: 'This setting is not known', 'acceptance.autoAccept': 'This setting is not known', policy: 'This setting is not known' });
  });
});

describe('policyPeople', () => {
  it('names every person id with its exact path', () => {
    const policy = aPolicy({ clientSponsorId: 'sponsor-1', deliverySponsorId: null, acceptorIds: ['acc-1', 'acc-2'] });
    policy.categories.scope.escalateToIds = ['sponsor-1'];
    expect(policyPeople(policy)).toEqual([
      { path: 'categories.technical.ownerIds.0', accountId: TECH_LEAD },
      { path: 'categories.product.ownerIds.0', accountId: PRODUCT_OWNER },
      { path: 'categories.scope.ownerIds.0', accountId: DECISION_MAKER },
      { path: 'categories.scope.escalateToIds.0', accountId: 'sponsor-1' },
      { path: 'clientSponsorId', accountId: 'sponsor-1' },
      { path: 'acceptorIds.0', accountId: 'acc-1' },
      { path: 'acceptorIds.1', accountId: 'acc-2' },
    ]);
  });
});

describe('readablePolicy', () => {
  it('reads a valid stored policy as it is, with no problems', () => {
    const policy = aPolicy({ clientSponsorId: 'sponsor-1', acceptance: { readyStatus: 'UAT', returnStatus: null, gateEnabled: false } });
    expect(readablePolicy(policy)).toEqual({ policy, problems: {} });
  });

  it('does not call the bare defaults unreadable (owners are asked for on save, not on read)', () => {
    expect(readablePolicy(undefined)).toEqual({ policy: defaultPolicy(), problems: {} });
    expect(readablePolicy(defaultPolicy()).problems).toEqual({});
  });

  it('blanks what cannot be shown and names each such field', () => {
    const stored = structuredClone(aPolicy()) as unknown as Record<string, unknown>;
    stored.clientSponsorId = '\ud800';
    stored.acceptorIds = ['acc-1', '\u200b', 'acc-2', '__proto__'];
    (stored.categories as Record<string, Record<string, unknown>>).product!.escalateToIds = 'everyone';
    (stored.acceptance as Record<string, unknown>).readyStatus = 'Ready\u0007';
    const { policy, problems } = readablePolicy(stored);
    expect(policy.clientSponsorId).toBeNull();
    expect(policy.acceptorIds).toEqual(['acc-1', 'acc-2']);
    expect(policy.categories.product.escalateToIds).toEqual([]);
    expect(policy.acceptance.readyStatus).toBeNull();
    expect(Object.keys(problems).sort()).toEqual(['acceptance.readyStatus', 'acceptorIds.1', 'acceptorIds.3', 'categories.product.escalateToIds', 'clientSponsorId']);
    expect(Object.values(problems).every((m) => m.length > 0)).toBe(true);
    expect(policy.categories.product.ownerIds).toEqual([PRODUCT_OWNER]);
  });

  it('puts back the default of a setting the clocks need, and names it', () => {
    const stored = structuredClone(aPolicy()) as unknown as { calendars: { client: Record<string, unknown> }; categories: { product: Record<string, unknown> }; clockMode: unknown };
    stored.calendars.client.timeZone = 'Mars/Olympus\ud800';
    stored.calendars.client.workingDays = 'weekdays';
    stored.categories.product.staleHours = 'soon';
    stored.clockMode = 'lunar';
    const { policy, problems } = readablePolicy(stored);
    const defaults = defaultPolicy();
    expect(policy.calendars.client).toEqual(defaults.calendars.client);
    expect(policy.categories.product.staleHours).toBe(defaults.categories.product.staleHours);
    expect(policy.clockMode).toBe(defaults.clockMode);
    expect(Object.keys(problems).sort()).toEqual(['calendars.client.timeZone', 'calendars.client.workingDays', 'categories.product.staleHours', 'clockMode']);
  });

  it('leaves rules across fields to the save (they can be shown)', () => {
    const policy = aPolicy();
    policy.categories.product.staleHours = 12; // shorter than the 24 h SLA
    policy.acceptorIds = [PRODUCT_OWNER, PRODUCT_OWNER];
    expect(readablePolicy(policy)).toEqual({ policy, problems: {} });
  });
});
