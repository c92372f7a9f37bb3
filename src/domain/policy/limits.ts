import { ROLLING_VELOCITY_SPRINTS } from '../metrics/thresholds';

/** Bounds the settings page enforces on a policy (schema.ts). */
export const POLICY_LIMITS = {
  accountIdMaxLength: 128,
  peoplePerList: 50,
  slaHours: { min: 1, max: 720 },
  /** 2160 h = 90 days. */
  staleHours: { min: 1, max: 2160 },
  budgetPointsMax: 1_000_000,
  timeZoneMaxLength: 64,
  /** What one types into the people picker to find someone. */
  personQueryMaxLength: 100,
} as const;

/** Bounds of the health settings (healthSchema.ts); the settings page shows them as each field's range. */
export const HEALTH_LIMITS = {
  /** Sprints outside the predictability band: a count of the sprints the rolling window judges. */
  sprintsOutside: { min: 1, max: ROLLING_VELOCITY_SPRINTS },
  scopeSharePercent: { min: 0.1, max: 100 },
  leadTimeDays: { min: 1, max: 365 },
  /** Escaped bugs per shipped feature. */
  defectEscapeRate: { min: 0, max: 10 },
  percent: { min: 0, max: 100 },
  /** As long as a decision may wait before it goes stale (2160 h = 90 days). */
  blockerHours: { min: 1, max: 2160 },
  windowDays: { min: 1, max: 90 },
  /** Bug type names and labels, each list. */
  entriesPerList: 20,
  /** Jira's longest issue type name. */
  issueTypeNameMaxLength: 60,
  /** Jira's longest label. */
  labelMaxLength: 255,
} as const;

/** Bounds of the escalation settings (escalationSchema.ts). */
export const ESCALATION_LIMITS = {
  /** The reminder ladder's repeat, in counted hours. */
  repeatHours: { min: 1, max: 720 },
  /** Labels, issue types and statuses, each list. */
  entriesPerList: 20,
  issueTypeNameMaxLength: 60,
  labelMaxLength: 255,
  /** Jira status ids are numbers as strings. */
  statusIdMaxLength: 32,
} as const;

/** Bounds of the two teams (teamsSchema.ts); the people a side names have the people fields' bound (`peoplePerList`). */
export const TEAM_LIMITS = {
  groupsPerSide: 20,
  rolesPerSide: 20,
  /** Jira group ids are UUIDs; some room for other forms. */
  groupIdMaxLength: 128,
  /** Project role ids are numbers as text. */
  roleIdMaxLength: 18,
} as const;

/** Bounds of the daily note's settings (dailyNoteSchema.ts). */
export const DAILY_NOTE_LIMITS = {
  /** A project key (up to 10 characters on most sites, Jira allows more), a dash, an issue number. */
  issueKeyMaxLength: 64,
} as const;
