import { besideThreshold, countWords, rate, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** One released version as the defect escape signal reads it. */
export interface DefectEscapeSignalRelease {
  name: string;
  /** Bugs found by users in the window after the release. */
  escaped: number;
  /** Non-bug issues shipped in the version. */
  features: number;
  /** The window after the release has not ended yet: `escaped` may still grow. */
  windowOpen: boolean;
}

export interface DefectEscapeSignalInput {
  /** How many days after a release its escaped bugs are counted (the first week). */
  windowDays: number;
  /** Released versions, oldest release first. */
  releasedVersions: readonly DefectEscapeSignalRelease[];
}

/**
 * The latest released version's escaped bugs per shipped feature: above `amberRate` → amber, above
 * `redRate` → red. While its window runs the rate is judged as it stands, and the reason says so.
 *
 * @example
 * defectEscapeSignal({ windowDays: 7, releasedVersions: [{ name: '1.4', escaped: 2, features: 8, windowOpen: false }] }, thresholds)
 * //=> { key: 'defectEscape', title: 'Defect escape', level: 'amber', reason: '2 bugs found by users in the 7 days after 1.4 was released against 8 features shipped in it: 0.25 per feature, above the 0.1 amber threshold' }
 */
export function defectEscapeSignal(input: DefectEscapeSignalInput, thresholds: HealthThresholds): HealthSignal {
  const latest = input.releasedVersions[input.releasedVersions.length - 1];
  if (!latest) return signal('defectEscape', 'not-enough-data', 'No version released yet; the escape rate is judged on the latest release');

  const window = latest.windowOpen
    ? `since ${latest.name} was released (its ${input.windowDays}-day window is still open)`
    : `in the ${countWords(input.windowDays, 'day')} after ${latest.name} was released`;
  const bugs = `${countWords(latest.escaped, 'bug')} found by users ${window}`;
  if (latest.features === 0) return signal('defectEscape', 'not-enough-data', `${latest.name} shipped no features, so it has no escape rate (${bugs})`);

  const value = latest.escaped / latest.features;
  const { amberRate, redRate } = thresholds.defectEscape;
  const level = value > redRate ? 'red' : value > amberRate ? 'amber' : 'green';
  const against = level === 'red' ? redRate : amberRate;
  const judged = `${level === 'green' ? 'within' : 'above'} the ${rate.words(against)} ${level === 'red' ? 'red' : 'amber'} threshold`;
  return signal(
    'defectEscape',
    level,
    `${bugs} against ${countWords(latest.features, 'feature')} shipped in it: ${besideThreshold(value, against, rate)} per feature, ${judged}`,
  );
}
