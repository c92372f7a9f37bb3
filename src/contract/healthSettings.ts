/**
 * The policy's health settings as the settings page edits them, with their documented defaults
 * and bounds. The domain owns them (src/domain/signals/thresholds.ts, src/domain/policy/limits.ts);
 * the contract re-exports them, so the Custom UI shows the same numbers the server validates with.
 */
export type { DefectEscapeSettings, HealthSettings as HealthSettingsInput, HealthThresholds } from '../domain/signals/thresholds';
export { defaultHealthSettings } from '../domain/signals/thresholds';
export { HEALTH_LIMITS } from '../domain/policy/limits';
