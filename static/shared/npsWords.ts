/** The survey's words, shared by the project page and the issue panel. */
import type { NpsResultView } from '../../src/contract/resolvers';

/** Said wherever the survey or its results are shown. */
export const NPS_ANONYMITY_NOTE =
  'Anonymous: only you can see your own answer. The sponsors and everyone else on the project see the score, the response rate and the comments — never who answered or what anyone answered.';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A calendar date "YYYY-MM-DD" in the browser's words, the same date wherever the browser is.
 *
 * @example
 * calendarDayWords('2027-01-14') //=> '14 Jan 2027' (en-GB)
 */
export function calendarDayWords(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return dayFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The date of an instant in a time zone (the client team's), in the browser's words. */
export function zonedDayWords(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  try {
    return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(date);
  } catch {
    return dayFormat.format(date);
  }
}

/** "Thanks — you can change your answer until 14 Jan 2027". */
export const thanksWords = (lastDay: string) => `Thanks — you can change your answer until ${calendarDayWords(lastDay)}.`;

/**
 * An NPS with its sign.
 *
 * @example
 * npsValueWords(40) //=> '+40'
 * npsValueWords(-10) //=> '−10'
 */
export function npsValueWords(nps: number): string {
  return nps > 0 ? `+${nps}` : nps < 0 ? `−${-nps}` : '0';
}

/**
 * A quarter's result in words: its NPS, or why there is none.
 *
 * @example
 * npsResultWords({ kind: 'too-few', needed: 3 }, 2) //=> 'Too few answers to judge (2 of 3)'
 */
export function npsResultWords(result: NpsResultView, answers: number): string {
  return result.kind === 'score' ? `NPS ${npsValueWords(result.nps)}` : `Too few answers to judge (${answers} of ${result.needed})`;
}

/** "3 of 4 answered (75 %)"; without the team's size, "3 answered". */
export function responseWords(answers: number, audience: number | null, rate: number | null): string {
  if (audience === null || rate === null) return answers === 0 ? 'No answers' : `${answers} answered`;
  return `${answers} of ${audience} answered (${Math.round(rate * 100)} %)`;
}
