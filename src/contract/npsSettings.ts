/**
 * The policy's survey settings as the settings page edits them, with their default and bounds. The
 * domain owns them (src/domain/nps/settings.ts); the contract re-exports them, so the Custom UI shows
 * the same numbers the server validates with.
 */
export type { NpsSettings as NpsSettingsInput } from '../domain/nps/settings';
export { DEFAULT_NPS_WINDOW_DAYS, defaultNpsSettings, NPS_LIMITS, NPS_QUESTION } from '../domain/nps/settings';
