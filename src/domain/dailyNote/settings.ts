/**
 * The daily note's settings (policy `dailyNote`): where the note is posted as a comment at the
 * delivery team's end of each working day, or nowhere. Posting also needs the escalation scanner
 * in Live (policy `escalation.mode`): the note is posted by its scan, through its ledger, so
 * Preview posts nothing of either. Validation: src/domain/policy/dailyNoteSchema.ts.
 */

export interface DailyNoteSettings {
  /** An issue of the project whose watchers get the note by email (a comment each working day); null: not posted. */
  postToIssueKey: string | null;
}

/** Nothing is posted until an admin names the issue. */
export function defaultDailyNoteSettings(): DailyNoteSettings {
  return { postToIssueKey: null };
}
