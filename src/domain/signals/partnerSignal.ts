import { besideThreshold, count, countWords, percent, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** Fewer new ideas and problems than this in the judged month: a share of them says nothing yet. */
export const PARTNER_MIN_IDEAS = 5;

/** One calendar month as the partner signal reads it. */
export interface PartnerSignalMonth {
  /** 'YYYY-MM': the tile opens the issues of the month it judged (`subject`). */
  key: string;
  /** The month in the reason's words: "November". */
  name: string;
  /** The month has ended: only ended months are judged (the current one is still filling up). */
  complete: boolean;
  /** Ideas and problems the client team raised unprompted. */
  client: number;
  /** All the ideas and problems that count (not created by an app, not follow-ups of a change request). */
  counted: number;
}

export interface PartnerSignalInput {
  /** Oldest first. */
  months: readonly PartnerSignalMonth[];
}

const ideas = (n: number) => countWords(n, 'new idea or problem', 'new ideas and problems');

/** How the judged month compares with the month before it, in the reason's words ('' without a month before). */
function trendWords(share: number, before: PartnerSignalMonth | undefined): string {
  if (!before) return '';
  if (before.counted === 0) return `, after none in ${before.name}`;
  const [now, then] = [percent.shown(share), percent.shown(before.client / before.counted)];
  if (now === then) return `, as in ${before.name}`;
  return `, ${now < then ? 'down' : 'up'} from ${percent.words(before.client / before.counted)} in ${before.name}`;
}

/**
 * The share of the last ended month's new ideas and problems the client team raised: below
 * `amberPercent` → amber, below `redPercent` → red; fewer than 5 in that month → not enough data.
 * The reason compares it with the month before.
 *
 * @example
 * partnerSignal({ months: [{ key: '2026-10', name: 'October', complete: true, client: 5, counted: 13 }, { key: '2026-11', name: 'November', complete: true, client: 4, counted: 19 }, { key: '2026-12', name: 'December', complete: false, client: 1, counted: 2 }] }, thresholds)
 * //=> { key: 'partner', title: 'Partner signal', level: 'amber', subject: '2026-11',
 * //     reason: 'Client raised 4 of 19 new ideas and problems in November (21 %), down from 38 % in October, below the 25 % amber threshold' }
 */
export function partnerSignal(input: PartnerSignalInput, thresholds: HealthThresholds): HealthSignal {
  let at = input.months.length - 1;
  while (at >= 0 && !input.months[at]!.complete) at--;
  const month = input.months[at];
  if (!month) return signal('partner', 'not-enough-data', 'No calendar month has ended yet; the share is judged on the last month that has');
  const before = input.months[at - 1];

  if (month.counted < PARTNER_MIN_IDEAS) {
    const have = month.counted === 0 ? `No new ideas or problems were created in ${month.name}` : `Client raised ${count.words(month.client)} of ${ideas(month.counted)} in ${month.name}`;
    return signal('partner', 'not-enough-data', `${have}; ${PARTNER_MIN_IDEAS} needed to judge the client's share`, month.key);
  }

  const share = month.client / month.counted;
  const { amberPercent: amber, redPercent: red } = thresholds.partner;
  // Whole-number comparisons, so a share exactly on a threshold is not below it.
  const level = month.client * 100 < red * month.counted ? 'red' : month.client * 100 < amber * month.counted ? 'amber' : 'green';
  const against = level === 'red' ? red : amber;
  const judged = `${level === 'green' ? 'at or above' : 'below'} the ${percent.words(against / 100)} ${level === 'red' ? 'red' : 'amber'} threshold`;
  return signal(
    'partner',
    level,
    `Client raised ${count.words(month.client)} of ${ideas(month.counted)} in ${month.name} (${besideThreshold(share, against / 100, percent)})${trendWords(share, before)}, ${judged}`,
    month.key,
  );
}
