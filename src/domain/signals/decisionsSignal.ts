import { besideThreshold, count, countWords, hours, percent, quoted, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** One pending decision as the decisions signal reads it. */
export interface PendingDecisionFact {
  question: string;
  /** Counted hours since it was raised, in the policy's clock mode. */
  ageHours: number;
  /** Its SLA clock (stale outranks overdue, as `decisionClock` says). */
  clock: 'due' | 'no-sla' | 'overdue' | 'stale';
}

export interface DecisionsSignalInput {
  pending: readonly PendingDecisionFact[];
  /** Decided decisions whose category has an SLA… */
  decidedWithSla: number;
  /** …and of those, the ones decided within it. */
  decidedWithinSla: number;
  /** How hours are counted when not wall-clock ("business hours", from `clockModeWords`); null: wall-clock. */
  clockWords: string | null;
}

/**
 * Pending decisions past their stale threshold → red; past their SLA, or fewer decided within the
 * SLA than `withinSlaAmberPercent` → amber. Nothing pending and nothing decided with an SLA: not
 * enough data.
 *
 * @example
 * decisionsSignal({ pending: [{ question: 'Which payment provider?', ageHours: 30, clock: 'overdue' }], decidedWithSla: 10, decidedWithinSla: 9, clockWords: null }, thresholds)
 * //=> { key: 'decisions', title: 'Decisions', level: 'amber', reason: '1 pending decision past its SLA, the oldest “Which payment provider?” waiting 30 h; 9 of 10 decided within their SLA (90 %)' }
 */
export function decisionsSignal(input: DecisionsSignalInput, thresholds: HealthThresholds): HealthSignal {
  const { pending, decidedWithSla, decidedWithinSla } = input;
  if (pending.length === 0 && decidedWithSla === 0) return signal('decisions', 'not-enough-data', 'No decision pending and none with an SLA decided yet');

  const amberPercent = thresholds.decisions.withinSlaAmberPercent;
  const share = decidedWithSla === 0 ? null : decidedWithinSla / decidedWithSla;
  // Whole-number comparison, so a share exactly on the threshold is not below it.
  const shareLow = decidedWithSla > 0 && decidedWithinSla * 100 < amberPercent * decidedWithSla;
  const shareWords = share === null ? '' : besideThreshold(share, amberPercent / 100, percent);
  const decided = share === null ? 'none with an SLA decided yet' : `${count.words(decidedWithinSla)} of ${count.words(decidedWithSla)} decided within their SLA (${shareWords})`;

  const age = (h: number) => hours.words(h) + (input.clockWords ? ` (${input.clockWords})` : '');
  const oldest = (of: readonly PendingDecisionFact[]) => of.reduce((old, d) => (d.ageHours > old.ageHours ? d : old));
  const stale = pending.filter((d) => d.clock === 'stale');
  const overdue = pending.filter((d) => d.clock === 'overdue');

  if (stale.length > 0) {
    const first = oldest(stale);
    const more = overdue.length > 0 ? ` and ${count.words(overdue.length)} more past ${overdue.length === 1 ? 'its' : 'their'} SLA` : '';
    return signal(
      'decisions',
      'red',
      `${countWords(stale.length, 'pending decision')} past the stale threshold${more}, the oldest ${quoted(first.question)} waiting ${age(first.ageHours)}; ${decided}`,
    );
  }
  if (overdue.length > 0) {
    const first = oldest(overdue);
    return signal(
      'decisions',
      'amber',
      `${countWords(overdue.length, 'pending decision')} past ${overdue.length === 1 ? 'its' : 'their'} SLA, the oldest ${quoted(first.question)} waiting ${age(first.ageHours)}; ${decided}`,
    );
  }

  const none = pending.length === 0 ? 'none pending' : `${count.words(pending.length)} pending, none past its SLA`;
  if (shareLow) {
    return signal('decisions', 'amber', `${decided}, below the ${percent.words(amberPercent / 100)} threshold; ${none}`);
  }
  if (share === null) return signal('decisions', 'green', `${countWords(pending.length, 'decision')} pending, none past its SLA; ${decided}`);
  return signal('decisions', 'green', `${decided}, at or above the ${percent.words(amberPercent / 100)} threshold; ${none}`);
}
