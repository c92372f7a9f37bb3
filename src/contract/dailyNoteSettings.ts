/**
 * The policy's daily note settings as the settings page edits them, with their bound. The domain
 * owns them (src/domain/dailyNote/settings.ts, src/domain/policy/limits.ts); the contract
 * re-exports them, so the Custom UI checks keys the way the server does.
 */
export type { DailyNoteSettings as DailyNoteSettingsInput } from '../domain/dailyNote/settings';
export { defaultDailyNoteSettings } from '../domain/dailyNote/settings';
export { ISSUE_KEY } from '../domain/policy/dailyNoteSchema';
export { DAILY_NOTE_LIMITS } from '../domain/policy/limits';
