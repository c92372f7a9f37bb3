import { CATEGORY_LABELS, CATEGORY_OWNER_SIDE, defaultPolicy, withPolicyDefaults } from '../../../src/domain/policy/defaults';
import { validatePolicy } from '../../../src/domain/policy/schema';
import type { EngagementPolicy } from '../../../src/domain/policy/types';
import { defaultHealthSettings } from '../../../src/domain/signals/thresholds';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER } from './policyBuilders';

/** The messages of validating a valid policy with some dotted paths set to other values (a deep copy). */
function fieldsWith(values: Record<string, unknown>): Record<string, string> {
  const draft = structuredClone(aPolicy()) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, draft);
    parent[last] = value;
  }
  const result = validatePolicy(draft);
  if (result.ok) throw new Error('expected the policy to be refused');
  return result.fields;
}

describe('defaultPolicy', () => {
  it('has the product defaults', () => {
    const p = defaultPolicy();
    expect(p.categories.technical).toEqual({ ownerIds: [], slaHours: null, staleHours: 72, escalateToIds: [] });
    expect(p.categories.product).toEqual({ ownerIds: [], slaHours: 24, staleHours: 72, escalateToIds: [] });
    expect(p.categories.scope).toEqual({ ownerIds: [], slaHours: null, staleHours: 72, escalateToIds: [] });
    expect(p.calendars.client).toEqual({ timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' });
    expect(p.calendars.delivery.timeZone).toBe('Europe/Warsaw');
    expect(p.overlapWindow).toEqual({ start: '14:00', end: '18:00' });
    expect(p.clockMode).toBe('business');
    expect([p.budgetPoints, p.clientSponsorId, p.deliverySponsorId, p.acceptorIds]).toEqual([null, null, null, []]);
    expect(p.acceptance).toEqual({ readyStatus: null, returnStatus: null, gateEnabled: true });
    // The health signals' thresholds and defect-escape settings: healthSettings.test.ts.
    expect(p.health).toEqual(defaultHealthSettings());
  });

  it('labels the categories and names the side that owns each', () => {
    expect(CATEGORY_LABELS).toEqual({ technical: 'Technical', product: 'Product & UX', scope: 'Scope & timeline' });
    expect(CATEGORY_OWNER_SIDE).toEqual({ technical: 'delivery', product: 'client', scope: 'client' });
    expect(defaultPolicy().health.thresholds.scope.sharePercent).toBe(5);
  });

  it('returns a fresh object each time', () => {
    const a = defaultPolicy();
    a.categories.product.ownerIds.push('x');
    expect(defaultPolicy().categories.product.ownerIds).toEqual([]);
  });
});

describe('validatePolicy', () => {
  it('accepts the defaults once the owners are named, in every clock mode', () => {
    for (const clockMode of ['wall', 'business', 'overlap'] as const) {
      const policy = aPolicy({ clockMode });
      expect(validatePolicy(policy)).toEqual({ ok: true, policy });
    }
  });

  it('refuses the bare defaults only because product and scope need owners', () => {
    expect(validatePolicy(defaultPolicy())).toEqual({
      ok: false,
      fields: {
        'categories.product.ownerIds': 'Name at least one product owner who answers Product & UX questions',
        'categories.scope.ownerIds': 'Name at least one decision maker who approves scope and timeline changes',
      },
    });
  });

  it('accepts a full policy with sponsors, acceptors, a budget and decimal hours', () => {
    const policy: EngagementPolicy = {
      ...aPolicy(),
      clientSponsorId: 'sponsor-1',
      deliverySponsorId: 'sponsor-2',
      acceptorIds: [PRODUCT_OWNER],
      budgetPoints: 420.5,
    };
    policy.categories.product = { ownerIds: [PRODUCT_OWNER, 'po-2'], slaHours: 1.5, staleHours: 1.5, escalateToIds: [DECISION_MAKER] };
    expect(validatePolicy(policy)).toEqual({ ok: true, policy });
  });

  it('rejects unknown keys at any level', () => {
    expect(fieldsWith({ surprise: 1 })).toEqual({ surprise: 'This setting is not known' });
    expect(fieldsWith({ 'categories.product.colour': 'red' })).toEqual({ 'categories.product.colour': 'This setting is not known' });
    expect(fieldsWith({ 'categories.legal': aPolicy().categories.product })).toEqual({ 'categories.legal': 'This setting is not known' });
  });

  it('refuses something that is not an object', () => {
    expect(validatePolicy(null)).toEqual({ ok: false, fields: { policy: 'Send the policy as an object' } });
    expect(validatePolicy('policy')).toEqual({ ok: false, fields: { policy: 'Send the policy as an object' } });
  });

  describe('people', () => {
    it('needs non-empty account ids of at most 128 characters', () => {
      expect(fieldsWith({ 'categories.technical.ownerIds': [''] })).toEqual({ 'categories.technical.ownerIds': 'Choose a person' });
      expect(fieldsWith({ acceptorIds: ['   '] })).toEqual({ acceptorIds: 'Choose a person' });
      expect(fieldsWith({ acceptorIds: ['a'.repeat(129)] })).toEqual({ acceptorIds: 'Choose a person' });
      expect(fieldsWith({ acceptorIds: [42] })).toEqual({ acceptorIds: 'Choose a person' });
      expect(fieldsWith({ clientSponsorId: '' })).toEqual({ clientSponsorId: 'Choose a person' });
      expect(validatePolicy({ ...aPolicy(), acceptorIds: ['a'.repeat(128)] }).ok).toBe(true);
    });

    it('allows at most 50 people per list, each once', () => {
      const many = Array.from({ length: 51 }, (_, i) => `acc-${i}`);
      expect(fieldsWith({ 'categories.scope.escalateToIds': many })).toEqual({ 'categories.scope.escalateToIds': 'Choose at most 50 people' });
      expect(fieldsWith({ acceptorIds: ['a', 'b', 'a'] })).toEqual({ acceptorIds: 'Each person can be chosen only once' });
      expect(validatePolicy({ ...aPolicy(), acceptorIds: many.slice(0, 50) }).ok).toBe(true);
    });

    it('needs a decision maker for scope & timeline and a product owner for product & UX, but not a technical owner', () => {
      expect(fieldsWith({ 'categories.scope.ownerIds': [] })).toEqual({
        'categories.scope.ownerIds': 'Name at least one decision maker who approves scope and timeline changes',
      });
      expect(fieldsWith({ 'categories.product.ownerIds': [] })).toEqual({
        'categories.product.ownerIds': 'Name at least one product owner who answers Product & UX questions',
      });
      const noTechOwner = aPolicy();
      noTechOwner.categories.technical.ownerIds = [];
      expect(validatePolicy(noTechOwner).ok).toBe(true);
    });
  });

  describe('hours', () => {
    const sla = 'Enter a number of hours between 1 and 720, or leave empty for no SLA';
    it.each([0, 0.5, 721, -1, '24', Number.NaN, Number.POSITIVE_INFINITY])('refuses an SLA of %p', (slaHours) => {
      expect(fieldsWith({ 'categories.product.slaHours': slaHours })).toEqual({ 'categories.product.slaHours': sla });
    });

    it('accepts no SLA, 1 and 720 (with a stale threshold at least as long)', () => {
      for (const slaHours of [null, 1, 720]) {
        const policy = aPolicy();
        policy.categories.product.slaHours = slaHours;
        policy.categories.product.staleHours = 720;
        expect(validatePolicy(policy).ok).toBe(true);
      }
    });

    it('needs a stale threshold of 1–2160 h, not shorter than the SLA', () => {
      const stale = 'Enter a number of hours between 1 and 2160';
      expect(fieldsWith({ 'categories.technical.staleHours': 0 })).toEqual({ 'categories.technical.staleHours': stale });
      expect(fieldsWith({ 'categories.technical.staleHours': 2161 })).toEqual({ 'categories.technical.staleHours': stale });
      expect(fieldsWith({ 'categories.technical.staleHours': null })).toEqual({ 'categories.technical.staleHours': stale });
      expect(fieldsWith({ 'categories.product.staleHours': 12 })).toEqual({
        'categories.product.staleHours': 'A decision can only go stale after its SLA: enter at least as many hours as the SLA',
      });
    });
  });

  describe('calendars', () => {
    it('needs a known IANA time zone', () => {
      const message = 'Choose a time zone such as Europe/Warsaw or America/New_York';
      expect(fieldsWith({ 'calendars.client.timeZone': 'Mars/Olympus_Mons' })).toEqual({ 'calendars.client.timeZone': message });
      expect(fieldsWith({ 'calendars.client.timeZone': '' })).toEqual({ 'calendars.client.timeZone': message });
      for (const timeZone of ['UTC', 'Asia/Kolkata', 'Pacific/Auckland']) {
        const policy = aPolicy();
        policy.calendars.delivery.timeZone = timeZone;
        expect(validatePolicy(policy).ok).toBe(true);
      }
    });

    it('needs unique working days numbered 1–7, at least one', () => {
      expect(fieldsWith({ 'calendars.delivery.workingDays': [] })).toEqual({ 'calendars.delivery.workingDays': 'Choose at least one working day' });
      expect(fieldsWith({ 'calendars.delivery.workingDays': [1, 1] })).toEqual({
        'calendars.delivery.workingDays': 'Each working day can be chosen only once',
      });
      for (const day of [0, 8, 2.5, 'Mon']) {
        expect(fieldsWith({ 'calendars.delivery.workingDays': [day] })).toEqual({
          'calendars.delivery.workingDays': 'Working days are numbered 1 (Monday) to 7 (Sunday)',
        });
      }
    });

    it('needs HH:mm working hours that end after they start', () => {
      const format = 'Enter a time as HH:mm, 00:00–23:59';
      for (const bad of ['9:00', '24:00', '09:60', '0900', 9]) {
        expect(fieldsWith({ 'calendars.client.dayStart': bad })).toEqual({ 'calendars.client.dayStart': format });
      }
      expect(fieldsWith({ 'calendars.client.dayEnd': '09:00' })).toEqual({ 'calendars.client.dayEnd': 'The working day must end after it starts' });
      expect(fieldsWith({ 'calendars.client.dayEnd': '08:00' })).toEqual({ 'calendars.client.dayEnd': 'The working day must end after it starts' });
    });

    it('needs an overlap window that ends after it starts', () => {
      expect(fieldsWith({ overlapWindow: { start: '18:00', end: '14:00' } })).toEqual({
        'overlapWindow.end': 'The overlap window must end after it starts (both in UTC)',
      });
      expect(fieldsWith({ overlapWindow: { start: '14:00', end: '25:00' } })).toEqual({ 'overlapWindow.end': 'Enter a time as HH:mm, 00:00–23:59' });
    });

    it("on the overlap clock, needs the window to meet both teams' hours on a common working day", () => {
      const message = "The overlap window must fall within both teams' working hours on a day both teams work";
      // 06:00–08:00 UTC is before New York's working day.
      expect(fieldsWith({ clockMode: 'overlap', overlapWindow: { start: '06:00', end: '08:00' } })).toEqual({ overlapWindow: message });
      // No common working day.
      expect(
        fieldsWith({ clockMode: 'overlap', 'calendars.client.workingDays': [1, 2], 'calendars.delivery.workingDays': [3, 4] }),
      ).toEqual({ overlapWindow: message });
      // The same window is fine on another clock: it is not used there.
      expect(validatePolicy({ ...aPolicy(), overlapWindow: { start: '06:00', end: '08:00' } }).ok).toBe(true);
      // A window that only touches New York's day in summer (13:00–14:00Z = 09:00 EDT but 08:00 EST) is refused.
      expect(fieldsWith({ clockMode: 'overlap', overlapWindow: { start: '13:00', end: '14:00' } })).toEqual({ overlapWindow: message });
      expect(validatePolicy({ ...aPolicy({ clockMode: 'overlap' }), overlapWindow: { start: '14:00', end: '15:00' } }).ok).toBe(true);
    });
  });

  it('needs a budget that is positive and at most 1 000 000 points, or none', () => {
    const message = 'Enter the budget in story points (up to 1 000 000), or leave it empty';
    for (const bad of [0, -5, 1_000_001, '400']) expect(fieldsWith({ budgetPoints: bad })).toEqual({ budgetPoints: message });
    expect(validatePolicy({ ...aPolicy(), budgetPoints: 1_000_000 }).ok).toBe(true);
  });

  it('needs a known clock mode', () => {
    expect(fieldsWith({ clockMode: 'lunar' })).toEqual({ clockMode: 'Choose wall-clock hours, business hours or overlap hours' });
  });

  describe('acceptance', () => {
    const readyMessage =
      'Enter the status that means ready for acceptance (up to 255 characters), or leave it empty to use a status named like "Ready for acceptance", else Done';
    const returnMessage = 'Enter the status a change request moves the issue back to (up to 255 characters), or leave it empty to leave the issue where it is';

    it('accepts status names or none, and trims them', () => {
      const policy = aPolicy({ acceptance: { readyStatus: 'Ready for Acceptance', returnStatus: 'In Progress', gateEnabled: false } });
      expect(validatePolicy(policy)).toEqual({ ok: true, policy });
      const padded = validatePolicy(aPolicy({ acceptance: { readyStatus: '  UAT ', returnStatus: null, gateEnabled: true } }));
      expect(padded.ok && padded.policy.acceptance).toEqual({ readyStatus: 'UAT', returnStatus: null, gateEnabled: true });
      expect(validatePolicy(aPolicy({ acceptance: { readyStatus: 'x'.repeat(255), returnStatus: 'y'.repeat(255), gateEnabled: true } })).ok).toBe(true);
    });

    it('needs status names of 1–255 characters', () => {
      for (const bad of ['', '   ', 'x'.repeat(256), 42]) {
        expect(fieldsWith({ 'acceptance.readyStatus': bad })).toEqual({ 'acceptance.readyStatus': readyMessage });
        expect(fieldsWith({ 'acceptance.returnStatus': bad })).toEqual({ 'acceptance.returnStatus': returnMessage });
      }
    });

    it('needs the gate to be on or off', () => {
      expect(fieldsWith({ 'acceptance.gateEnabled': 'yes' })).toEqual({ 'acceptance.gateEnabled': "Choose whether Done waits for the client's acceptance" });
      expect(fieldsWith({ 'acceptance.gateEnabled': undefined })).toEqual({ 'acceptance.gateEnabled': "Choose whether Done waits for the client's acceptance" });
    });

    it('is required and strict', () => {
      expect(fieldsWith({ acceptance: undefined })).toEqual({ acceptance: 'Set the acceptance settings' });
      expect(fieldsWith({ acceptance: null })).toEqual({ acceptance: 'Set the acceptance settings' });
      expect(fieldsWith({ 'acceptance.autoAccept': true })).toEqual({ 'acceptance.autoAccept': 'This setting is not known' });
    });
  });

  it('reports every field at once', () => {
    const fields = fieldsWith({ 'categories.product.slaHours': 0, budgetPoints: -1, 'calendars.client.timeZone': 'Nowhere' });
    expect(Object.keys(fields).sort()).toEqual(['budgetPoints', 'calendars.client.timeZone', 'categories.product.slaHours']);
  });
});

describe('withPolicyDefaults', () => {
  it('fills the acceptance settings of a policy saved before they existed', () => {
    const { acceptance: _missing, ...old } = aPolicy({ budgetPoints: 300 });
    const loaded = withPolicyDefaults(old);
    expect(loaded).toEqual({ ...aPolicy({ budgetPoints: 300 }), acceptance: { readyStatus: null, returnStatus: null, gateEnabled: true } });
    expect(validatePolicy(loaded).ok).toBe(true);
  });

  it('fills missing fields at any depth and keeps saved values, nulls included', () => {
    const stored = structuredClone(aPolicy({ clientSponsorId: 'sponsor-1' })) as unknown as Record<string, Record<string, unknown>>;
    stored.acceptance = { readyStatus: 'UAT' };
    delete (stored.categories!.product as Record<string, unknown>).staleHours;
    delete stored.calendars!.delivery;
    const loaded = withPolicyDefaults(stored);
    expect(loaded.acceptance).toEqual({ readyStatus: 'UAT', returnStatus: null, gateEnabled: true });
    expect(loaded.categories.product).toEqual({ ownerIds: ['acc-product-owner'], slaHours: 24, staleHours: 72, escalateToIds: [] });
    expect(loaded.calendars.delivery).toEqual(defaultPolicy().calendars.delivery);
    expect(loaded.clientSponsorId).toBe('sponsor-1');
    expect(loaded.budgetPoints).toBeNull();
  });

  it('returns a policy that is valid unchanged', () => {
    const policy = aPolicy({ acceptance: { readyStatus: 'UAT', returnStatus: 'In Progress', gateEnabled: false } });
    expect(withPolicyDefaults(policy)).toEqual(policy);
    expect(withPolicyDefaults(policy)).not.toBe(policy);
  });

  it('drops keys the policy no longer has, and shares no lists with what was stored', () => {
    const stored = { ...aPolicy(), retired: true } as unknown as Record<string, unknown>;
    const loaded = withPolicyDefaults(stored);
    expect(loaded).not.toHaveProperty('retired');
    loaded.categories.product.ownerIds.push('someone');
    expect(aPolicy().categories.product.ownerIds).toEqual(['acc-product-owner']);
    expect((stored as unknown as ReturnType<typeof aPolicy>).categories.product.ownerIds).toEqual(['acc-product-owner']);
  });

  it('gives the defaults for anything that is not a stored policy', () => {
    for (const junk of [undefined, null, 'policy', 42, []]) expect(withPolicyDefaults(junk)).toEqual(defaultPolicy());
    expect(withPolicyDefaults({ acceptance: 'on' }).acceptance).toEqual(defaultPolicy().acceptance);
  });
});
