/**
 * The daily note as the project page shows it (src/app/dailyNote/noteDays.ts): each working day's
 * note in words, and where it is posted. The renderings the page copies are the domain's own pure
 * functions, re-exported here so the browser renders exactly what the server would. Dates are ISO strings.
 */
export type { DailyNote as DailyNoteView, NoteLine as NoteLineView, NoteSection as NoteSectionView, NoteSectionKey } from '../domain/dailyNote/types';
export { issueUrl, noteMarkdown, noteText } from '../domain/dailyNote/render';

/** One working day's note, and the comment that posted it when one did (from the scanner's ledger). */
export interface NoteDayView {
  note: import('../domain/dailyNote/types').DailyNote;
  /** The note was posted as a comment: when, and on which issue. Null when it was not (not set up, Preview, not due yet, or waiting). */
  posted: { at: string; issueKey: string } | null;
}

/** The project page's "Today's note": today's (or the last working day's), then the previous working days. */
export interface NoteDaysView {
  projectKey: string;
  /** The delivery team's zone, in which the notes state their times. */
  timeZone: string;
  /** Newest first: the note of the delivery team's current working day (or the last one, on a day off), then earlier days. */
  days: NoteDayView[];
  /** Where the notes are posted: the issue, and whether the scanner is Live (Preview posts nothing); null when no issue is set. */
  posting: { issueKey: string; live: boolean; dayEnd: string } | null;
  /** When the health snapshot the notes read was computed; null before the first one. */
  snapshotAt: string | null;
}
