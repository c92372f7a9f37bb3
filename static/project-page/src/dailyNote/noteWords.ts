/** The "Today's note" section in words: a day's label in the picker, where the notes are posted. Pure. */
import type { NoteDaysView, NoteDayView } from '../../../../src/contract/dailyNote';

/**
 * A day's label: "Today" for the day under way, else its date (the note's date is the delivery team's).
 * @example dayLabel({ note: { date: '2026-11-23', final: true } }, 1) //=> 'Mon 23 Nov'
 * @example dayLabel({ note: { date: '2026-11-24', final: false } }, 0) //=> 'Today · Tue 24 Nov'
 */
export function dayLabel(day: { note: Pick<NoteDayView['note'], 'date' | 'final'> }, index: number): string {
  const date = new Date(`${day.note.date}T12:00:00Z`);
  const words = Number.isNaN(date.getTime()) ? day.note.date : date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return index === 0 && !day.note.final ? `Today · ${words}` : words;
}

/**
 * Where the notes go, as the section states it: only what the settings and the scanner's mode make true.
 * @example postingWords({ issueKey: 'ENG-1', live: true, dayEnd: '17:00' }, 'Europe/Warsaw') //=> 'Posted as a comment on ENG-1 at the end of each working day (17:00, Europe/Warsaw).'
 * @example postingWords(null, 'Europe/Warsaw') //=> 'Not posted anywhere: a project admin can choose an issue to post it on in the settings.'
 */
export function postingWords(posting: NoteDaysView['posting'], timeZone: string): string {
  if (posting === null) return 'Not posted anywhere: a project admin can choose an issue to post it on in the settings.';
  if (!posting.live) return `To be posted on ${posting.issueKey}, but escalations are in Preview: nothing is posted.`;
  return `Posted as a comment on ${posting.issueKey} at the end of each working day (${posting.dayEnd}, ${timeZone}).`;
}
