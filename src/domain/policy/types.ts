/**
 * The engagement policy a project admin sets on the project settings page:
 * the decision-rights matrix, the people, the calendars and the thresholds.
 * Defaults and validation live beside this file (defaults.ts, schema.ts).
 */
import type { DailyNoteSettings } from '../dailyNote/settings';
import type { EscalationSettings } from '../escalation/settings';
import type { NpsSettings } from '../nps/settings';
import type { HealthSettings } from '../signals/thresholds';
import type { EngagementTeams } from './teams';

export type DecisionCategory = 'technical' | 'product' | 'scope';
export const DECISION_CATEGORIES: readonly DecisionCategory[] = ['technical', 'product', 'scope'];

export type TeamSide = 'client' | 'delivery';

export interface CategoryRule {
  /** Who may record the outcome. For scope & timeline: the named client decision maker(s). */
  ownerIds: string[];
  /** Response SLA in hours; null = no SLA (defaults: technical none, product 24 h, scope none). */
  slaHours: number | null;
  /** A pending decision older than this escalates (default 72 h). */
  staleHours: number;
  /** Who a stale decision escalates to. */
  escalateToIds: string[];
}

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface TeamCalendar {
  /** IANA time zone, e.g. "America/New_York". */
  timeZone: string;
  workingDays: Weekday[];
  /** Local working hours, "HH:mm" 24 h; start < end. */
  dayStart: string;
  dayEnd: string;
}

/**
 * How SLA and stale clocks count time:
 * - wall: every hour counts;
 * - business: only the working hours of the team that owns the category
 *   (technical → delivery, product and scope → client);
 * - overlap: only the daily overlap window (UTC) on days both teams work.
 */
export type ClockMode = 'wall' | 'business' | 'overlap';

/** Customer acceptance settings. */
export interface AcceptanceSettings {
  /**
   * The status in which work waits for the client's verdict; null = a status
   * named like "Ready for acceptance", else the Done category.
   */
  readyStatus: string | null;
  /** Where a change request moves the issue back to; null = leave it where it is. */
  returnStatus: string | null;
  /** Refuse transitions into Done until the client accepted (the workflow validator). */
  gateEnabled: boolean;
}

export interface EngagementPolicy {
  categories: Record<DecisionCategory, CategoryRule>;
  clientSponsorId: string | null;
  deliverySponsorId: string | null;
  /** Customer acceptors (acceptance issue). */
  acceptorIds: string[];
  /** Engagement budget in story points, for the 5 % scope-change rule; null = not set. */
  budgetPoints: number | null;
  calendars: Record<TeamSide, TeamCalendar>;
  /** The daily window both teams are at work, in UTC "HH:mm", e.g. 14:00–18:00. */
  overlapWindow: { start: string; end: string };
  clockMode: ClockMode;
  acceptance: AcceptanceSettings;
  /** The health signals' thresholds and the defect-escape settings (signals/thresholds.ts, healthSchema.ts). */
  health: HealthSettings;
  /** The escalation scanner: preview or live, each rule on or off, exemptions (escalation/settings.ts, escalationSchema.ts). */
  escalation: EscalationSettings;
  /** Each side's members: people, Jira groups, project roles (teams.ts, teamsSchema.ts); both empty by default. */
  teams: EngagementTeams;
  /** The quarterly engagement survey: how many days it stays open (nps/settings.ts, npsSchema.ts). */
  nps: NpsSettings;
  /** Where the daily note is posted each working day, if anywhere (dailyNote/settings.ts, dailyNoteSchema.ts). */
  dailyNote: DailyNoteSettings;
}

/** One setting's change: its dotted path ("categories.product.slaHours") and its values before and after. */
export interface PolicySettingChange {
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * What a history entry records (clientControl.ts, proposals.ts): a save that applied; a proposal
 * that waits for the client sponsor; a pending proposal a later save replaced; the client
 * sponsor's confirmation or rejection of one; a change of the client's control applied at once
 * because no client sponsor could confirm it; the client sponsor's acknowledgement of those.
 */
export type PolicyEventKind = 'saved' | 'proposed' | 'proposal-replaced' | 'confirmed' | 'rejected' | 'applied-unconfirmed' | 'acknowledged';

/** One saved change of the policy, kept for the history the settings page shows. */
export interface PolicyChange {
  at: number;
  byAccountId: string;
  /** The idempotency key of the save: a retried save finds it here. */
  actionId?: string;
  /** Absent in entries from before the client's confirmation existed: those are saves. */
  kind?: PolicyEventKind;
  /** The pending proposal this entry settles (confirmed, rejected, replaced) or, for a new proposal, replaces. */
  proposal?: { byAccountId: string; at: number };
  /** Dotted paths of what changed with before/after values, e.g. "categories.product.slaHours". */
  changes: PolicySettingChange[];
}

/** The changes of a save that weaken the client's control, waiting for the client sponsor; a project has at most one. */
export interface PolicyProposal {
  /** Client-control settings only (clientControl.ts); `before` is what was in force when they were proposed. */
  changes: PolicySettingChange[];
  proposedBy: string;
  proposedAt: number;
}

/** Changes that weakened the client's control and applied at once because no client sponsor could confirm them. */
export interface UnconfirmedChanges {
  /** One per setting: `before` as it was before the first such change, `after` as that change left it. */
  changes: PolicySettingChange[];
  /** Who made them, in the order they first did. */
  byAccountIds: string[];
  since: number;
}
