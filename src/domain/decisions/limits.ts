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
} as const;
