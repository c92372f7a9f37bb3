import { clockFor, clockModeWords } from '../calendar/clockSpec';
import type { Decision } from '../decisions/types';
import { effectId } from '../effects/pending';
import { countedHoursBetween } from './clocks';
import type { DecisionRuleInput } from './decisionReminderRule';
import { recipientsOnce } from './recipients';
import type { DueEscalation } from './types';

/**
 * A pending decision at or past its `staleAt` escalates once to its category's decision maker (the
 * current policy's `escalateToIds`, else the client sponsor), mentioning its owners too.
 *
 * @example
 * staleDecisionEscalations([decisionStaleSince9Nov], { policy, now: Date.parse('2026-11-09T20:00:00Z') })
 * //=> [{ id: 'stale-decision:D-1:escalate', dueAt: Date.parse('2026-11-09T15:00:00Z'), recipients: [{ accountId: 'acc-cs', role: 'client-sponsor' }, { accountId: 'acc-po', role: 'owner' }], … }]
 */
export function staleDecisionEscalations(decisions: readonly Decision[], input: DecisionRuleInput): DueEscalation[] {
  const { policy, now } = input;
  if (!policy.escalation.rules.staleDecision.enabled) return [];
  const out: DueEscalation[] = [];
  for (const decision of decisions) {
    if (decision.status !== 'pending' || now < decision.staleAt) continue;
    const clock = clockFor(policy, decision.category);
    const escalateTo = policy.categories[decision.category].escalateToIds;
    const makers = escalateTo.length > 0 ? (['decision-maker', escalateTo] as const) : (['client-sponsor', [policy.clientSponsorId]] as const);
    out.push({
      id: effectId('stale-decision', decision.id, 'escalate'),
      rule: 'stale-decision',
      subjectId: decision.id,
      step: 'escalate',
      issueId: decision.issueId,
      issueKey: decision.issueKey,
      dueAt: decision.staleAt,
      recipients: recipientsOnce([makers, ['owner', decision.ownerIds]]),
      facts: {
        rule: 'stale-decision',
        decisionId: decision.id,
        question: decision.question,
        category: decision.category,
        raisedBy: decision.raisedBy,
        raisedAt: decision.raisedAt,
        countedHoursWaiting: countedHoursBetween(decision.raisedAt, now, clock),
        clockWords: clockModeWords(clock),
        thresholdHours: policy.categories[decision.category].staleHours,
      },
    });
  }
  return out;
}
