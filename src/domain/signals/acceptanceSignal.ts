import { besideThreshold, count, countWords, percent, RECENT_SPRINTS, signal, wallHours, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** One closed sprint's acceptance as the acceptance signal reads it. */
export interface AcceptanceSignalSprint {
  name: string;
  /** Issues of the sprint whose last verdict is an acceptance. */
  accepted: number;
  /** Of those, accepted without a change request before. */
  acceptedFirstPass: number;
}

export interface AcceptanceSignalInput {
  /** Closed sprints, oldest first. */
  sprints: readonly AcceptanceSignalSprint[];
  /** What awaits the client's verdict now, with the wall-clock hours each has waited. */
  awaiting: readonly { key: string; ageHours: number }[];
}

/**
 * First-pass acceptance over the last closed sprints with accepted work (as many as the rolling
 * window): below `amberFirstPassPercent` → amber, below `redFirstPassPercent` → red. The oldest item
 * awaiting acceptance is named, but does not set the level.
 *
 * @example
 * acceptanceSignal({ sprints: [{ name: 'Sprint 9', accepted: 10, acceptedFirstPass: 9 }], awaiting: [] }, thresholds)
 * //=> { key: 'acceptance', title: 'Customer acceptance', level: 'green', reason: '9 of 10 items accepted first pass (90 %) in the 1 closed sprint with accepted work so far, at or above the 80 % amber threshold; nothing awaits acceptance' }
 */
export function acceptanceSignal(input: AcceptanceSignalInput, thresholds: HealthThresholds): HealthSignal {
  const oldest = input.awaiting.reduce<{ key: string; ageHours: number } | null>((old, item) => (old === null || item.ageHours > old.ageHours ? item : old), null);
  const waiting =
    oldest === null ? 'nothing awaits acceptance' : `${countWords(input.awaiting.length, 'item')} awaiting acceptance, the oldest ${oldest.key} for ${wallHours.words(oldest.ageHours)}`;

  const recent = input.sprints.filter((s) => s.accepted > 0).slice(-RECENT_SPRINTS);
  if (recent.length === 0) {
    const closed = input.sprints.length === 0 ? 'No closed sprint yet' : `No work accepted in the ${countWords(input.sprints.length, 'closed sprint')}`;
    return signal('acceptance', 'not-enough-data', `${closed}, so no first-pass rate yet; ${waiting}`);
  }

  const accepted = recent.reduce((sum, s) => sum + s.accepted, 0);
  const firstPass = recent.reduce((sum, s) => sum + s.acceptedFirstPass, 0);
  const { amberFirstPassPercent: amber, redFirstPassPercent: red } = thresholds.acceptance;
  // Whole-number comparisons, so a rate exactly on a threshold is not below it.
  const level = firstPass * 100 < red * accepted ? 'red' : firstPass * 100 < amber * accepted ? 'amber' : 'green';
  const against = level === 'red' ? red : amber;
  const sprints = recent.length >= RECENT_SPRINTS ? `the last ${countWords(recent.length, 'closed sprint')} with accepted work` : `the ${countWords(recent.length, 'closed sprint')} with accepted work so far`;
  const judged = `${level === 'green' ? 'at or above' : 'below'} the ${percent.words(against / 100)} ${level === 'red' ? 'red' : 'amber'} threshold`;
  return signal(
    'acceptance',
    level,
    `${count.words(firstPass)} of ${countWords(accepted, 'item')} accepted first pass (${besideThreshold(firstPass / accepted, against / 100, percent)}) in ${sprints}, ${judged}; ${waiting}`,
  );
}
