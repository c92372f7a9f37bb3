/** Lengths and counts the decision rules accept (rules.ts). */
export const DECISION_LIMITS = {
  questionMaxLength: 1000,
  optionsMax: 10,
  optionMaxLength: 200,
  outcomeMaxLength: 5000,
  approvalMaxLength: 5000,
  withdrawReasonMaxLength: 1000,
  /** Open (pending) decisions one issue may hold: more is a backlog nobody can answer, not a decision log. */
  openPerIssueMax: 50,
  /** A Scope & timeline decision's estimated impact: more than 0 story points and at most this many… */
  impactPointsMax: 1_000_000,
  /** …written to at most this many decimal places, as estimates are ("2.5 points"). */
  impactPointsDecimals: 1,
} as const;
