/**
 * What every health signal returns, and the one way its reasons write numbers for people: points
 * without a trailing ".0", whole percentages, hours and days, counts with their noun. A reason
 * never rounds a number onto or across the threshold it is judged against ("less than 80 %", not
 * "80 %" for 79.6 % below an 80 % threshold).
 */
import type { SignalKey, SignalLevel } from '../../contract/health';
import { durationWords } from '../decisions/durationWords';
import { ROLLING_VELOCITY_SPRINTS } from '../metrics/thresholds';
import { shownExcerpt } from '../text';

export interface HealthSignal {
  key: SignalKey;
  title: string;
  level: SignalLevel;
  /** One sentence that names the numbers behind the level (or says what is missing). */
  reason: string;
  /** The sprint the reason names, when it names one: the tile opens that sprint's issues. */
  subject?: string;
}

/** Each tile's title. */
export const SIGNAL_TITLES: Record<SignalKey, string> = {
  velocity: 'Velocity',
  scope: 'Scope change',
  leadTime: 'Lead time',
  defectEscape: 'Defect escape',
  decisions: 'Decisions',
  acceptance: 'Customer acceptance',
  blockers: 'Blockers',
  partner: 'Partner signal',
  nps: 'Engagement NPS',
};

/** How many recent sprints the sprint signals (predictability, scope, acceptance) look at: the rolling window, so they all read the same sprints. */
export const RECENT_SPRINTS = ROLLING_VELOCITY_SPRINTS;

export function signal(key: SignalKey, level: SignalLevel, reason: string, subject?: string): HealthSignal {
  return { key, title: SIGNAL_TITLES[key], level, reason, ...(subject !== undefined ? { subject } : {}) };
}

const HOUR = 3_600_000;

/** Rounded half away from zero to `decimals`, never −0. */
function roundTo(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(n) * Math.round(Math.abs(n) * factor)) / factor + 0;
}

/**
 * Below this, a rounded number is written here exactly as Intl's en-US format writes it ("1,234.5"):
 * a snapshot is computed once per invocation, and Intl's number data would be loaded for a few words.
 */
const WRITTEN_BELOW = 1e9;
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberWords(n: number, decimals: number): string {
  const rounded = roundTo(n, decimals);
  if (Math.abs(rounded) < WRITTEN_BELOW) {
    const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.');
    const digits = (fraction ?? '').replace(/0+$/, '');
    return `${rounded < 0 ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${digits === '' ? '' : `.${digits}`}`;
  }
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format.format(rounded);
}

/** A bare count, grouped: "1,200". */
export const count: NumberWords = {
  shown: (n) => roundTo(n, 0),
  words: (n) => numberWords(n, 0),
};

/** "1 sprint", "3 sprints", "1,200 issues". */
export function countWords(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberWords(count, 0)} ${count === 1 ? singular : plural}`;
}

/**
 * A formatter of one kind of number: the value a reader sees (`shown`) and its words.
 * `shown` is what `words` rounds to, so a threshold comparison can see what the reader sees.
 */
export interface NumberWords {
  shown(n: number): number;
  words(n: number): string;
}

/** Points (or any estimate), one decimal at most: "83", "12.5", "1,234". */
export const points: NumberWords = {
  shown: (n) => roundTo(n, 1),
  words: (n) => numberWords(n, 1),
};

/** Points with their noun: "1 point", "12.5 points". */
export function pointsWords(n: number): string {
  return `${points.words(n)} ${points.shown(n) === 1 ? 'point' : 'points'}`;
}

/** A share given as a fraction (0.834), in whole percent: "83 %"; a share above 0 that would read "0 %" reads "less than 1 %". */
export const percent: NumberWords = {
  shown: (fraction) => roundTo(fraction * 100, 0) / 100,
  words: (fraction) => {
    const value = fraction * 100;
    if (value > 0 && value < 0.5) return 'less than 1 %';
    return `${numberWords(value, 0)} %`;
  },
};

/** Days, one decimal at most: "1 day", "12.5 days". */
export const days: NumberWords = {
  shown: (n) => roundTo(n, 1),
  words: (n) => `${numberWords(n, 1)} ${roundTo(n, 1) === 1 ? 'day' : 'days'}`,
};

/** A rate, two decimals at most: "0.25". */
export const rate: NumberWords = {
  shown: (n) => roundTo(n, 2),
  words: (n) => numberWords(n, 2),
};

/** Hours rounded down, as spans are everywhere in the app: "47 h", "30 min" (counted hours may be business hours, so never days). */
export const hours: NumberWords = {
  shown: (n) => (n < 1 ? Math.floor(n * 60) / 60 : Math.floor(n)),
  words: (n) => durationWords(n * HOUR, { days: false }),
};

/** Wall-clock hours rounded down, in days past a day: "5 h", "2 d 3 h". */
export const wallHours: NumberWords = {
  shown: hours.shown,
  words: (n) => durationWords(n * HOUR, { days: true }),
};

/**
 * A value in words beside the threshold it is judged against: rounded as usual, unless rounding
 * would put it on or across the threshold — then "more than" / "less than" the threshold.
 *
 * @example
 * besideThreshold(0.796, 0.8, percent) //=> 'less than 80 %'
 * besideThreshold(48.5, 48, hours) //=> 'more than 48 h'
 * besideThreshold(0.75, 0.8, percent) //=> '75 %'
 */
export function besideThreshold(value: number, threshold: number, format: NumberWords): string {
  const shown = format.shown(value);
  if (value > threshold && shown <= threshold) return `more than ${format.words(threshold)}`;
  if (value < threshold && shown >= threshold) return `less than ${format.words(threshold)}`;
  return format.words(value);
}

/** How long a quoted text (a decision's question) may run in a reason. */
const QUOTE_MAX = 40;

/**
 * A text quoted in a reason: on one line, cut to a few words' length.
 *
 * @example
 * quoted('Which payment provider\ndo we use for the EU launch?') //=> '“Which payment provider do we use for the…”'
 */
export function quoted(text: string): string {
  return `“${shownExcerpt(text.replace(/\s+/g, ' ').trim(), QUOTE_MAX)}”`;
}
