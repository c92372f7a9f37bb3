import { clockFor, clockModeWords, type ClockSpec } from '../calendar/clockSpec';
import { addCountedHours } from '../calendar/countedTime';
import type { Decision } from '../decisions/types';
import { effectId } from '../effects/pending';
import type { EngagementPolicy } from '../policy/types';
import { countedHoursBetween } from './clocks';
import { recipientsOnce } from './recipients';
import type { DueEscalation } from './types';

export interface DecisionRuleInput {
  policy: EngagementPolicy;
  now: number;
}

/**
 * The highest rung of the reminder ladder due by `now`: reminder k is due `(k − 1) × repeatHours`
 * counted hours after the SLA's `dueAt`; null before `dueAt`.
 *
 * @example
 * reminderDue(Date.parse('2026-10-31T14:00:00Z'), 24, { mode: 'wall' }, Date.parse('2026-11-01T20:00:00Z'))
 * //=> { reminder: 2, dueAt: Date.parse('2026-11-01T14:00:00Z') }
 */
export function reminderDue(dueAt: number, repeatHours: number, clock: ClockSpec, now: number): { reminder: number; dueAt: number } | null {
  if (now < dueAt) return null;
  if (!(repeatHours > 0)) return { reminder: 1, dueAt };
  const rung = (k: number) => addCountedHours(dueAt, (k - 1) * repeatHours, clock);
  // A first guess from the counted time, then corrected by the rungs themselves (they end at a working interval's end).
  let k = Math.max(1, Math.floor(countedHoursBetween(dueAt, now, clock) / repeatHours) + 1);
  while (k > 1 && rung(k) > now) k--;
  while (rung(k + 1) <= now) k++;
  return { reminder: k, dueAt: rung(k) };
}

/**
 * A pending decision past its SLA reminds its owners, again every `repeatHours` counted hours (the
 * category's clock), until it is stale, when the stale-decision rule takes over: only the highest
 * reminder due by now is given (`remind-1`, `remind-2`, …); the ledger keeps each one once.
 *
 * @example
 * decisionReminderEscalations([productDecisionDue31Oct], { policy: wallPolicy, now: Date.parse('2026-11-01T20:00:00Z') })
 * //=> [{ id: 'decision-reminder:D-1:remind-2', step: 'remind-2', dueAt: Date.parse('2026-11-01T14:00:00Z'), … }]
 */
export function decisionReminderEscalations(decisions: readonly Decision[], input: DecisionRuleInput): DueEscalation[] {
  const { policy, now } = input;
  const settings = policy.escalation.rules.decisionReminder;
  if (!settings.enabled) return [];
  const out: DueEscalation[] = [];
  for (const decision of decisions) {
    if (decision.status !== 'pending' || decision.dueAt === null || now >= decision.staleAt) continue;
    const clock = clockFor(policy, decision.category);
    const due = reminderDue(decision.dueAt, settings.repeatHours, clock, now);
    if (due === null) continue;
    const step = `remind-${due.reminder}`;
    out.push({
      id: effectId('decision-reminder', decision.id, step),
      rule: 'decision-reminder',
      subjectId: decision.id,
      step,
      issueId: decision.issueId,
      issueKey: decision.issueKey,
      dueAt: due.dueAt,
      recipients: recipientsOnce([['owner', decision.ownerIds]]),
      facts: {
        rule: 'decision-reminder',
        decisionId: decision.id,
        question: decision.question,
        raisedBy: decision.raisedBy,
        raisedAt: decision.raisedAt,
        dueAt: decision.dueAt,
        countedHoursOverdue: countedHoursBetween(decision.dueAt, now, clock),
        clockWords: clockModeWords(clock),
        reminder: due.reminder,
      },
    });
  }
  return out;
}
