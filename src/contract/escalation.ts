/**
 * The escalation scanner as the pages show it (src/app/escalation): what is open, what was
 * posted (the audit trail), the last run's report, and the settings page's preview. Every claim
 * here comes from the ledger in app storage: "escalated" is shown only for a comment on record.
 * Dates are ISO strings.
 */

export type EscalationRuleKey = 'blocker' | 'decision-reminder' | 'stale-decision' | 'scope-change' | 'daily-note' | 'calibration-call';
export type EscalationModeKey = 'preview' | 'live';

export interface EscalationRecipientView {
  accountId: string;
  displayName: string;
  /** Why they are addressed: "client sponsor", "assignee", "owner", "decision maker", … */
  role: string;
}

/** One step of one rule for one subject: due (preview), posted, or planned and waiting to be posted. */
export interface EscalationItemView {
  id: string;
  rule: EscalationRuleKey;
  /** "Blocker over 48 h", "Reminder 2", "Stale decision", "Scope change over 5 %". */
  ruleWords: string;
  step: string;
  issueKey: string;
  /** When this step became due. */
  dueAt: string;
  state: 'would-post' | 'planned' | 'posted';
  /** When the comment was posted (state posted); null otherwise. */
  postedAt: string | null;
  recipients: EscalationRecipientView[];
  /** The comment as plain text (mentions as @Name). */
  text: string;
  /** The decision it is about, for decision rules. */
  decisionId: string | null;
}

/** What one scan did, counted and with the reasons of what it did not do. */
export interface EscalationRunView {
  at: string;
  mode: EscalationModeKey;
  /** Steps due now (after exemptions). */
  due: number;
  posted: number;
  /** Due and already on record (posted by an earlier run, or found in Jira after an interrupted one). */
  alreadyDone: number;
  exempt: { issueKey: string; rule: EscalationRuleKey; reason: string }[];
  /** Waiting for working hours, or for the next run (budget, a comment being posted by another run). */
  deferred: { issueKey: string; rule: EscalationRuleKey; until: string | null; reason: string }[];
  failed: { issueKey: string; rule: EscalationRuleKey; reason: string }[];
  /** Set when the run stopped on its budget: what ran out, and that the rest is left to the next run. */
  stoppedOnBudget: string | null;
  /** Rules that could not be checked this run and why ("blockers: the health snapshot is from 3 h ago"). */
  skipped: string[];
}

/** The project page's "Escalations" section. */
export interface EscalationsView {
  mode: EscalationModeKey;
  /** Posted escalations whose condition still held at the last run, by rule, oldest first. */
  open: EscalationItemView[];
  /** Every comment posted, newest first (at most `historyLimit`; the CSV exports these). */
  history: EscalationItemView[];
  historyTotal: number;
  lastRun: EscalationRunView | null;
}

/** The issue panel: this issue's escalations and their steps. */
export interface IssueEscalationsView {
  mode: EscalationModeKey;
  items: EscalationItemView[];
  /** The server's time when it answered: ages ("posted 3 h ago") count from the server's clock. */
  servedAt: string;
}

/** The settings page's preview: what the scanner would post now, with full text and recipients. */
export interface EscalationPreviewView {
  mode: EscalationModeKey;
  computedAt: string;
  /** Due now and not yet posted: each would be posted by the next run in Live mode. */
  wouldPost: EscalationItemView[];
  /** Due now and already posted. */
  alreadyPosted: number;
  exempt: EscalationRunView['exempt'];
  deferred: EscalationRunView['deferred'];
  skipped: string[];
}
