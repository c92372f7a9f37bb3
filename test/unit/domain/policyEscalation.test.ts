/**
 * The policy's escalation settings (escalation/settings.ts, policy/escalationSchema.ts): their
 * defaults (Preview first), what a save accepts and refuses on which path, the rule between settings
 * (a blocker rule needs a source), and how a stored policy is read back (readable.ts): what cannot be
 * read falls back to what posts less.
 */
import { diffPolicies } from '../../../src/domain/policy/diff';
import { defaultPolicy, withPolicyDefaults } from '../../../src/domain/policy/defaults';
import { defaultEscalationSettings } from '../../../src/domain/escalation/settings';
import { ESCALATION_LIMITS } from '../../../src/domain/policy/limits';
import { readablePolicy } from '../../../src/domain/policy/readable';
import { validatePolicy } from '../../../src/domain/policy/schema';
import type { EngagementPolicy } from '../../../src/domain/policy/types';
import { unsafeTextMessage } from '../../../src/domain/text';
import { aPolicy } from './policyBuilders';

const R = 'escalation.rules';
const X = 'escalation.exemptions';

/** A valid policy with some dotted paths set to other values (a deep copy); undefined deletes. */
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

describe('the escalation settings in the policy', () => {
  it('default to Preview, every rule on, a 24 h repeat and the no-escalation label', () => {
    expect(defaultPolicy().escalation).toEqual(defaultEscalationSettings());
    expect(defaultPolicy().escalation).toEqual({
      mode: 'preview',
      rules: {
        blocker: { enabled: true, flagged: true, blockedStatusIds: [], blockedByLinks: true },
        decisionReminder: { enabled: true, repeatHours: 24 },
        staleDecision: { enabled: true },
        scopeChange: { enabled: true },
      },
      exemptions: { labels: ['no-escalation'], issueTypes: [], statusIds: [] },
      workingHoursOnly: false,
    });
    const fresh = defaultPolicy().escalation;
    fresh.exemptions.labels.push('quiet');
    expect(defaultPolicy().escalation.exemptions.labels).toEqual(['no-escalation']);
  });

  it('the defaults pass validation as they are', () => {
    const policy = aPolicy();
    expect(validatePolicy(policy)).toEqual({ ok: true, policy });
  });

  it('are required and strict', () => {
    expect(refused({ escalation: undefined })).toEqual({ escalation: 'Set the escalation settings' });
    expect(refused({ escalation: 'live' })).toEqual({ escalation: 'Set the escalation settings' });
    expect(refused({ [R]: [] })).toEqual({ [R]: 'Set the escalation rules' });
    expect(refused({ [X]: null })).toEqual({ [X]: 'Set the escalation exemptions' });
    expect(refused({ 'escalation.colour': 'red' })).toEqual({ 'escalation.colour': 'This setting is not known' });
    expect(refused({ [`${R}.velocity`]: { enabled: true } })).toEqual({ [`${R}.velocity`]: 'This setting is not known' });
    expect(refused({ [`${R}.staleDecision.hours`]: 72 })).toEqual({ [`${R}.staleDecision.hours`]: 'This setting is not known' });
  });
});

describe('the mode and the switches', () => {
  it('take Preview or Live', () => {
    expect(accepted({ 'escalation.mode': 'live' }).escalation.mode).toBe('live');
    for (const bad of ['Live', 'dry-run', '', null, true]) expect(refused({ 'escalation.mode': bad })).toEqual({ 'escalation.mode': 'Choose Preview (nothing is posted) or Live (the scanner posts comments)' });
  });

  it.each([
    [`${R}.blocker.enabled`, 'Choose whether long blockers escalate'],
    [`${R}.blocker.flagged`, 'Choose whether a flag makes an issue blocked'],
    [`${R}.blocker.blockedByLinks`, 'Choose whether an "is blocked by" link makes an issue blocked'],
    [`${R}.decisionReminder.enabled`, 'Choose whether decisions past their SLA get reminders'],
    [`${R}.staleDecision.enabled`, 'Choose whether stale decisions escalate'],
    [`${R}.scopeChange.enabled`, 'Choose whether large scope changes escalate'],
    ['escalation.workingHoursOnly', 'Choose whether escalations wait for a recipient’s working hours'],
  ])('%s is on or off, each with its own message', (path, message) => {
    accepted({ [path]: false });
    accepted({ [path]: true });
    for (const bad of ['yes', 1, null]) expect(refused({ [path]: bad })).toEqual({ [path]: message });
    expect(refused({ [path]: undefined })).toEqual({ [path]: message });
  });

  it('a blocker rule that is on needs a way for an issue to count as blocked', () => {
    const none = { [`${R}.blocker.flagged`]: false, [`${R}.blocker.blockedByLinks`]: false, [`${R}.blocker.blockedStatusIds`]: [] };
    expect(refused(none)).toEqual({ [`${R}.blocker`]: 'Count an issue as blocked by its flag, a status or an "is blocked by" link, or switch the rule off' });
    accepted({ ...none, [`${R}.blocker.enabled`]: false });
    accepted({ ...none, [`${R}.blocker.blockedStatusIds`]: ['10002'] });
    accepted({ ...none, [`${R}.blocker.blockedByLinks`]: true });
    // One mistake, one message: a broken switch is not also reported as "no source".
    expect(refused({ ...none, [`${R}.blocker.flagged`]: 'no' })).toEqual({ [`${R}.blocker.flagged`]: 'Choose whether a flag makes an issue blocked' });
  });
});

describe('the reminder repeat', () => {
  const path = `${R}.decisionReminder.repeatHours`;
  const message = 'Enter the reminder repeat in hours, from 1 to 720';

  it('takes hours within its bounds, decimals too', () => {
    expect(ESCALATION_LIMITS.repeatHours).toEqual({ min: 1, max: 720 });
    for (const value of [1, 12.5, 720]) expect(accepted({ [path]: value }).escalation.rules.decisionReminder.repeatHours).toBe(value);
  });

  it('refuses what is outside, or no number, on its own path', () => {
    for (const bad of [0, 0.99, 720.01, -24, Number.NaN, Number.POSITIVE_INFINITY, '24', null, [24]]) expect(refused({ [path]: bad })).toEqual({ [path]: message });
    expect(refused({ [path]: undefined })).toEqual({ [path]: message });
  });
});

describe('statuses, labels and issue types', () => {
  it('statuses are ids from the project, each chosen once', () => {
    const policy = accepted({ [`${R}.blocker.blockedStatusIds`]: ['10002', '3'], [`${X}.statusIds`]: ['6'] });
    expect(policy.escalation.rules.blocker.blockedStatusIds).toEqual(['10002', '3']);
    for (const path of [`${R}.blocker.blockedStatusIds`, `${X}.statusIds`]) {
      for (const bad of ['Blocked', '', '1'.repeat(33), 3, null]) expect(refused({ [path]: [bad] })).toEqual({ [path]: 'Choose statuses from the list' });
      expect(refused({ [path]: ['3', '3'] })).toEqual({ [path]: 'Each status can be chosen only once' });
      expect(refused({ [path]: Array.from({ length: 21 }, (_, i) => String(i)) })[path]).toMatch(/^Choose at most 20 /);
    }
    expect(refused({ [`${R}.blocker.blockedStatusIds`]: '3' })).toEqual({ [`${R}.blocker.blockedStatusIds`]: 'Choose the statuses that mean an issue is blocked' });
    expect(refused({ [`${X}.statusIds`]: '3' })).toEqual({ [`${X}.statusIds`]: 'Choose the statuses to leave alone' });
  });

  it('exempting labels: Jira labels of 1–255 characters without spaces, trimmed, each once, may be none', () => {
    expect(accepted({ [`${X}.labels`]: [' no-escalation', 'Quiet', 'quiet'] }).escalation.exemptions.labels).toEqual(['no-escalation', 'Quiet', 'quiet']);
    expect(accepted({ [`${X}.labels`]: [] }).escalation.exemptions.labels).toEqual([]);
    for (const bad of ['', 'x'.repeat(256), 7]) expect(refused({ [`${X}.labels`]: [bad] })).toEqual({ [`${X}.labels`]: 'Enter labels of 1 to 255 characters' });
    expect(refused({ [`${X}.labels`]: ['no escalation'] })).toEqual({ [`${X}.labels`]: 'A Jira label has no spaces: separate labels with commas' });
    expect(refused({ [`${X}.labels`]: ['a', 'a'] })).toEqual({ [`${X}.labels`]: 'Each label can be named only once' });
    expect(refused({ [`${X}.labels`]: ['x\u0000'] })).toEqual({ [`${X}.labels`]: unsafeTextMessage('A label') });
    expect(refused({ [`${X}.labels`]: 'no-escalation' })).toEqual({ [`${X}.labels`]: 'Name the labels that exempt an issue' });
  });

  it('exempt issue types: names of 1–60 characters, the same type once in any case', () => {
    expect(accepted({ [`${X}.issueTypes`]: [' Epic ', 'Sub-task'] }).escalation.exemptions.issueTypes).toEqual(['Epic', 'Sub-task']);
    for (const bad of ['', '  ', 'x'.repeat(61), null]) expect(refused({ [`${X}.issueTypes`]: [bad] })).toEqual({ [`${X}.issueTypes`]: 'Enter issue type names of 1 to 60 characters' });
    expect(refused({ [`${X}.issueTypes`]: ['Epic', 'epic '] })).toEqual({ [`${X}.issueTypes`]: 'Each issue type can be named only once' });
    expect(refused({ [`${X}.issueTypes`]: ['Epic\ud800'] })).toEqual({ [`${X}.issueTypes`]: unsafeTextMessage('An issue type name') });
    expect(refused({ [`${X}.issueTypes`]: Array.from({ length: 21 }, (_, i) => `T${i}`) })).toEqual({ [`${X}.issueTypes`]: 'Name at most 20 exempt issue types' });
  });

  it('reports every escalation field at once, with the rest of the policy', () => {
    const fields = refused({ 'escalation.mode': 'on', [`${R}.decisionReminder.repeatHours`]: 0, [`${X}.labels`]: ['a b'], budgetPoints: -1 });
    expect(Object.keys(fields).sort()).toEqual(['budgetPoints', 'escalation.exemptions.labels', 'escalation.mode', 'escalation.rules.decisionReminder.repeatHours']);
  });
});

describe('a stored policy’s escalation settings, read back', () => {
  it('an old policy without them reads the defaults (Preview), with no problems', () => {
    const { escalation: _missing, ...old } = aPolicy({ budgetPoints: 300 });
    expect(withPolicyDefaults(old).escalation).toEqual(defaultEscalationSettings());
    expect(readablePolicy(old)).toEqual({ policy: aPolicy({ budgetPoints: 300 }), problems: {} });
  });

  it('a part saved without some settings reads their defaults and keeps the rest', () => {
    const stored = policyWith({ 'escalation.mode': 'live', [`${R}.decisionReminder`]: { repeatHours: 8 }, [`${X}.issueTypes`]: ['Epic'] });
    const { policy, problems } = readablePolicy(stored);
    expect(problems).toEqual({});
    expect(policy.escalation.mode).toBe('live');
    expect(policy.escalation.rules.decisionReminder).toEqual({ enabled: true, repeatHours: 8 });
    expect(policy.escalation.exemptions).toEqual({ labels: ['no-escalation'], issueTypes: ['Epic'], statusIds: [] });
  });

  it('an unreadable mode reads as Preview; an unreadable repeat as its default', () => {
    const { policy, problems } = readablePolicy(policyWith({ 'escalation.mode': 'LIVE', [`${R}.decisionReminder.repeatHours`]: -3 }));
    expect(policy.escalation.mode).toBe('preview');
    expect(policy.escalation.rules.decisionReminder.repeatHours).toBe(24);
    expect(problems).toEqual({
      'escalation.mode': 'The stored value could not be read, so the default is shown: Choose Preview (nothing is posted) or Live (the scanner posts comments)',
      [`${R}.decisionReminder.repeatHours`]: 'The stored value could not be read, so the default is shown: Enter the reminder repeat in hours, from 1 to 720',
    });
  });

  it('an unreadable switch reads as what posts less: a rule or a source off, working hours only on', () => {
    const stored = policyWith({
      'escalation.mode': 'live',
      [`${R}.blocker.enabled`]: 'yes',
      [`${R}.blocker.flagged`]: 1,
      [`${R}.staleDecision.enabled`]: null,
      'escalation.workingHoursOnly': 'no',
    });
    const { policy, problems } = readablePolicy(stored);
    expect(policy.escalation.rules.blocker).toEqual({ enabled: false, flagged: false, blockedStatusIds: [], blockedByLinks: true });
    expect(policy.escalation.rules.staleDecision.enabled).toBe(false);
    expect(policy.escalation.workingHoursOnly).toBe(true);
    // What could be read is kept: the mode stays Live, the other rules stay on.
    expect(policy.escalation.mode).toBe('live');
    expect(policy.escalation.rules.scopeChange.enabled).toBe(true);
    expect(problems).toEqual({
      [`${R}.blocker.enabled`]: 'The stored value could not be read, so it is shown switched off: Choose whether long blockers escalate',
      [`${R}.blocker.flagged`]: 'The stored value could not be read, so it is shown switched off: Choose whether a flag makes an issue blocked',
      [`${R}.staleDecision.enabled`]: 'The stored value could not be read, so it is shown switched off: Choose whether stale decisions escalate',
      'escalation.workingHoursOnly': 'The stored value could not be read, so it is shown switched on: Choose whether escalations wait for a recipient’s working hours',
    });
  });

  it('an escalation section that is not an object reads the defaults', () => {
    for (const junk of ['live', 42, null, []]) expect(readablePolicy(policyWith({ escalation: junk })).policy.escalation).toEqual(defaultEscalationSettings());
  });

  it('an entry that cannot be read is left out of its list; a list left unusable reads its default', () => {
    const stored = policyWith({ [`${X}.labels`]: ['quiet', 'x\u0000', 'hush'], [`${R}.blocker.blockedStatusIds`]: ['3', 'Blocked'], [`${X}.statusIds`]: '6', [`${X}.issueTypes`]: ['Epic', 'epic'] });
    const { policy, problems } = readablePolicy(stored);
    expect(policy.escalation.exemptions.labels).toEqual(['quiet', 'hush']);
    expect(policy.escalation.rules.blocker.blockedStatusIds).toEqual(['3']);
    expect(policy.escalation.exemptions.statusIds).toEqual([]);
    expect(policy.escalation.exemptions.issueTypes).toEqual([]);
    expect(Object.keys(problems).sort()).toEqual([`${X}.issueTypes`, `${X}.labels.1`, `${X}.statusIds`, `${R}.blocker.blockedStatusIds.1`]);
    expect(problems[`${X}.statusIds`]).toBe('The stored value could not be read, so the default is shown: Not a list');
    expect(problems[`${X}.issueTypes`]).toBe('The stored value could not be read, so the default is shown: Each issue type can be named only once');
    expect(validatePolicy(policy).ok).toBe(true);
  });

  it('a blocker rule without a source as stored is left to the next save (it is refused there)', () => {
    const stored = policyWith({ [`${R}.blocker.flagged`]: false, [`${R}.blocker.blockedByLinks`]: false });
    expect(readablePolicy(stored).problems).toEqual({});
    expect(validatePolicy(readablePolicy(stored).policy).ok).toBe(false);
  });
});

describe('changing the escalation settings', () => {
  it('is recorded as the settings it changed', () => {
    const changed = policyWith({ 'escalation.mode': 'live', [`${R}.scopeChange.enabled`]: false, [`${X}.labels`]: ['no-escalation', 'quiet'] });
    expect(diffPolicies(aPolicy(), changed)).toEqual([
      { path: 'escalation.mode', before: 'preview', after: 'live' },
      { path: `${R}.scopeChange.enabled`, before: true, after: false },
      { path: `${X}.labels`, before: ['no-escalation'], after: ['no-escalation', 'quiet'] },
    ]);
  });
});
