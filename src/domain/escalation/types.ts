/**
 * What the escalation rules produce: one step of one rule for one subject that is due. The scanner
 * (src/app/escalation) records it in its ledger before anything is posted, keyed by `id`, so each
 * (rule, subject, step) is posted exactly once.
 */

/** 'daily-note': not a rule but the delivery team's daily note, posted once per working day through the same ledger (src/app/dailyNote/post.ts). */
/** 'calibration-call': a dissatisfaction signal's calibration call, an issue created once through the same ledger (src/domain/calibration). */
export type EscalationRule = 'blocker' | 'decision-reminder' | 'stale-decision' | 'scope-change' | 'daily-note' | 'calibration-call';

/** Why a person is addressed (the comment and the UI name it). */
export type RecipientRole = 'client-sponsor' | 'delivery-sponsor' | 'assignee' | 'owner' | 'decision-maker' | 'unblocker';

export interface Recipient {
  accountId: string;
  role: RecipientRole;
}

/** What blocks an issue: its flag, a status the settings mark as blocked, or an "is blocked by" link to an issue not done. */
export type BlockSource =
  | { kind: 'flagged'; since: number }
  | { kind: 'status'; since: number; statusId: string; statusName: string }
  | { kind: 'link'; since: number; issueKey: string; assigneeId: string | null };

/** The facts a comment states, per rule (counted hours in the policy's clock mode, whose words are `clockWords`, null = wall clock). */
export type EscalationFacts =
  | {
      rule: 'blocker';
      summary: string;
      blockedSince: number;
      countedHours: number;
      clockWords: string | null;
      sources: BlockSource[];
      /** The counted hours past which a blocker escalates (the comment names it); absent: "its threshold". */
      thresholdHours?: number;
    }
  | {
      rule: 'decision-reminder';
      decisionId: string;
      question: string;
      raisedBy: string;
      raisedAt: number;
      dueAt: number;
      /** Counted hours past the SLA. */
      countedHoursOverdue: number;
      clockWords: string | null;
      /** 1 for the first reminder, 2 for the first repeat, … */
      reminder: number;
    }
  | {
      rule: 'stale-decision';
      decisionId: string;
      question: string;
      category: 'technical' | 'product' | 'scope';
      raisedBy: string;
      raisedAt: number;
      countedHoursWaiting: number;
      clockWords: string | null;
      /** The category's stale threshold in counted hours (the comment names it); absent: "its stale threshold". */
      thresholdHours?: number;
    }
  | {
      rule: 'scope-change';
      /** A sprint's changes of one day (the client team's calendar day), or a scope decision's estimated impact. */
      source: 'sprint' | 'decision';
      sprintName: string | null;
      /** "2026-12-01", in the client team's time zone. */
      day: string | null;
      decisionId: string | null;
      question: string | null;
      changes: { issueKey: string; kind: 'added' | 'reestimated' | 'decision'; points: number }[];
      totalPoints: number;
      budgetPoints: number;
      thresholdPercent: number;
    }
  | {
      rule: 'calibration-call';
      /** The signal, without who gave it; the issue is created in the project, not commented on one. */
      signal: import('../calibration/signals').CalibrationSignal;
      /** The delivery team's time zone: the call is due a week from the signal's day there. */
      timeZone: string;
    };

export interface DueEscalation {
  /** `<rule>:<subjectId>:<step>` through effectId() (a KVS-safe key): the ledger's key and the comment's mark. */
  id: string;
  rule: EscalationRule;
  /** Issue id and blocked-since instant (a new blocking episode escalates again), decision id, or sprint id and day. */
  subjectId: string;
  /** 'escalate', or 'remind-1', 'remind-2', … on the reminder ladder. */
  step: string;
  /** The issue the comment goes on. */
  issueId: string;
  issueKey: string;
  /** When this step became due. */
  dueAt: number;
  /** Who the comment mentions, in order, each person once. */
  recipients: Recipient[];
  facts: EscalationFacts;
}

/**
 * What the blocker rule and the exemptions read of an issue: the health snapshot's record of it
 * (src/domain/health/healthIssue.ts carries these fields), so a scan reads no more of Jira.
 */
export interface ScannedIssue {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  labels: readonly string[];
  assigneeId: string | null;
  /** When the issue was created: when a status held since before any recorded change was entered (Jira records no change for the first status). */
  created?: number;
  /** The status over time (ids), from the changelog: when the current status was entered is its last segment's `since`. */
  statusId: import('../metrics/fieldHistory').FieldHistory<string | null>;
  /** Flagged now, since the last time the flag was set; null when not flagged. */
  flaggedSince: number | null;
  /** "is blocked by" links now: the blocking issue, when the link was added (changelog), its assignee, whether it is done. */
  blockedBy: readonly { issueKey: string; issueId?: string; since: number; assigneeId: string | null; done: boolean }[];
}
