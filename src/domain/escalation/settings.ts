/**
 * The escalation scanner's settings (policy `escalation`), with their documented defaults
 * (PRODUCT.md "Escalation triggers"). The thresholds themselves live where they already are, one
 * place per rule: a blocker escalates past the Blockers signal's red hours
 * (`health.thresholds.blockers.redHours`, 48 h), a decision at its category's `staleHours` (72 h) to
 * its `escalateToIds`, a reminder at its category's `slaHours` (Product & UX: 24 h), a scope change
 * past `health.thresholds.scope.sharePercent` (5 %) of `budgetPoints`.
 */

/** preview: nothing is posted, the settings page lists what would be; live: the scanner posts. */
export type EscalationMode = 'preview' | 'live';

export interface EscalationSettings {
  /** New projects start in preview (PRODUCT.md) until an admin switches them to live. */
  mode: EscalationMode;
  rules: {
    /** Blocker past the threshold → both sponsors (and the assignee). Each source of "blocked" can be switched off. */
    blocker: { enabled: boolean; flagged: boolean; blockedStatusIds: string[]; blockedByLinks: boolean };
    /** A decision past its SLA → a reminder to its owners, repeated every `repeatHours` counted hours until it is stale. */
    decisionReminder: { enabled: boolean; repeatHours: number };
    /** A decision past its category's stale threshold → the category's decision maker (escalateToIds, else the client sponsor). */
    staleDecision: { enabled: boolean };
    /** Scope added or re-estimated in an active sprint (or a scope decision's estimated impact) over the share of the budget → same-day escalation. */
    scopeChange: { enabled: boolean };
  };
  /** Issues the scanner leaves alone: any of these labels, issue types (names, case-insensitive), statuses (ids). */
  exemptions: { labels: string[]; issueTypes: string[]; statusIds: string[] };
  /** Post only while at least one recipient's team is at work (its calendar); otherwise at its next working hour. */
  workingHoursOnly: boolean;
}

/** The label that exempts an issue by default. */
export const DEFAULT_EXEMPT_LABEL = 'no-escalation';
/** The reminder ladder repeats every 24 counted hours by default. */
export const DEFAULT_REMINDER_REPEAT_HOURS = 24;

export function defaultEscalationSettings(): EscalationSettings {
  return {
    mode: 'preview',
    rules: {
      blocker: { enabled: true, flagged: true, blockedStatusIds: [], blockedByLinks: true },
      decisionReminder: { enabled: true, repeatHours: DEFAULT_REMINDER_REPEAT_HOURS },
      staleDecision: { enabled: true },
      scopeChange: { enabled: true },
    },
    exemptions: { labels: [DEFAULT_EXEMPT_LABEL], issueTypes: [], statusIds: [] },
    workingHoursOnly: false,
  };
}
