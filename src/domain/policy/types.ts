/**
 * The engagement policy a project admin sets on the project settings page:
 * the decision-rights matrix, the people, the calendars and the thresholds.
 * Defaults and validation live beside this file (defaults.ts, schema.ts).
 */

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
}

/** One saved change of the policy, kept for the history the settings page shows. */
export interface PolicyChange {
  at: number;
  byAccountId: string;
  /** The idempotency key of the save: a retried save finds it here. */
  actionId?: string;
  /** Dotted paths of what changed with before/after values, e.g. "categories.product.slaHours". */
  changes: { path: string; before: unknown; after: unknown }[];
}
