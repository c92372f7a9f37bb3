/** Bounds of what an acceptor writes (rules.ts) and of a status name in the settings (policy schema). */
export const ACCEPTANCE_LIMITS = {
  feedbackMaxLength: 5000,
  statusNameMaxLength: 255,
} as const;
