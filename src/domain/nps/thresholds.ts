/**
 * The numbers of the Engagement NPS rules, each in one place (PRODUCT.md "Engagement NPS" and
 * "Escalation triggers"). Not settings: the survey's window is (settings.ts).
 */
export const NPS_RULES = {
  /** Fewer answers than this in a quarter are too few to judge: never shown as a score. */
  minAnswers: 3,
  /** 9–10 is a promoter, 7–8 passive, 0–6 a detractor. */
  promoterAtLeast: 9,
  detractorAtMost: 6,
  /** The signal: +30 or more is green, 0 or more amber, below 0 red. */
  greenAtLeast: 30,
  amberAtLeast: 0,
  /** A quarter whose NPS fell this many points or more from the previous quarter's is a sharp drop: a calibration call, and at most amber. */
  dropPoints: 20,
  /** How many quarters, the current one included, the trend shows at most. */
  trendQuarters: 6,
} as const;
