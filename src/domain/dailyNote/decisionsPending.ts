import type { Decision } from '../decisions/types';
import type { PendingDecisionFact } from './types';

/** When a decision stopped being pending; null while it is. A withdrawn one without its event is taken as closed long ago. */
function closedAt(decision: Decision): number | null {
  if (decision.status === 'decided') return decision.decidedAt ?? Number.NEGATIVE_INFINITY;
  if (decision.status === 'withdrawn') return decision.history.find((e) => e.type === 'withdrawn')?.at ?? Number.NEGATIVE_INFINITY;
  return null;
}

/**
 * The decisions pending at `asOf` (raised by then, not decided or withdrawn by then), earliest due
 * first, those without an SLA last, then oldest raised first.
 *
 * @example
 * pendingDecisionFacts([raisedMonday, decidedTuesday], summaries, wednesdayEnd)
 * //=> [{ decisionId: 'D-1', question: 'Which cache for EU?', ownerIds: ['acc-lead'], dueAt: thursdayNoon, … }]
 */
export function pendingDecisionFacts(decisions: readonly Decision[], summaries: ReadonlyMap<string, string>, asOf: number): PendingDecisionFact[] {
  const pending = decisions.filter((d) => {
    if (d.raisedAt > asOf) return false;
    const closed = closedAt(d);
    return closed === null || closed > asOf;
  });
  const due = (d: Decision) => d.dueAt ?? Number.POSITIVE_INFINITY;
  return pending
    .sort((a, b) => due(a) - due(b) || a.raisedAt - b.raisedAt || (a.id < b.id ? -1 : 1))
    .map((d) => ({ issueKey: d.issueKey, summary: summaries.get(d.issueKey) ?? '', decisionId: d.id, question: d.question, category: d.category, ownerIds: d.ownerIds, dueAt: d.dueAt }));
}
