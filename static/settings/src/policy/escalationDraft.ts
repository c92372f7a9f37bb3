/**
 * The escalation settings as the form edits them: the repeat as typed text, exempt labels and issue
 * types as comma-separated text, statuses as ids. What each rule is called, when it fires and whom it
 * addresses are said here in words, from the draft itself (its thresholds live under other parts of
 * the page), so the section, the history and the unreadable notice say the same.
 */
import { defaultEscalationSettings, ESCALATION_LIMITS, type EscalationMode, type EscalationSettingsInput } from '../../../../src/contract/escalationSettings';
import { CATEGORY_LABELS } from '../../../../src/contract/labels';
import type { DecisionCategoryKey, PersonView, ProjectSettingsView } from '../../../../src/contract/resolvers';
import { namesFrom, namesText } from './healthDraft';
import { fieldOf, partWords } from './pathWords';
import type { PolicyDraft } from './policyDraft';

type Rules = EscalationSettingsInput['rules'];
export type EscalationRuleKey = keyof Rules;

export interface EscalationDraft {
  mode: EscalationMode;
  rules: Omit<Rules, 'decisionReminder'> & { decisionReminder: { enabled: boolean; repeatHours: string } };
  exemptions: { labels: string; issueTypes: string; statusIds: string[] };
  workingHoursOnly: boolean;
}

export const MODE_OPTIONS: readonly { value: EscalationMode; label: string; sentence: string }[] = [
  { value: 'preview', label: 'Preview', sentence: 'Nothing is posted: the scanner only works out which comments it would post.' },
  { value: 'live', label: 'Live', sentence: 'The scanner posts the comments on the issues, mentioning their recipients, once per step.' },
];

/** The rules in the order the section shows them: a title, the switch's words, and what the rule does. */
export const RULES: readonly { key: EscalationRuleKey; title: string; switchLabel: string; rule: string }[] = [
  {
    key: 'blocker',
    title: 'Long blockers',
    switchLabel: 'Escalate issues blocked too long',
    rule: 'One comment per blocking episode: since when the issue is blocked, by what, and who can unblock it.',
  },
  {
    key: 'decisionReminder',
    title: 'Decision reminders',
    switchLabel: 'Remind the owners of decisions past their SLA',
    rule: 'A pending decision past its SLA reminds its owners, then again after each repeat, until it is stale.',
  },
  {
    key: 'staleDecision',
    title: 'Stale decisions',
    switchLabel: 'Escalate stale decisions',
    rule: 'A decision still pending when it turns stale escalates once, with its question, who raised it and how long it has waited.',
  },
  {
    key: 'scopeChange',
    title: 'Large scope changes',
    switchLabel: 'Escalate large scope changes',
    rule: 'Points added to an active sprint after its start or re-estimated (alone, or with that day’s other changes), or a Scope & timeline decision with a larger estimated impact, escalate the same day.',
  },
];

/** The words of the settings inside the section (paths under `escalation`). */
export const ESCALATION_LABELS = {
  mode: 'Mode',
  flagged: 'Blocked when flagged',
  blockedStatusIds: 'Statuses that mean blocked',
  blockedByLinks: 'Blocked by an “is blocked by” link',
  repeatHours: 'Repeat every (hours)',
  enabled: 'On',
  exemptions: 'Exemptions',
  labels: 'Labels',
  issueTypes: 'Issue types',
  statusIds: 'Statuses',
  workingHoursOnly: 'Post only during a recipient’s working hours',
} as const;

export function escalationDraftFrom(settings: EscalationSettingsInput): EscalationDraft {
  const { rules, exemptions } = structuredClone(settings);
  return {
    mode: settings.mode,
    rules: { ...rules, decisionReminder: { enabled: rules.decisionReminder.enabled, repeatHours: String(rules.decisionReminder.repeatHours) } },
    exemptions: { labels: namesText(exemptions.labels), issueTypes: namesText(exemptions.issueTypes), statusIds: exemptions.statusIds },
    workingHoursOnly: settings.workingHoursOnly,
  };
}

/** The form's escalation settings at the documented defaults. */
export const defaultEscalationDraft = () => escalationDraftFrom(defaultEscalationSettings());

/** What a box holds as a number; undefined when it holds none. */
function parse(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The escalation settings to send; a repeat without a number gets a message under the server's path
 * (`policy.escalation.`…) in `fields` and is sent as 0, which the caller then does not send.
 */
export function escalationFromDraft(draft: EscalationDraft, fields: Record<string, string>): EscalationSettingsInput {
  const repeatHours = parse(draft.rules.decisionReminder.repeatHours);
  if (repeatHours === undefined) fields['policy.escalation.rules.decisionReminder.repeatHours'] = 'Enter a number of hours.';
  const { blocker, staleDecision, scopeChange } = draft.rules;
  return {
    mode: draft.mode,
    rules: {
      blocker: { ...blocker, blockedStatusIds: [...blocker.blockedStatusIds] },
      decisionReminder: { enabled: draft.rules.decisionReminder.enabled, repeatHours: repeatHours ?? 0 },
      staleDecision: { ...staleDecision },
      scopeChange: { ...scopeChange },
    },
    exemptions: { labels: namesFrom(draft.exemptions.labels), issueTypes: namesFrom(draft.exemptions.issueTypes), statusIds: [...draft.exemptions.statusIds] },
    workingHoursOnly: draft.workingHoursOnly,
  };
}

/** Default and range of the reminder repeat, as the form shows them under its box. */
export const repeatHint = () =>
  `Counted on the decision’s clock. Default ${defaultEscalationSettings().rules.decisionReminder.repeatHours} · ${ESCALATION_LIMITS.repeatHours.min}–${ESCALATION_LIMITS.repeatHours.max}`;

type Statuses = ProjectSettingsView['statuses'];
const statusCategoryWords = { new: 'to do', indeterminate: 'in progress', done: 'done' } as const;

/**
 * The statuses to choose from: the project's, by id (a shared name is told apart by its id), plus
 * any chosen id the workflow no longer has, so it shows (and can be unchosen) instead of vanishing.
 *
 * @example
 * statusChoices([{ id: '3', name: 'Blocked', category: 'indeterminate' }], ['3', '99'])
 * //=> [{ id: '3', label: 'Blocked (in progress)' }, { id: '99', label: 'Status 99 (not in the workflow)' }]
 */
export function statusChoices(statuses: Statuses, chosen: readonly string[]): { id: string; label: string }[] {
  const key = (name: string) => name.trim().toLowerCase();
  const choices = statuses.map((s) => {
    const shared = statuses.filter((o) => key(o.name) === key(s.name)).length > 1;
    return { id: s.id, label: `${s.name} (${statusCategoryWords[s.category]}${shared ? `, status ${s.id}` : ''})` };
  });
  for (const id of chosen) if (!statuses.some((s) => s.id === id)) choices.push({ id, label: `Status ${id} (not in the workflow)` });
  return choices;
}

/** A box's text as shown in a sentence: its number, or a dash when it holds none. */
const shownNumber = (text: string) => {
  const n = parse(text);
  return n === undefined ? '—' : String(n);
};
const categories: readonly DecisionCategoryKey[] = ['technical', 'product', 'scope'];

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * When a rule fires, with where that threshold is set on this page (read from the draft, so it
 * follows an unsaved change), and a warning when the rule has nothing to go by.
 *
 * @example
 * ruleThreshold('blocker', draftFromPolicy(defaultPolicy())).words
 * //=> 'After 48 h — the Blockers signal’s red threshold under Health signals'
 */
export function ruleThreshold(rule: EscalationRuleKey, draft: PolicyDraft): { words: string; warning: string | null } {
  if (rule === 'blocker') return { words: `After ${shownNumber(draft.health.thresholds.blockers.redHours)} h — the Blockers signal’s red threshold under Health signals`, warning: null };
  if (rule === 'scopeChange') {
    const share = parse(draft.health.thresholds.scope.sharePercent);
    const budget = parse(draft.budgetPoints);
    const points = share !== undefined && budget !== undefined && budget > 0 ? ` (${Math.round(share * budget) / 100} of ${budget} points)` : '';
    return {
      words: `Over ${shownNumber(draft.health.thresholds.scope.sharePercent)} % of the budget${points} — the Scope change threshold under Health signals`,
      warning: budget === undefined || budget <= 0 ? 'No engagement budget is set under People and budget: this rule has nothing to measure a change against.' : null,
    };
  }
  const reminder = rule === 'decisionReminder';
  const hours = categories.map((c) => ({ label: CATEGORY_LABELS[c], text: draft.categories[c][reminder ? 'slaHours' : 'staleHours'].trim() }));
  // An empty SLA means none (no reminders); an empty stale threshold is refused on save, shown as a dash.
  const set = reminder ? hours.filter((h) => h.text !== '') : hours;
  const unset = reminder ? hours.filter((h) => h.text === '') : [];
  const where = reminder ? 'At the category’s SLA under Who decides what' : 'At the category’s stale hours under Who decides what';
  const same = set.length === categories.length && set.every((h) => shownNumber(h.text) === shownNumber(set[0]!.text));
  const each = same ? [`after ${shownNumber(set[0]!.text)} h in every category`] : set.map((h) => `${h.label} after ${shownNumber(h.text)} h`);
  const none = unset.length > 0 ? [`${listWords(unset.map((h) => h.label))} ${unset.length === 1 ? 'has' : 'have'} no SLA, so no reminders`] : [];
  return {
    words: `${where}: ${[...each, ...none].join('; ')}`,
    warning: reminder && set.length === 0 ? 'No category has an SLA: no decision gets a reminder.' : null,
  };
}

/** Whom a rule's comment addresses: in words, the people named now, and a warning when a role names nobody. */
export interface RecipientWords {
  to: string;
  now: string | null;
  warning: string | null;
}

/**
 * Whom a rule's comments mention, from the draft's people (`peopleFor` names them).
 *
 * @example
 * ruleRecipients('blocker', draft, peopleFor).to
 * //=> 'Both sponsors and the assignee; for an “is blocked by” link, also the blocking issue’s assignee'
 */
export function ruleRecipients(rule: EscalationRuleKey, draft: PolicyDraft, peopleFor: (ids: string[]) => PersonView[]): RecipientWords {
  const names = (ids: readonly (string | null)[]) => listWords(peopleFor(ids.filter((id): id is string => id !== null)).map((p) => p.displayName));
  const sponsors: string[] = [];
  if (draft.clientSponsorId) sponsors.push(`client sponsor ${names([draft.clientSponsorId])}`);
  if (draft.deliverySponsorId) sponsors.push(`delivery sponsor ${names([draft.deliverySponsorId])}`);
  const missingSponsor = draft.clientSponsorId ? (draft.deliverySponsorId ? null : 'delivery sponsor') : draft.deliverySponsorId ? 'client sponsor' : 'client or delivery sponsor';
  const sponsorWarning = missingSponsor ? `No ${missingSponsor} is named under People and budget.` : null;
  const now = (parts: string[]) => (parts.length > 0 ? `Now: ${parts.join('; ')}` : null);
  switch (rule) {
    case 'blocker':
      return { to: 'Both sponsors and the assignee; for an “is blocked by” link, also the blocking issue’s assignee', now: now(sponsors), warning: sponsorWarning };
    case 'decisionReminder': {
      const owners = categories.filter((c) => draft.categories[c].slaHours.trim() !== '' && draft.categories[c].ownerIds.length > 0).map((c) => `${CATEGORY_LABELS[c]}: ${names(draft.categories[c].ownerIds)}`);
      return { to: 'The decision’s owners', now: now(owners), warning: null };
    }
    case 'staleDecision': {
      const makers = categories.map((c) => {
        const to = draft.categories[c].escalateToIds;
        if (to.length > 0) return `${CATEGORY_LABELS[c]}: ${names(to)}`;
        return `${CATEGORY_LABELS[c]}: ${draft.clientSponsorId ? `client sponsor ${names([draft.clientSponsorId])}` : 'nobody'}`;
      });
      const nobody = categories.filter((c) => draft.categories[c].escalateToIds.length === 0 && !draft.clientSponsorId).map((c) => CATEGORY_LABELS[c]);
      return {
        to: 'The category’s “escalates to” people (the client sponsor where none are named) and the decision’s owners',
        now: now(makers),
        warning: nobody.length > 0 ? `${listWords(nobody)} ${nobody.length === 1 ? 'names' : 'name'} nobody to escalate to and no client sponsor is named: only the owners are mentioned.` : null,
      };
    }
    case 'scopeChange': {
      const makers = draft.categories.scope.ownerIds.length > 0 ? [`decision makers ${names(draft.categories.scope.ownerIds)}`] : [];
      return { to: 'The Scope & timeline decision makers and both sponsors', now: now([...makers, ...sponsors]), warning: sponsorWarning };
    }
  }
}

const RULE_FIELDS: Record<EscalationRuleKey, readonly string[]> = {
  blocker: ['enabled', 'flagged', 'blockedStatusIds', 'blockedByLinks'],
  decisionReminder: ['enabled', 'repeatHours'],
  staleDecision: ['enabled'],
  scopeChange: ['enabled'],
};

/** Each settings path of the escalation section that the section shows an error next to (`policy.` stripped). */
const PLACED = new Set<string>([
  'escalation',
  'escalation.mode',
  'escalation.rules',
  ...RULES.flatMap(({ key }) => [`escalation.rules.${key}`, ...RULE_FIELDS[key].map((f) => `escalation.rules.${key}.${f}`)]),
  'escalation.exemptions',
  'escalation.exemptions.labels',
  'escalation.exemptions.issueTypes',
  'escalation.exemptions.statusIds',
  'escalation.workingHoursOnly',
]);

/**
 * Whether a field message (`policy.escalation.`…) is shown in the escalation section; a list item's
 * is shown on its list.
 *
 * @example
 * isEscalationFieldPlaced('policy.escalation.rules.decisionReminder.repeatHours') //=> true
 * isEscalationFieldPlaced('policy.escalation.exemptions.labels.2') //=> true
 * isEscalationFieldPlaced('policy.escalation.rules.colour') //=> false
 */
export function isEscalationFieldPlaced(path: string): boolean {
  return PLACED.has(fieldOf(path));
}

/**
 * An escalation path in words, for the history and the unreadable notice; undefined outside `escalation`.
 *
 * @example
 * escalationPathLabel('escalation.rules.decisionReminder.repeatHours') //=> 'Escalations · Decision reminders · Repeat every (hours)'
 * escalationPathLabel('policy.escalation.exemptions.labels.0') //=> 'Escalations · Exemptions · Labels · #1'
 */
export function escalationPathLabel(path: string): string | undefined {
  const parts = path.replace(/^policy\./, '').split('.');
  if (parts[0] !== 'escalation') return undefined;
  const rest = parts.slice(1);
  if (rest[0] === 'rules') {
    rest.shift();
    const rule = RULES.find((r) => r.key === rest[0]);
    if (rule) rest[0] = rule.title;
    else if (rest.length === 0) rest.push('Rules');
  }
  return ['Escalations', ...rest.map(partWords(ESCALATION_LABELS))].join(' · ');
}
