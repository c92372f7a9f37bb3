/**
 * The engagement survey as the Custom UI shows it (PRODUCT.md "Engagement NPS"). Anonymity is in the
 * shapes: the prompt carries only the caller's own answer; the NPS carries counts, rates and
 * comments, never who answered or what any one person answered. Dates are ISO strings.
 */

/** The open survey as the caller sees it; null (on the views) when it is closed or the caller is not on the client team. */
export interface SurveyPromptView {
  /** "2027-Q1" and "Q1 2027". */
  quarter: string;
  label: string;
  question: string;
  opensAt: string;
  /** The first moment no answer is taken. */
  closesAt: string;
  /** The last day answers are taken (and changed), "YYYY-MM-DD" in the client team's time zone. */
  lastDay: string;
  /** The client team's time zone, which the survey's days are counted in. */
  timeZone: string;
  /** The caller's own answer to this quarter's survey; null while they have not answered. */
  answer: { score: number; comment: string | null; at: string } | null;
  /** The caller chose "Not today" today (their day in the client team's time zone): no prompt until tomorrow. */
  dismissedToday: boolean;
}

export type NpsResultView =
  | { kind: 'score'; nps: number; promoters: number; passives: number; detractors: number }
  | { kind: 'too-few'; needed: number };

/** One quarter of the trend. */
export interface NpsQuarterView {
  quarter: string;
  label: string;
  /** The current quarter's survey is open now. */
  open: boolean;
  answers: number;
  /** The client team's size, as it was at the quarter's last answer (the current quarter: now, while open); null when not known. */
  audience: number | null;
  /** answers ÷ audience, 0..1; null when the audience is not known. */
  responseRate: number | null;
  result: NpsResultView;
  /** The NPS minus the previous quarter's, when both are judged; null otherwise. */
  change: number | null;
  /** The comments, without names, in alphabetical order (their order tells nothing of who wrote them or when); none while too few answered. */
  comments: string[];
}

/** The NPS section of the project page: for everyone who may see the project. */
export interface NpsView {
  /** Oldest first, ending with the current quarter. */
  quarters: NpsQuarterView[];
  /** The current quarter's survey window. */
  survey: { quarter: string; label: string; open: boolean; opensAt: string; closesAt: string; lastDay: string; nextOpensAt: string; timeZone: string; windowDays: number };
  /** Fewer answers than this are too few to judge. */
  minAnswers: number;
  /** How the NPS is computed and judged, with the thresholds. */
  formula: string;
}
