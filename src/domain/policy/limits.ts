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
