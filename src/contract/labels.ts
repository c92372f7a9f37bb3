import type { EscalationRuleKey } from './escalation';
import type { DecisionCategoryKey } from './resolvers';

/** The decision categories' names, as both the backend's views and the Custom UI show them. */
export const CATEGORY_LABELS: Record<DecisionCategoryKey, string> = {
  technical: 'Technical',
  product: 'Product & UX',
  scope: 'Scope & timeline',
};

/** The escalation rules' names, as the backend's words and the Custom UI show them (a reminder's own words name its step: "Reminder 2"). */
export const ESCALATION_RULE_LABELS: Record<EscalationRuleKey, string> = {
  blocker: 'Long blocker',
  'decision-reminder': 'Decision reminder',
  'stale-decision': 'Stale decision',
  'scope-change': 'Scope change',
  'daily-note': 'Daily note',
  'calibration-call': 'Calibration call',
};
