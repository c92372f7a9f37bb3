/**
 * Validation of the policy's daily note settings (dailyNote/settings.ts): the issue the note is
 * posted on is an issue key, or null for no posting. That it is an issue of this project, and that
 * Jira has it, is the app's to check on save (src/app/dailyNote/settingsCheck.ts). schema.ts puts
 * it into the policy's schema.
 */
import { z } from 'zod';
import type { DailyNoteSettings } from '../dailyNote/settings';
import { DAILY_NOTE_LIMITS as L } from './limits';

/** "ENG-12": a project key (a letter, then letters, digits or underscores), a dash, an issue number. */
export const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}$/;

const issueKeyMessage = 'Enter the key of an issue of this project, such as ENG-12, or leave it empty to post no note';
// Keys are upper case in Jira; one typed in lower case is the same issue.
const postToIssueKey = z.string({ error: issueKeyMessage }).trim().toUpperCase().max(L.issueKeyMaxLength, { error: issueKeyMessage }).regex(ISSUE_KEY, { error: issueKeyMessage }).nullable();

export const dailyNoteSettingsSchema: z.ZodType<DailyNoteSettings> = z.strictObject({ postToIssueKey }, { error: 'Set the daily note settings' });

/** Each daily note setting on its own: what a stored value must be to be shown again (readable.ts). */
export const DAILY_NOTE_SETTING_SCHEMAS = { postToIssueKey } as const;
