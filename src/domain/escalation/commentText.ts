/**
 * How an escalation comment writes what it states: people's text on one line and cut to length,
 * instants in UTC (a comment's readers sit in several time zones), counted hours with their clock,
 * points and shares as the health signals write them.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { besideThreshold, hours, points, rate } from '../signals/signal';
import { shownExcerpt } from '../text';

/** How long a decision's question may run in a comment. */
export const QUESTION_MAX = 300;
/** How long a name, a status or a sprint name may run: Jira's own are shorter. */
const NAME_MAX = 120;

/**
 * Text someone typed, as it is (no markup is read into it), on one line, trimmed, made showable
 * (control characters and broken emoji become U+FFFD) and cut to `max` characters, "…" included.
 *
 * @example
 * oneLine('  Which   cache\nfor EU? ', 300) //=> 'Which cache for EU?'
 * oneLine('abcdef', 4) //=> 'abc…'
 */
export function oneLine(text: string, max = NAME_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Code points, so an emoji is never cut in half; the slice bounds the work on a huge text.
  const fits = [...flat.slice(0, 2 * max + 2)].length <= max;
  return shownExcerpt(flat, fits ? max : max - 1);
}

/**
 * A decision's question in a sentence: quoted, or "an untitled decision" when there is none.
 *
 * @example
 * decisionWords('Which payment provider?') //=> 'the decision “Which payment provider?”'
 * decisionWords('  ') //=> 'an untitled decision'
 */
export function decisionWords(question: string | null): string {
  const shown = oneLine(question ?? '', QUESTION_MAX);
  return shown.length > 0 ? `the decision “${shown}”` : 'an untitled decision';
}

/**
 * An instant to the minute in UTC, said so; the year only when it is not the year of `reference`.
 *
 * @example
 * utcWords(Date.UTC(2026, 10, 30, 14, 5), Date.UTC(2026, 11, 2)) //=> 'Mon 30 Nov 14:05 UTC'
 * utcWords(Date.UTC(2025, 11, 30, 9, 0), Date.UTC(2026, 0, 2)) //=> 'Tue 30 Dec 2025 09:00 UTC'
 */
export function utcWords(instant: number, reference: number): string {
  if (!Number.isFinite(instant)) return 'an unknown time';
  const at = new TZDate(instant, 'UTC');
  const sameYear = Number.isFinite(reference) && new TZDate(reference, 'UTC').getFullYear() === at.getFullYear();
  return `${format(at, sameYear ? 'EEE d MMM HH:mm' : 'EEE d MMM yyyy HH:mm')} UTC`;
}

/**
 * Counted hours with the clock that counted them, never rounded onto the threshold they are past.
 *
 * @example
 * countedWords(52.4, 'business hours', 48) //=> '52 h (business hours)'
 * countedWords(48.5, null, 48) //=> 'more than 48 h'
 */
export function countedWords(counted: number, clockWords: string | null, threshold?: number): string {
  const span = threshold === undefined ? hours.words(counted) : besideThreshold(counted, threshold, hours);
  return clockWords ? `${span} (${clockWords})` : span;
}

/**
 * Points past a threshold, with their noun, never rounded onto the threshold (as `countedWords` does hours).
 *
 * @example
 * pointsPast(34, 25) //=> '34 points'
 * pointsPast(25.02, 25) //=> 'more than 25 points'
 */
export function pointsPast(n: number, threshold: number): string {
  const value = besideThreshold(n, threshold, points);
  return `${value} ${value === '1' ? 'point' : 'points'}`;
}

/**
 * A change of an estimate, signed: "+21", "-3".
 *
 * @example
 * signedPoints(21) //=> '+21'
 */
export function signedPoints(n: number): string {
  return points.shown(n) > 0 ? `+${points.words(n)}` : points.words(n);
}

/**
 * A share setting in percent, two decimals at most (it may be 0.25 %).
 *
 * @example
 * percentWords(5) //=> '5 %'
 */
export function percentWords(percent: number): string {
  return `${rate.words(percent)} %`;
}
