/** Lengths the decision rules accept (rules.ts). */
export const DECISION_LIMITS = {
  questionMaxLength: 1000,
  optionsMax: 10,
  optionMaxLength: 200,
  outcomeMaxLength: 5000,
  approvalMaxLength: 5000,
  withdrawReasonMaxLength: 1000,
} as const;
