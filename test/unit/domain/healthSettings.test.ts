/**
 * The policy's health settings (signals/thresholds.ts): their defaults, the bounds and the amber/red
 * order the settings page's save enforces, the text rule on bug types and labels, and how a stored
 * policy is read back (one saved before the settings existed reads the defaults).
 */
import { weakeningChanges } from '../../../src/domain/policy/clientControl';
import { defaultPolicy, withPolicyDefaults } from '../../../src/domain/policy/defaults';
import { diffPolicies } from '../../../src/domain/policy/diff';
import { HEALTH_LIMITS } from '../../../src/domain/policy/limits';
import { planSave } from '../../../src/domain/policy/proposals';
import { readablePolicy } from '../../../src/domain/policy/readable';
import { validatePolicy } from '../../../src/domain/policy/schema';
import type { EngagementPolicy } from '../../../src/domain/policy/types';
import { defaultHealthSettings } from '../../../src/domain/signals/thresholds';
import { unsafeTextMessage } from '../../../src/domain/text';
import { aPolicy } from './policyBuilders';

const T = 'health.thresholds';
const D = 'health.defectEscape';

/** A valid policy with some dotted paths set to other values (a deep copy). */
function policyWith(values: Record<string, unknown>): EngagementPolicy {
  const draft = structuredClone(aPolicy()) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, draft);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return draft as unknown as EngagementPolicy;
}

const refused = (values: Record<string, unknown>): Record<string, string> => {
  const result = validatePolicy(policyWith(values));
  if (result.ok) throw new Error(`expected ${JSON.stringify(values)} to be refused`);
  return result.fields;
};
const accepted = (values: Record<string, unknown>): EngagementPolicy => {
  const result = validatePolicy(policyWith(values));
  if (!result.ok) throw new Error(`expected ${JSON.stringify(values)} to be accepted: ${JSON.stringify(result.fields)}`);
  return result.policy;
};

describe('the health settings in the policy', () => {
  it('default to the documented thresholds and defect-escape settings', () => {
    expect(defaultPolicy().health).toEqual(defaultHealthSettings());
    expect(defaultPolicy().health).toEqual({
      thresholds: {
        predictability: { amberOutside: 1, redOutside: 2 },
        scope: { sharePercent: 5 },
        leadTime: { amberDays: 14, redDays: 30 },
        defectEscape: { amberRate: 0.1, redRate: 0.25 },
        decisions: { withinSlaAmberPercent: 80 },
        acceptance: { amberFirstPassPercent: 80, redFirstPassPercent: 60 },
        blockers: { amberHours: 24, redHours: 48 },
        partner: { amberPercent: 25, redPercent: 10 },
      },
      defectEscape: { bugTypes: ['Bug'], foundBy: 'either', labels: ['user-found', 'client-reported'], windowDays: 7 },
      partner: { ideaTypes: ['Story', 'Improvement', 'Bug'] },
    });
    const health = defaultPolicy().health;
    health.defectEscape.bugTypes.push('Defect');
    expect(defaultPolicy().health.defectEscape.bugTypes).toEqual(['Bug']);
  });

  it('the defaults pass validation as they are', () => {
    const policy = aPolicy();
    expect(validatePolicy(policy)).toEqual({ ok: true, policy });
  });

  it('are required and strict', () => {
    expect(refused({ health: undefined })).toEqual({ health: 'Set the health settings' });
    expect(refused({ health: null })).toEqual({ health: 'Set the health settings' });
    expect(refused({ health: [] })).toEqual({ health: 'Set the health settings' });
    expect(refused({ [`${T}`]: undefined })).toEqual({ [T]: 'Set the thresholds of the health signals' });
    expect(refused({ [`${D}`]: 'Bug' })).toEqual({ [D]: 'Set the defect escape settings' });
    expect(refused({ 'health.colour': 'green' })).toEqual({ 'health.colour': 'This setting is not known' });
    expect(refused({ [`${T}.velocity`]: { amber: 1 } })).toEqual({ [`${T}.velocity`]: 'This setting is not known' });
    expect(refused({ [`${T}.leadTime.greenDays`]: 3 })).toEqual({ [`${T}.leadTime.greenDays`]: 'This setting is not known' });
  });
});

describe('each threshold within its bounds', () => {
  // [paths set together (amber and red, so the order holds), lowest, highest, message, whole numbers only]
  const bounds: [string[], number, number, string, boolean][] = [
    [[`${T}.predictability.amberOutside`, `${T}.predictability.redOutside`], 1, 3, 'Enter a whole number of sprints from 1 to 3', true],
    [[`${T}.scope.sharePercent`], 0.1, 100, 'Enter a share of the budget between 0.1 and 100 %', false],
    [[`${T}.leadTime.amberDays`, `${T}.leadTime.redDays`], 1, 365, 'Enter a number of days between 1 and 365', false],
    [[`${T}.defectEscape.amberRate`, `${T}.defectEscape.redRate`], 0, 10, 'Enter escaped bugs per shipped feature, between 0 and 10', false],
    [[`${T}.decisions.withinSlaAmberPercent`], 0, 100, 'Enter a percentage between 0 and 100', false],
    [[`${T}.acceptance.amberFirstPassPercent`, `${T}.acceptance.redFirstPassPercent`], 0, 100, 'Enter a percentage between 0 and 100', false],
    [[`${T}.blockers.amberHours`, `${T}.blockers.redHours`], 1, 2160, 'Enter a number of hours between 1 and 2160', false],
    [[`${T}.partner.amberPercent`, `${T}.partner.redPercent`], 0, 100, 'Enter a percentage between 0 and 100', false],
    [[`${D}.windowDays`], 1, 90, 'Enter a whole number of days from 1 to 90', true],
  ];

  it.each(bounds)('%j: accepts the lowest and the highest', (paths, min, max) => {
    for (const value of [min, max]) {
      const policy = accepted(Object.fromEntries(paths.map((p) => [p, value])));
      for (const path of paths) expect(path.split('.').reduce((o: unknown, k) => (o as Record<string, unknown>)[k], policy)).toBe(value);
    }
  });

  it.each(bounds)('%j: refuses what is outside, or no number, on its own path', (paths, min, max, message, whole) => {
    const below = min === 0 ? -0.01 : min - (whole ? 1 : 0.01);
    const bad: unknown[] = [below, max + (whole ? 1 : 0.01), -1, Number.NaN, Number.POSITIVE_INFINITY, 1e308, '5', null, true, [5], {}];
    if (whole) bad.push(1.5);
    for (const path of paths) {
      for (const value of bad) expect(refused({ [path]: value })).toEqual({ [path]: message });
      expect(refused({ [path]: undefined })).toEqual({ [path]: message });
    }
  });

  it('takes its bounds from the domain limits', () => {
    expect(HEALTH_LIMITS.sprintsOutside).toEqual({ min: 1, max: 3 });
    expect(HEALTH_LIMITS.windowDays).toEqual({ min: 1, max: 90 });
    expect(HEALTH_LIMITS.entriesPerList).toBe(20);
  });

  it('accepts decimals where a number of days, hours, percent or a rate is asked for', () => {
    accepted({ [`${T}.leadTime.amberDays`]: 10.5, [`${T}.blockers.amberHours`]: 12.25, [`${T}.scope.sharePercent`]: 2.5, [`${T}.decisions.withinSlaAmberPercent`]: 87.5, [`${T}.defectEscape.redRate`]: 0.3 });
  });
});

describe('amber comes before red in the direction that makes a signal worse', () => {
  const order: [string, string, string, number, number][] = [
    [`${T}.predictability`, 'amberOutside', 'redOutside', 2, 1],
    [`${T}.leadTime`, 'amberDays', 'redDays', 31, 30],
    [`${T}.defectEscape`, 'amberRate', 'redRate', 0.3, 0.25],
    [`${T}.blockers`, 'amberHours', 'redHours', 49, 48],
    // A lower first-pass rate is worse: red sits below amber.
    [`${T}.acceptance`, 'amberFirstPassPercent', 'redFirstPassPercent', 59, 60],
    // A lower share of client-raised ideas is worse: red sits below amber.
    [`${T}.partner`, 'amberPercent', 'redPercent', 9, 10],
  ];
  const messages: Record<string, string> = {
    [`${T}.predictability`]: 'Red needs at least as many sprints outside the band as amber',
    [`${T}.leadTime`]: 'Red must be at least as many days as amber: a longer lead time is worse',
    [`${T}.defectEscape`]: 'Red must be at least the amber rate: more escaped bugs is worse',
    [`${T}.blockers`]: 'Red must be at least as many hours as amber: a blocker flagged longer is worse',
    [`${T}.acceptance`]: 'Red must be at most the amber percentage: a lower first-pass rate is worse',
    [`${T}.partner`]: 'Red must be at most the amber percentage: a client raising fewer ideas and problems is worse',
  };

  it.each(order)('%s: refuses amber past red, on the red field', (base, amber, red, amberValue, redValue) => {
    expect(refused({ [`${base}.${amber}`]: amberValue, [`${base}.${red}`]: redValue })).toEqual({ [`${base}.${red}`]: messages[base] });
  });

  it.each(order)('%s: accepts amber equal to red (straight to red)', (base, amber, red, _amberValue, redValue) => {
    accepted({ [`${base}.${amber}`]: redValue, [`${base}.${red}`]: redValue });
  });

  it('judges the order only once both numbers are valid, so one mistake gives one message', () => {
    expect(refused({ [`${T}.leadTime.amberDays`]: 400 })).toEqual({ [`${T}.leadTime.amberDays`]: 'Enter a number of days between 1 and 365' });
    expect(refused({ [`${T}.acceptance.redFirstPassPercent`]: 'low' })).toEqual({ [`${T}.acceptance.redFirstPassPercent`]: 'Enter a percentage between 0 and 100' });
  });
});

describe('bug types and labels', () => {
  it('accepts names, trimmed, and labels left empty when the client team’s reports count', () => {
    const policy = accepted({ [`${D}.bugTypes`]: [' Bug ', 'Defect', 'Production incident', 'Ошибка 🐞'], [`${D}.labels`]: [], [`${D}.foundBy`]: 'client-reporter' });
    expect(policy.health.defectEscape.bugTypes).toEqual(['Bug', 'Defect', 'Production incident', 'Ошибка 🐞']);
    expect(accepted({ [`${D}.labels`]: [], [`${D}.foundBy`]: 'either' }).health.defectEscape.labels).toEqual([]);
    expect(accepted({ [`${D}.labels`]: [' found-in-prod'] }).health.defectEscape.labels).toEqual(['found-in-prod']);
  });

  it.each(['Bug\u0000', 'Bug\ud800', '\udc00Bug', 'Bug\nDefect', 'Bug\u009b', 'Bug\u0007'])('refuses %j with the text rule’s message, on the list', (bad) => {
    expect(refused({ [`${D}.bugTypes`]: ['Bug', bad] })).toEqual({ [`${D}.bugTypes`]: unsafeTextMessage('An issue type name') });
    expect(refused({ [`${D}.labels`]: [bad.replace(' ', '')] })).toEqual({ [`${D}.labels`]: unsafeTextMessage('A label') });
  });

  it('needs at least one bug type, each of 1–60 characters, named once (any case)', () => {
    expect(refused({ [`${D}.bugTypes`]: [] })).toEqual({ [`${D}.bugTypes`]: 'Name at least one issue type that is a bug' });
    for (const bad of ['', '   ', 'x'.repeat(61), 42, null]) expect(refused({ [`${D}.bugTypes`]: [bad] })).toEqual({ [`${D}.bugTypes`]: 'Enter issue type names of 1 to 60 characters' });
    expect(refused({ [`${D}.bugTypes`]: ['Bug', 'bug '] })).toEqual({ [`${D}.bugTypes`]: 'Each issue type can be named only once' });
    expect(refused({ [`${D}.bugTypes`]: 'Bug' })).toEqual({ [`${D}.bugTypes`]: 'Name the issue types that are bugs' });
    accepted({ [`${D}.bugTypes`]: ['x'.repeat(60)] });
  });

  it('needs labels of 1–255 characters without spaces, each once', () => {
    for (const bad of ['', 'x'.repeat(256), 7]) expect(refused({ [`${D}.labels`]: [bad] })).toEqual({ [`${D}.labels`]: 'Enter labels of 1 to 255 characters' });
    for (const bad of ['user found', 'user\u00a0found']) expect(refused({ [`${D}.labels`]: [bad] })).toEqual({ [`${D}.labels`]: 'A Jira label has no spaces: separate labels with commas' });
    expect(refused({ [`${D}.labels`]: ['a', 'a'] })).toEqual({ [`${D}.labels`]: 'Each label can be named only once' });
    accepted({ [`${D}.labels`]: ['x'.repeat(255), 'User-Found', 'user-found'] });
  });

  it('allows at most 20 entries in each list', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `type-${i}`);
    accepted({ [`${D}.bugTypes`]: names(20), [`${D}.labels`]: names(20) });
    expect(refused({ [`${D}.bugTypes`]: names(21) })).toEqual({ [`${D}.bugTypes`]: 'Name at most 20 issue types' });
    expect(refused({ [`${D}.labels`]: names(21) })).toEqual({ [`${D}.labels`]: 'Name at most 20 labels' });
  });

  it('needs a known found-by mode, and a label when only labels count', () => {
    for (const foundBy of ['client-reporter', 'label', 'either', 'both'] as const) expect(accepted({ [`${D}.foundBy`]: foundBy }).health.defectEscape.foundBy).toBe(foundBy);
    for (const bad of ['anyone', '', null, 1]) {
      expect(refused({ [`${D}.foundBy`]: bad })).toEqual({ [`${D}.foundBy`]: 'Choose how a bug counts as found by users: reported by the client team, labelled, either, or both' });
    }
    expect(refused({ [`${D}.foundBy`]: 'label', [`${D}.labels`]: [] })).toEqual({ [`${D}.labels`]: 'Name at least one label, or also count bugs the client team reported' });
    expect(refused({ [`${D}.foundBy`]: 'both', [`${D}.labels`]: [] })).toEqual({ [`${D}.labels`]: 'Name at least one label, or also count bugs the client team reported' });
  });

  it('reports every health field at once, with the rest of the policy', () => {
    const fields = refused({ [`${T}.scope.sharePercent`]: 0, [`${D}.bugTypes`]: [], [`${D}.windowDays`]: 0, budgetPoints: -1 });
    expect(Object.keys(fields).sort()).toEqual(['budgetPoints', `${D}.bugTypes`, `${D}.windowDays`, `${T}.scope.sharePercent`]);
  });
});

describe('a stored policy’s health settings, read back', () => {
  it('an old policy without them reads the defaults, with no problems', () => {
    const { health: _missing, ...old } = aPolicy({ budgetPoints: 300 });
    expect(withPolicyDefaults(old).health).toEqual(defaultHealthSettings());
    expect(readablePolicy(old)).toEqual({ policy: aPolicy({ budgetPoints: 300 }), problems: {} });
    expect(validatePolicy(readablePolicy(old).policy).ok).toBe(true);
  });

  it('a part saved without some settings reads their defaults and keeps the rest', () => {
    const stored = policyWith({ [`${T}.leadTime`]: { redDays: 45 }, [`${D}.foundBy`]: undefined, [`${D}.bugTypes`]: ['Defect'] });
    const { policy, problems } = readablePolicy(stored);
    expect(problems).toEqual({});
    expect(policy.health.thresholds.leadTime).toEqual({ amberDays: 14, redDays: 45 });
    expect(policy.health.defectEscape).toEqual({ bugTypes: ['Defect'], foundBy: 'either', labels: ['user-found', 'client-reported'], windowDays: 7 });
  });

  it('a health section that is not an object reads the defaults', () => {
    for (const junk of ['on', 42, null, []]) expect(readablePolicy(policyWith({ health: junk })).policy.health).toEqual(defaultHealthSettings());
    expect(readablePolicy(policyWith({ [T]: 'strict' })).policy.health.thresholds).toEqual(defaultHealthSettings().thresholds);
  });

  it('an unreadable threshold falls back to its default on its own, named in the problems', () => {
    const stored = policyWith({ [`${T}.leadTime.amberDays`]: 'two weeks', [`${T}.blockers.redHours`]: -5, [`${D}.windowDays`]: 2.5, [`${D}.foundBy`]: 'psychic', [`${T}.scope.sharePercent`]: 12 });
    const { policy, problems } = readablePolicy(stored);
    expect(Object.keys(problems).sort()).toEqual([`${D}.foundBy`, `${D}.windowDays`, `${T}.blockers.redHours`, `${T}.leadTime.amberDays`]);
    expect(problems[`${T}.leadTime.amberDays`]).toBe('The stored value could not be read, so the default is shown: Enter a number of days between 1 and 365');
    expect(policy.health.thresholds.leadTime).toEqual({ amberDays: 14, redDays: 30 });
    expect(policy.health.thresholds.blockers).toEqual({ amberHours: 24, redHours: 48 });
    expect(policy.health.defectEscape.windowDays).toBe(7);
    expect(policy.health.defectEscape.foundBy).toBe('either');
    // What could be read is kept.
    expect(policy.health.thresholds.scope.sharePercent).toBe(12);
  });

  it('a name that cannot be read is left out of its list; a list left unusable reads its default', () => {
    const stored = policyWith({ [`${D}.labels`]: ['ok', 'x\u0000', 'fine'], [`${D}.bugTypes`]: ['\ud800'] });
    const { policy, problems } = readablePolicy(stored);
    expect(policy.health.defectEscape.labels).toEqual(['ok', 'fine']);
    expect(policy.health.defectEscape.bugTypes).toEqual(['Bug']);
    expect(Object.keys(problems).sort()).toEqual([`${D}.bugTypes`, `${D}.bugTypes.0`, `${D}.labels.1`]);
    expect(problems[`${D}.bugTypes`]).toBe('The stored value could not be read, so the default is shown: Name at least one issue type that is a bug');
    expect(readablePolicy(policyWith({ [`${D}.labels`]: 'user-found' })).problems).toEqual({ [`${D}.labels`]: 'The stored value could not be read, so the default is shown: Not a list' });
  });

  it('amber past red as stored is left to the next save (it is refused there)', () => {
    const stored = policyWith({ [`${T}.leadTime.amberDays`]: 40 });
    expect(readablePolicy(stored).problems).toEqual({});
    expect(validatePolicy(readablePolicy(stored).policy).ok).toBe(false);
  });
});

describe('changing the health settings', () => {
  const changed = () => policyWith({ [`${T}.leadTime.amberDays`]: 10, [`${D}.bugTypes`]: ['Bug', 'Defect'], [`${D}.foundBy`]: 'label' });

  it('is recorded as the settings it changed', () => {
    expect(diffPolicies(aPolicy(), changed())).toEqual([
      { path: `${T}.leadTime.amberDays`, before: 14, after: 10 },
      { path: `${D}.bugTypes`, before: ['Bug'], after: ['Bug', 'Defect'] },
      { path: `${D}.foundBy`, before: 'either', after: 'label' },
    ]);
  });

  it('does not weaken the client’s control: it applies at once, even with a client sponsor to confirm', () => {
    const inForce = aPolicy({ clientSponsorId: 'acc-client-sponsor' });
    const proposed = { ...changed(), clientSponsorId: 'acc-client-sponsor' };
    expect(weakeningChanges(inForce, proposed)).toEqual([]);
    const next = planSave({ policy: inForce, pending: null, unconfirmed: null }, proposed, { by: 'acc-admin', now: 0, confirmer: 'acc-client-sponsor', repairs: [] });
    expect(next.policy.health).toEqual(proposed.health);
    expect(next.pending).toBeNull();
    expect(next.events.map((e) => e.kind)).toEqual(['saved']);
  });
});
