/**
 * The engagement survey's settings (policy `nps`), with their documented defaults and bounds
 * (PRODUCT.md "Engagement NPS"): the survey opens for the client team at the start of each quarter,
 * in the client team's time zone, for the first `windowDays` days (default 14).
 */

export interface NpsSettings {
  /** The survey is open for this many days from the start of each quarter (client team's calendar days). */
  windowDays: number;
}

/** PRODUCT.md: open for the first 14 days of each quarter by default. */
export const DEFAULT_NPS_WINDOW_DAYS = 14;

/** Bounds the settings page and the answer enforce. */
export const NPS_LIMITS = {
  /** Whole days; at most the shortest quarter (90 days), so a window never runs into the next quarter. */
  windowDays: { min: 1, max: 90 },
  /** An answer's comment, in characters. */
  commentMaxLength: 1000,
  score: { min: 0, max: 10 },
} as const;

export function defaultNpsSettings(): NpsSettings {
  return { windowDays: DEFAULT_NPS_WINDOW_DAYS };
}

/** The one question of the survey. */
export const NPS_QUESTION = 'How likely are you to recommend working with this delivery team to a colleague?';
