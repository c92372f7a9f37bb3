/**
 * The daily note's settings as the form edits them: the issue key as typed (empty: no posting).
 * Its label comes from here, which the history and the unreadable notice use to name a path too.
 */
import { DAILY_NOTE_LIMITS, ISSUE_KEY } from '../../../../src/contract/dailyNoteSettings';
import { fieldOf, sectionPathLabel } from './pathWords';

export const DAILY_NOTE_SECTION_LABEL = 'Daily note';
export const DAILY_NOTE_LABELS = { postToIssueKey: 'Post the note on the issue' } as const;

/**
 * The key to send: trimmed, upper case (Jira's keys are), null when empty.
 *
 * @example postToIssueKeyFrom(' eng-12 ') //=> 'ENG-12'
 * @example postToIssueKeyFrom('') //=> null
 */
export function postToIssueKeyFrom(typed: string): string | null {
  const key = typed.trim().toUpperCase();
  return key === '' ? null : key;
}

/**
 * What the box says before the server is asked: nothing for a key (or nothing typed), else why not.
 *
 * @example keyWarning('ENG 12') //=> 'An issue key is a project key, a dash and a number, such as ENG-12'
 */
export function keyWarning(typed: string): string | null {
  const key = postToIssueKeyFrom(typed);
  if (key === null || (key.length <= DAILY_NOTE_LIMITS.issueKeyMaxLength && ISSUE_KEY.test(key))) return null;
  return 'An issue key is a project key, a dash and a number, such as ENG-12';
}

/**
 * Whether a field message (`policy.dailyNote.`…) is shown in the daily note section.
 *
 * @example isDailyNoteFieldPlaced('policy.dailyNote.postToIssueKey') //=> true
 */
export function isDailyNoteFieldPlaced(path: string): boolean {
  return ['dailyNote', 'dailyNote.postToIssueKey'].includes(fieldOf(path));
}

/**
 * A daily note path in words, for the history and the unreadable notice; undefined outside `dailyNote`.
 *
 * @example dailyNotePathLabel('dailyNote.postToIssueKey') //=> 'Daily note · Post the note on the issue'
 */
export function dailyNotePathLabel(path: string): string | undefined {
  return sectionPathLabel(path, 'dailyNote', DAILY_NOTE_SECTION_LABEL, DAILY_NOTE_LABELS);
}
