import { clockFor } from '../calendar/clockSpec';
import { addCountedHours } from '../calendar/countedTime';
import { CATEGORY_LABELS } from '../policy/defaults';
import type { EngagementPolicy } from '../policy/types';
import { DECISION_LIMITS as L } from './limits';
import type { Decision, DecisionEvent, ScopeApproval } from './types';

export type DecisionResult = { ok: true; decision: Decision } | { ok: false; code: 'forbidden' | 'invalid' | 'conflict'; message: string };

export interface RaiseDecisionInput extends Pick<Decision, 'id' | 'projectKey' | 'issueId' | 'issueKey' | 'category' | 'question' | 'optionsConsidered' | 'raisedBy' | 'impactPoints'> {
  /** The decided decision this one replaces, or null. */
  supersedes: Decision | null;
  /**
   * How many decisions are pending on the issue now, for the cap `openPerIssueMax`. The app
   * always passes it; left out only by replays of past decisions (the demo's history).
   */
  openOnIssue?: number;
}

export interface RecordDecisionInput {
  byAccountId: string;
  outcome: string;
  approval: ScopeApproval | null;
}

export interface WithdrawDecisionInput {
  byAccountId: string;
  reason: string | null;
}

const refuse = (code: 'forbidden' | 'invalid' | 'conflict', message: string): DecisionResult => ({ ok: false, code, message });

/** A copy with one more history event and the next version: every write goes through here. */
function written(decision: Decision, changes: Partial<Decision>, event: DecisionEvent): DecisionResult {
  return { ok: true, decision: { ...decision, ...changes, history: [...decision.history, event], version: decision.version + 1 } };
}

/** The conflict message for a decision that is no longer pending, or null while it is. */
function notPending(decision: Decision): string | null {
  if (decision.status === 'decided') return 'This decision was already decided; raise a new one that supersedes it to change it';
  if (decision.status === 'withdrawn') return 'This decision was withdrawn';
  return null;
}

/** Only a current owner of the category (per the policy now, not when raised) records it. */
export function canRecord(decision: Decision, accountId: string, policy: EngagementPolicy): boolean {
  return decision.status === 'pending' && policy.categories[decision.category].ownerIds.includes(accountId);
}

/** Only whoever raised a pending decision withdraws it. */
export function canWithdraw(decision: Decision, accountId: string): boolean {
  return decision.status === 'pending' && decision.raisedBy === accountId;
}

/** A decided decision that nothing supersedes yet can be superseded (by anyone who may raise one). */
export function canSupersede(decision: Decision): boolean {
  return decision.status === 'decided' && decision.supersededBy === null;
}

/**
 * A story-point estimate as a scope decision's impact may be: more than 0, at most
 * `impactPointsMax`, to at most `impactPointsDecimals` decimal places.
 * @example isImpactEstimate(40) //=> true
 * @example isImpactEstimate(2.5) //=> true
 * @example isImpactEstimate(2.25) //=> false
 * @example isImpactEstimate(0) //=> false
 */
export function isImpactEstimate(points: number): boolean {
  return Number.isFinite(points) && points > 0 && points <= L.impactPointsMax && hasImpactPrecision(points);
}

/**
 * At most `impactPointsDecimals` decimal places, read as the number is written (1.1 × 10 is not 11 in floating point).
 * @example hasImpactPrecision(1.1) //=> true
 * @example hasImpactPrecision(1.15) //=> false
 */
export function hasImpactPrecision(points: number): boolean {
  return Number(points.toFixed(L.impactPointsDecimals)) === points;
}

/**
 * Raises a pending decision with its SLA due time and stale time on the category's clock.
 * A successor must keep the category of the decision it supersedes: otherwise re-raising, say,
 * an approved scope change as "technical" would let another owner overrule the decision maker.
 */
export function raiseDecision(input: RaiseDecisionInput, policy: EngagementPolicy, now: number): DecisionResult {
  const question = input.question.trim();
  if (question.length === 0 || question.length > L.questionMaxLength) {
    return refuse('invalid', `Write the question in 1 to ${L.questionMaxLength} characters`);
  }
  if (input.optionsConsidered.length > L.optionsMax) return refuse('invalid', `List at most ${L.optionsMax} options considered`);
  const options = input.optionsConsidered.map((o) => o.trim());
  if (options.some((o) => o.length === 0 || o.length > L.optionMaxLength)) {
    return refuse('invalid', `Write each option considered in 1 to ${L.optionMaxLength} characters`);
  }
  if (input.raisedBy.length === 0) return refuse('invalid', 'A decision needs the person who raises it');
  if (input.openOnIssue !== undefined && input.openOnIssue >= L.openPerIssueMax) {
    return refuse('invalid', `${input.issueKey} already has ${L.openPerIssueMax} open decisions, the most one issue can hold; decide or withdraw one of them before raising another`);
  }
  const rule = policy.categories[input.category];
  if (!rule) return refuse('invalid', 'Choose Technical, Product & UX or Scope & timeline');
  const impactPoints = input.impactPoints ?? null;
  if (impactPoints !== null && input.category !== 'scope') return refuse('invalid', 'Only Scope & timeline decisions carry an estimated impact');
  if (impactPoints !== null && !isImpactEstimate(impactPoints)) {
    return refuse('invalid', `Estimate the impact in more than 0 and at most ${L.impactPointsMax.toLocaleString('en-US')} story points, to ${L.impactPointsDecimals} decimal ${L.impactPointsDecimals === 1 ? 'place' : 'places'}`);
  }
  const label = CATEGORY_LABELS[input.category];
  if (rule.ownerIds.length === 0) {
    return refuse('invalid', `No one owns ${label} decisions yet; a project admin names the owners in the project settings`);
  }

  const old = input.supersedes;
  if (old) {
    if (old.issueId !== input.issueId || old.projectKey !== input.projectKey) {
      return refuse('invalid', `${old.id} is a decision of another issue; a decision can only supersede one on the same issue`);
    }
    if (old.status !== 'decided') return refuse('invalid', `${old.id} is not decided yet; only a decided decision can be superseded`);
    if (old.supersededBy !== null) return refuse('invalid', `${old.id} was already superseded by ${old.supersededBy}`);
    if (old.category !== input.category) {
      return refuse('invalid', `${old.id} is a ${CATEGORY_LABELS[old.category]} decision; the decision that supersedes it must be one too`);
    }
  }

  const clock = clockFor(policy, input.category);
  return {
    ok: true,
    decision: {
      id: input.id,
      projectKey: input.projectKey,
      issueId: input.issueId,
      issueKey: input.issueKey,
      category: input.category,
      question,
      optionsConsidered: options,
      raisedBy: input.raisedBy,
      raisedAt: now,
      ownerIds: [...rule.ownerIds],
      dueAt: rule.slaHours === null ? null : addCountedHours(now, rule.slaHours, clock),
      staleAt: addCountedHours(now, rule.staleHours, clock),
      status: 'pending',
      outcome: null,
      decidedBy: null,
      decidedAt: null,
      approval: null,
      impactPoints,
      supersedes: old ? old.id : null,
      supersededBy: null,
      history: [{ type: 'raised', at: now, byAccountId: input.raisedBy }],
      version: 1,
    },
  };
}

/** Records the outcome of a pending decision; a scope & timeline decision needs the decision maker's written approval. */
export function recordDecision(decision: Decision, input: RecordDecisionInput, policy: EngagementPolicy, now: number): DecisionResult {
  const conflict = notPending(decision);
  if (conflict) return refuse('conflict', conflict);
  const label = CATEGORY_LABELS[decision.category];
  if (!canRecord(decision, input.byAccountId, policy)) return refuse('forbidden', `Only ${label} owners can record this decision`);

  const outcome = input.outcome.trim();
  if (outcome.length === 0 || outcome.length > L.outcomeMaxLength) {
    return refuse('invalid', `Write the outcome in 1 to ${L.outcomeMaxLength} characters`);
  }
  let approval: ScopeApproval | null = null;
  if (decision.category === 'scope') {
    if (!input.approval) return refuse('invalid', 'A Scope & timeline decision needs the written approval or rejection of the decision maker');
    if (input.approval.verdict !== 'approved' && input.approval.verdict !== 'rejected') return refuse('invalid', 'Choose approve or reject');
    const text = input.approval.text.trim();
    if (text.length === 0 || text.length > L.approvalMaxLength) {
      return refuse('invalid', `Write the approval in 1 to ${L.approvalMaxLength} characters`);
    }
    approval = { verdict: input.approval.verdict, text };
  } else if (input.approval) {
    return refuse('invalid', `Only Scope & timeline decisions carry a written approval; ${label} decisions record the outcome only`);
  }

  return written(
    decision,
    { status: 'decided', outcome, decidedBy: input.byAccountId, decidedAt: now, approval },
    { type: 'decided', at: now, byAccountId: input.byAccountId },
  );
}

/** Withdraws a pending decision; only whoever raised it may. */
export function withdrawDecision(decision: Decision, input: WithdrawDecisionInput, now: number): DecisionResult {
  const conflict = notPending(decision);
  if (conflict) return refuse('conflict', conflict);
  if (!canWithdraw(decision, input.byAccountId)) return refuse('forbidden', 'Only the person who raised this decision can withdraw it');
  const reason = input.reason?.trim() || null;
  if (reason !== null && reason.length > L.withdrawReasonMaxLength) {
    return refuse('invalid', `Write the reason in at most ${L.withdrawReasonMaxLength} characters`);
  }
  return written(decision, { status: 'withdrawn' }, { type: 'withdrawn', at: now, byAccountId: input.byAccountId, reason });
}

/** Links a decided decision to the decided one that replaces it; nothing else of the old record changes. */
export function markSuperseded(old: Decision, by: Decision, now: number): DecisionResult {
  if (old.status !== 'decided') return refuse('invalid', `${old.id} is not decided; only a decided decision can be superseded`);
  if (old.supersededBy !== null) return refuse('conflict', `${old.id} was already superseded by ${old.supersededBy}`);
  if (by.supersedes !== old.id) return refuse('invalid', `${by.id} does not supersede ${old.id}`);
  if (by.status !== 'decided' || by.decidedBy === null) return refuse('invalid', `${by.id} must be decided before it supersedes ${old.id}`);
  return written(old, { supersededBy: by.id }, { type: 'superseded', at: now, byAccountId: by.decidedBy, byDecisionId: by.id });
}
