/**
 * The policy as the form edits it: numbers as the typed text, so an empty box can
 * mean "none" and a half-typed value survives re-renders. Converted back on save.
 */
import type { DecisionCategoryKey, PolicyInput } from '../../../../src/contract/resolvers';
import { dailyNotePathLabel } from './dailyNoteDraft';
import { escalationDraftFrom, escalationFromDraft, escalationPathLabel, type EscalationDraft } from './escalationDraft';
import { healthDraftFrom, healthFromDraft, healthPathLabel, type HealthDraft } from './healthDraft';
import { partWords } from './pathWords';
import { teamsPathLabel } from './teamsDraft';
import { npsDraftFrom, npsFromDraft, npsPathLabel, type NpsDraft } from './npsDraft';

type Rule = PolicyInput['categories'][DecisionCategoryKey];
export type RuleDraft = Omit<Rule, 'slaHours' | 'staleHours'> & { slaHours: string; staleHours: string };
export type PolicyDraft = Omit<PolicyInput, 'categories' | 'budgetPoints' | 'health' | 'escalation' | 'nps'> & {
  categories: Record<DecisionCategoryKey, RuleDraft>;
  budgetPoints: string;
  health: HealthDraft;
  escalation: EscalationDraft;
  nps: NpsDraft;
};

const text = (n: number | null) => (n === null ? '' : String(n));

export function draftFromPolicy(policy: PolicyInput): PolicyDraft {
  const rule = (r: Rule): RuleDraft => ({ ...r, slaHours: text(r.slaHours), staleHours: text(r.staleHours) });
  return {
    ...structuredClone(policy),
    categories: { technical: rule(policy.categories.technical), product: rule(policy.categories.product), scope: rule(policy.categories.scope) },
    budgetPoints: text(policy.budgetPoints),
    health: healthDraftFrom(policy.health),
    escalation: escalationDraftFrom(policy.escalation),
    nps: npsDraftFrom(policy.nps),
  };
}

/** A number from a box: null when empty (if allowed), undefined when not a number. */
function parse(value: string, emptyIsNull: boolean): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return emptyIsNull ? null : undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/** The policy to send, or the messages (keyed like the server's, `policy.`…) for boxes that hold no number. */
export function policyFromDraft(draft: PolicyDraft): { policy: PolicyInput } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const number = (path: string, value: string, emptyIsNull: boolean): number | null => {
    const n = parse(value, emptyIsNull);
    if (n === undefined) fields[`policy.${path}`] = emptyIsNull ? 'Enter a number, or leave it empty.' : 'Enter a number of hours.';
    return n ?? null;
  };
  const rule = (key: DecisionCategoryKey): Rule => {
    const r = draft.categories[key];
    return {
      ownerIds: r.ownerIds,
      slaHours: number(`categories.${key}.slaHours`, r.slaHours, true),
      staleHours: number(`categories.${key}.staleHours`, r.staleHours, false) ?? 0,
      escalateToIds: r.escalateToIds,
    };
  };
  const policy: PolicyInput = {
    ...draft,
    categories: { technical: rule('technical'), product: rule('product'), scope: rule('scope') },
    budgetPoints: number('budgetPoints', draft.budgetPoints, true),
    calendars: { client: { ...draft.calendars.client, workingDays: [...draft.calendars.client.workingDays].sort((a, b) => a - b) }, delivery: { ...draft.calendars.delivery, workingDays: [...draft.calendars.delivery.workingDays].sort((a, b) => a - b) } },
    health: healthFromDraft(draft.health, fields),
    escalation: escalationFromDraft(draft.escalation, fields),
    nps: npsFromDraft(draft.nps, fields),
  };
  return Object.keys(fields).length > 0 ? { fields } : { policy };
}

const segmentLabels: Record<string, string> = {
  policy: 'Whole policy',
  ownerIds: 'owners',
  slaHours: 'SLA hours',
  staleHours: 'stale after (hours)',
  escalateToIds: 'escalates to',
  clientSponsorId: 'Client sponsor',
  deliverySponsorId: 'Delivery sponsor',
  acceptorIds: 'Customer acceptors',
  budgetPoints: 'Engagement budget (story points)',
  timeZone: 'time zone',
  workingDays: 'working days',
  dayStart: 'day starts',
  dayEnd: 'day ends',
  overlapWindow: 'Overlap window (UTC)',
  start: 'start',
  end: 'end',
  clockMode: 'Clock mode',
  acceptance: 'Acceptance',
  readyStatus: 'ready for acceptance status',
  returnStatus: 'status after a change request',
  gateEnabled: 'keep unaccepted work out of Done',
  technical: 'Technical',
  product: 'Product & UX',
  scope: 'Scope & timeline',
  client: 'Client team',
  delivery: 'Delivery team',
};

/** "categories.product.slaHours" → "Product & UX · SLA hours"; a list item "acceptorIds.0" → "Customer acceptors · #1". */
export function pathLabel(path: string): string {
  const section = healthPathLabel(path) ?? escalationPathLabel(path) ?? teamsPathLabel(path) ?? npsPathLabel(path) ?? dailyNotePathLabel(path);
  if (section !== undefined) return section;
  const parts = path.replace(/^policy\./, '').split('.').filter((p) => p !== 'categories' && p !== 'calendars');
  return parts.map(partWords(segmentLabels)).join(' · ');
}

/** The view's problems keyed like the server's field messages (`policy.`…), so each shows next to its field. */
export function problemFields(problems: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([path, message]) => [`policy.${path}`, message]));
}

/** What each part of the policy form gets from the editor. */
export interface SectionProps {
  draft: PolicyDraft;
  change: (edit: (draft: PolicyDraft) => void) => void;
  fields: Record<string, string> | undefined;
  /** People for account ids (names from PolicyView.people and from picks). */
  peopleFor: (ids: string[]) => import('../../../../src/contract/resolvers').PersonView[];
  /** Sets account ids from picked people and remembers their names. */
  pick: (people: import('../../../../src/contract/resolvers').PersonView[]) => string[];
  readOnly: boolean;
}
