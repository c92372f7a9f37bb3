import type { DecisionView, PersonView } from '../../contract/resolvers';
import { decisionClock } from '../../domain/decisions/clock';
import { canRecord, canWithdraw } from '../../domain/decisions/rules';
import type { Decision, DecisionEvent } from '../../domain/decisions/types';
import { CATEGORY_LABELS } from '../../domain/policy/defaults';
import type { EngagementPolicy } from '../../domain/policy/types';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Everyone a decision names, so one Jira call can fetch their display names. */
export function peopleInDecisions(decisions: readonly Decision[], policy: EngagementPolicy): string[] {
  return [
    ...decisions.flatMap((d) => [d.raisedBy, ...(d.decidedBy ? [d.decidedBy] : []), ...d.history.map((e) => e.byAccountId)]),
    ...Object.values(policy.categories).flatMap((c) => [...c.ownerIds, ...c.escalateToIds]),
  ];
}

export interface ViewerContext {
  accountId: string;
  canRaise: boolean;
  now: number;
  name: (accountId: string) => PersonView;
}

export function decisionView(decision: Decision, policy: EngagementPolicy, viewer: ViewerContext): DecisionView {
  const { name } = viewer;
  return {
    id: decision.id,
    issueKey: decision.issueKey,
    category: decision.category,
    categoryLabel: CATEGORY_LABELS[decision.category],
    question: decision.question,
    optionsConsidered: decision.optionsConsidered,
    status: decision.status,
    raisedBy: name(decision.raisedBy),
    raisedAt: iso(decision.raisedAt)!,
    owners: policy.categories[decision.category].ownerIds.map(name),
    dueAt: iso(decision.dueAt),
    staleAt: iso(decision.staleAt)!,
    outcome: decision.outcome,
    decidedBy: decision.decidedBy ? name(decision.decidedBy) : null,
    decidedAt: iso(decision.decidedAt),
    approval: decision.approval,
    impactPoints: decision.impactPoints ?? null,
    supersedes: decision.supersedes,
    supersededBy: decision.supersededBy,
    clock: decisionClock(decision, policy, viewer.now),
    history: decision.history.map((event) => ({ type: event.type, at: iso(event.at)!, by: name(event.byAccountId), detail: detailOf(event) })),
    version: decision.version,
    can: {
      record: canRecord(decision, viewer.accountId, policy),
      withdraw: canWithdraw(decision, viewer.accountId),
      supersede: viewer.canRaise && decision.status === 'decided' && decision.supersededBy === null,
    },
  };
}

function detailOf(event: DecisionEvent): string | null {
  if (event.type === 'withdrawn') return event.reason;
  if (event.type === 'superseded') return `Superseded by ${event.byDecisionId}`;
  return null;
}
