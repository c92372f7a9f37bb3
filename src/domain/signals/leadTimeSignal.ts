import { besideThreshold, countWords, days, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** Fewer changes than this in the window: a percentile of them says nothing yet. */
export const LEAD_TIME_MIN_CHANGES = 5;

/** Lead time of the changes delivered in the recent window, as the lead time signal reads it. */
export interface LeadTimeSignalInput {
  /** How many days back the window reaches (the last 90 days). */
  windowDays: number;
  /** Changes delivered (released, or done without a release) in the window. */
  count: number;
  medianDays: number | null;
  p85Days: number | null;
}

/**
 * The 85th percentile lead time of the window against the thresholds: above `amberDays` → amber,
 * above `redDays` → red; fewer than 5 changes → not enough data.
 *
 * @example
 * leadTimeSignal({ windowDays: 90, count: 23, medianDays: 9, p85Days: 18 }, thresholds)
 * //=> { key: 'leadTime', title: 'Lead time', level: 'amber', reason: '85th percentile 18 days and median 9 days over 23 changes delivered in the last 90 days, above the 14-day amber threshold' }
 */
export function leadTimeSignal(input: LeadTimeSignalInput, thresholds: HealthThresholds): HealthSignal {
  const window = `in the last ${countWords(input.windowDays, 'day')}`;
  const { p85Days, medianDays, count } = input;
  if (count < LEAD_TIME_MIN_CHANGES) {
    const have = count === 0 ? `No changes delivered ${window}` : `${countWords(count, 'change')} delivered ${window}`;
    return signal('leadTime', 'not-enough-data', `${have}; ${LEAD_TIME_MIN_CHANGES} needed to judge lead time`);
  }
  if (p85Days === null || medianDays === null) {
    return signal('leadTime', 'not-enough-data', `No lead time measured for the ${countWords(count, 'change')} delivered ${window}`);
  }

  const { amberDays, redDays } = thresholds.leadTime;
  const level = p85Days > redDays ? 'red' : p85Days > amberDays ? 'amber' : 'green';
  const against = level === 'red' ? redDays : amberDays;
  const measured = `85th percentile ${besideThreshold(p85Days, against, days)} and median ${days.words(medianDays)} over ${countWords(count, 'change')} delivered ${window}`;
  const threshold = `${days.words(against).replace(/ days?$/, '-day')} ${level === 'red' ? 'red' : 'amber'} threshold`;
  return signal('leadTime', level, `${measured}, ${level === 'green' ? 'within' : 'above'} the ${threshold}`);
}
