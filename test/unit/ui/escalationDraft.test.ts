/** The settings page's escalation section without a browser: the form's text ↔ the settings, the rules' thresholds and recipients in words, how paths are named and placed. */
import { defaultEscalationSettings, type EscalationSettingsInput } from '../../../src/contract/escalationSettings';
import type { PersonView, PolicyInput } from '../../../src/contract/resolvers';
import { validatePolicy } from '../../../src/domain/policy/schema';
import {
  defaultEscalationDraft,
  escalationDraftFrom,
  escalationFromDraft,
  escalationPathLabel,
  isEscalationFieldPlaced,
  listWords,
  repeatHint,
  ruleRecipients,
  RULES,
  ruleThreshold,
  statusChoices,
} from '../../../static/settings/src/policy/escalationDraft';
import { draftFromPolicy, pathLabel, policyFromDraft } from '../../../static/settings/src/policy/policyDraft';
import { aPolicy, DECISION_MAKER, PRODUCT_OWNER } from '../domain/policyBuilders';

const NAMES: Record<string, string> = { 'acc-client': 'Emily Carter', 'acc-delivery': 'Marcus Reed', [PRODUCT_OWNER]: 'Priya Nair', [DECISION_MAKER]: 'Daniel Ortiz', 'acc-cto': 'Anna Kowalczyk' };
const peopleFor = (ids: string[]): PersonView[] => ids.map((accountId) => ({ accountId, displayName: NAMES[accountId] ?? 'Unknown user' }));

const custom = (): EscalationSettingsInput => ({
  mode: 'live',
  rules: {
    blocker: { enabled: true, flagged: false, blockedStatusIds: ['10004'], blockedByLinks: true },
    decisionReminder: { enabled: false, repeatHours: 12.5 },
    staleDecision: { enabled: true },
    scopeChange: { enabled: false },
  },
  exemptions: { labels: ['no-escalation', 'quiet'], issueTypes: ['Epic', 'Sub-task'], statusIds: ['6'] },
  workingHoursOnly: true,
});

const policy = (overrides: Partial<PolicyInput> = {}): PolicyInput => ({ ...aPolicy(), ...overrides });

describe('the escalation section’s draft', () => {
  it('edits every rule the settings have, and nothing else', () => {
    expect(RULES.map((r) => r.key).sort()).toEqual(Object.keys(defaultEscalationSettings().rules).sort());
  });

  it('round-trips, lists as comma-separated text, statuses as ids', () => {
    const settings = custom();
    const draft = escalationDraftFrom(settings);
    expect(draft.rules.decisionReminder).toEqual({ enabled: false, repeatHours: '12.5' });
    expect(draft.exemptions).toEqual({ labels: 'no-escalation, quiet', issueTypes: 'Epic, Sub-task', statusIds: ['6'] });
    const fields = {};
    expect(escalationFromDraft(draft, fields)).toEqual(settings);
    expect(fields).toEqual({});
    // The draft is a copy: editing it leaves the settings alone.
    draft.rules.blocker.blockedStatusIds.push('3');
    expect(settings.rules.blocker.blockedStatusIds).toEqual(['10004']);
  });

  it('splits the exemption text on commas, trimmed, empty ones dropped', () => {
    const draft = defaultEscalationDraft();
    draft.exemptions.labels = ' quiet ,, hush ';
    draft.exemptions.issueTypes = ' , ';
    const sent = escalationFromDraft(draft, {});
    expect(sent.exemptions.labels).toEqual(['quiet', 'hush']);
    expect(sent.exemptions.issueTypes).toEqual([]);
  });

  it('reports a repeat without a number under the server’s path, and the whole form does not send', () => {
    for (const bad of ['', 'a day', '  ']) {
      const draft = draftFromPolicy(policy());
      draft.escalation.rules.decisionReminder.repeatHours = bad;
      expect(policyFromDraft(draft)).toEqual({ fields: { 'policy.escalation.rules.decisionReminder.repeatHours': 'Enter a number of hours.' } });
    }
  });

  it('starts at the documented defaults, which the server accepts as they are', () => {
    const sent = escalationFromDraft(defaultEscalationDraft(), {});
    expect(sent).toEqual(defaultEscalationSettings());
    expect(validatePolicy({ ...aPolicy(), escalation: sent }).ok).toBe(true);
    const whole = policyFromDraft(draftFromPolicy(policy({ escalation: custom() })));
    expect(whole).toEqual({ policy: policy({ escalation: custom() }) });
  });

  it('shows the repeat’s default and bounds', () => {
    expect(repeatHint()).toBe('Counted on the decision’s clock. Default 24 · 1–720');
  });
});

describe('the project’s statuses to choose from', () => {
  const statuses = [
    { id: '3', name: 'Blocked', category: 'indeterminate' as const },
    { id: '10004', name: 'Waiting', category: 'indeterminate' as const },
    { id: '10005', name: 'Waiting', category: 'new' as const },
    { id: '6', name: 'Closed', category: 'done' as const },
  ];

  it('names each by its name and category, and tells a shared name apart by its id', () => {
    expect(statusChoices(statuses, [])).toEqual([
      { id: '3', label: 'Blocked (in progress)' },
      { id: '10004', label: 'Waiting (in progress, status 10004)' },
      { id: '10005', label: 'Waiting (to do, status 10005)' },
      { id: '6', label: 'Closed (done)' },
    ]);
  });

  it('keeps a chosen status the workflow no longer has, so it can be unchosen', () => {
    expect(statusChoices(statuses.slice(0, 1), ['3', '99'])).toEqual([
      { id: '3', label: 'Blocked (in progress)' },
      { id: '99', label: 'Status 99 (not in the workflow)' },
    ]);
  });
});

describe('when each rule fires, in words, with where it is set', () => {
  it('follows the draft’s other settings, unsaved changes too', () => {
    const draft = draftFromPolicy(policy({ budgetPoints: 300 }));
    expect(ruleThreshold('blocker', draft)).toEqual({ words: 'After 48 h — the Blockers signal’s red threshold under Health signals', warning: null });
    expect(ruleThreshold('scopeChange', draft)).toEqual({ words: 'Over 5 % of the budget (15 of 300 points) — the Scope change threshold under Health signals', warning: null });
    expect(ruleThreshold('decisionReminder', draft).words).toBe('At the category’s SLA under Who decides what: Product & UX after 24 h; Technical and Scope & timeline have no SLA, so no reminders');
    expect(ruleThreshold('staleDecision', draft).words).toBe('At the category’s stale hours under Who decides what: after 72 h in every category');

    draft.health.thresholds.blockers.redHours = '36';
    draft.health.thresholds.scope.sharePercent = '2.5';
    draft.categories.scope.slaHours = '8';
    draft.categories.technical.staleHours = '120';
    expect(ruleThreshold('blocker', draft).words).toBe('After 36 h — the Blockers signal’s red threshold under Health signals');
    expect(ruleThreshold('scopeChange', draft).words).toBe('Over 2.5 % of the budget (7.5 of 300 points) — the Scope change threshold under Health signals');
    expect(ruleThreshold('decisionReminder', draft).words).toBe('At the category’s SLA under Who decides what: Product & UX after 24 h; Scope & timeline after 8 h; Technical has no SLA, so no reminders');
    expect(ruleThreshold('staleDecision', draft).words).toBe('At the category’s stale hours under Who decides what: Technical after 120 h; Product & UX after 72 h; Scope & timeline after 72 h');
  });

  it('shows a dash for a box without a number, and warns when a rule has nothing to go by', () => {
    const draft = draftFromPolicy(policy());
    draft.health.thresholds.blockers.redHours = '';
    expect(ruleThreshold('blocker', draft).words).toBe('After — h — the Blockers signal’s red threshold under Health signals');
    expect(ruleThreshold('scopeChange', draft).warning).toBe('No engagement budget is set under People and budget: this rule has nothing to measure a change against.');
    draft.categories.product.slaHours = '';
    expect(ruleThreshold('decisionReminder', draft)).toEqual({
      words: 'At the category’s SLA under Who decides what: Technical, Product & UX and Scope & timeline have no SLA, so no reminders',
      warning: 'No category has an SLA: no decision gets a reminder.',
    });
  });
});

describe('whom each rule addresses, in words', () => {
  it('names the roles, and who holds them now', () => {
    const draft = draftFromPolicy(policy({ clientSponsorId: 'acc-client', deliverySponsorId: 'acc-delivery' }));
    draft.categories.technical.escalateToIds = ['acc-cto'];
    expect(ruleRecipients('blocker', draft, peopleFor)).toEqual({
      to: 'Both sponsors and the assignee; for an “is blocked by” link, also the blocking issue’s assignee',
      now: 'Now: client sponsor Emily Carter; delivery sponsor Marcus Reed',
      warning: null,
    });
    expect(ruleRecipients('decisionReminder', draft, peopleFor)).toEqual({ to: 'The decision’s owners', now: 'Now: Product & UX: Priya Nair', warning: null });
    expect(ruleRecipients('staleDecision', draft, peopleFor)).toEqual({
      to: 'The category’s “escalates to” people (the client sponsor where none are named) and the decision’s owners',
      now: 'Now: Technical: Anna Kowalczyk; Product & UX: client sponsor Emily Carter; Scope & timeline: client sponsor Emily Carter',
      warning: null,
    });
    expect(ruleRecipients('scopeChange', draft, peopleFor)).toEqual({
      to: 'The Scope & timeline decision makers and both sponsors',
      now: 'Now: decision makers Daniel Ortiz; client sponsor Emily Carter; delivery sponsor Marcus Reed',
      warning: null,
    });
  });

  it('warns when a role names nobody', () => {
    const draft = draftFromPolicy(policy({ clientSponsorId: null, deliverySponsorId: 'acc-delivery' }));
    expect(ruleRecipients('blocker', draft, peopleFor).warning).toBe('No client sponsor is named under People and budget.');
    draft.deliverySponsorId = null;
    expect(ruleRecipients('scopeChange', draft, peopleFor).warning).toBe('No client or delivery sponsor is named under People and budget.');
    draft.categories.product.escalateToIds = ['acc-cto'];
    expect(ruleRecipients('staleDecision', draft, peopleFor).warning).toBe('Technical and Scope & timeline name nobody to escalate to and no client sponsor is named: only the owners are mentioned.');
  });

  it('lists in words', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('naming and placing escalation paths', () => {
  it('in the history and the unreadable notice', () => {
    expect(pathLabel('escalation.mode')).toBe('Escalations · Mode');
    expect(pathLabel('policy.escalation.rules.decisionReminder.repeatHours')).toBe('Escalations · Decision reminders · Repeat every (hours)');
    expect(pathLabel('escalation.rules.blocker.enabled')).toBe('Escalations · Long blockers · On');
    expect(pathLabel('escalation.rules.blocker.blockedStatusIds.1')).toBe('Escalations · Long blockers · Statuses that mean blocked · #2');
    expect(pathLabel('escalation.exemptions.labels.0')).toBe('Escalations · Exemptions · Labels · #1');
    expect(pathLabel('escalation.workingHoursOnly')).toBe('Escalations · Post only during a recipient’s working hours');
    expect(pathLabel('escalation')).toBe('Escalations');
    expect(escalationPathLabel('escalation.rules')).toBe('Escalations · Rules');
    expect(escalationPathLabel('escalation.constructor')).toBe('Escalations · constructor');
    expect(escalationPathLabel('health.thresholds')).toBeUndefined();
    // The other sections keep their own words.
    expect(pathLabel('health.thresholds.leadTime.redDays')).toBe('Health signals · Lead time · Red above (days)');
    expect(pathLabel('acceptance.readyStatus')).toBe('Acceptance · ready for acceptance status');
  });

  it('places every field message the section can show, and leaves the rest to the list under the form', () => {
    for (const path of [
      'policy.escalation',
      'policy.escalation.mode',
      'policy.escalation.rules.blocker',
      'policy.escalation.rules.blocker.blockedStatusIds.2',
      'policy.escalation.rules.decisionReminder.repeatHours',
      'policy.escalation.rules.scopeChange.enabled',
      'policy.escalation.exemptions.issueTypes',
      'policy.escalation.workingHoursOnly',
    ])
      expect(isEscalationFieldPlaced(path)).toBe(true);
    for (const path of ['policy.escalation.colour', 'policy.escalation.rules.velocity', 'policy.escalation.rules.staleDecision.hours', 'policy.health.thresholds']) expect(isEscalationFieldPlaced(path)).toBe(false);
  });
});
