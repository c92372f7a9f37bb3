/**
 * The policy's escalation settings as the settings page edits them, with their documented defaults
 * and bounds. The domain owns them (src/domain/escalation/settings.ts, src/domain/policy/limits.ts);
 * the contract re-exports them, so the Custom UI shows the same numbers the server validates with.
 */
export type { EscalationMode, EscalationSettings as EscalationSettingsInput } from '../domain/escalation/settings';
export { DEFAULT_EXEMPT_LABEL, DEFAULT_REMINDER_REPEAT_HOURS, defaultEscalationSettings } from '../domain/escalation/settings';
export { ESCALATION_LIMITS } from '../domain/policy/limits';
