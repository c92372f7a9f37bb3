import { raiseDecision, recordDecision, type RaiseDecisionInput } from '../../../src/domain/decisions/rules';
import type { Decision } from '../../../src/domain/decisions/types';
import { defaultPolicy } from '../../../src/domain/policy/defaults';
import type { EngagementPolicy } from '../../../src/domain/policy/types';

/** Builders for the domain tests: a valid policy with named owners, and decisions made through the rules. */

/** Parse an ISO instant; tests read better with calendar times than epoch numbers. */
export const at = (iso: string): number => Date.parse(iso);
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export const TECH_LEAD = 'acc-tech-lead';
export const PRODUCT_OWNER = 'acc-product-owner';
export const DECISION_MAKER = 'acc-decision-maker';
export const DEVELOPER = 'acc-developer';

/** The default policy with owners named (a fresh default names none), plus overrides. */
export function aPolicy(overrides: Partial<EngagementPolicy> = {}): EngagementPolicy {
  const base = defaultPolicy();
  base.categories.technical.ownerIds = [TECH_LEAD];
  base.categories.product.ownerIds = [PRODUCT_OWNER];
  base.categories.scope.ownerIds = [DECISION_MAKER];
  return { ...base, ...overrides };
}

/** Monday 12 Jan 2026, 10:00 in New York (EST), 16:00 in Warsaw. */
export const MONDAY_10_NY = Date.parse('2026-01-12T15:00:00Z');

export function raiseInput(overrides: Partial<RaiseDecisionInput> = {}): RaiseDecisionInput {
  return {
    id: 'D-1',
    projectKey: 'ENG',
    issueId: '10001',
    issueKey: 'ENG-1',
    category: 'product',
    question: 'Should the export include archived rows?',
    optionsConsidered: ['Include them', 'Leave them out'],
    raisedBy: TECH_LEAD,
    supersedes: null,
    ...overrides,
  };
}

/** A raised decision (asserting the rules accept it). */
export function aRaisedDecision(overrides: Partial<RaiseDecisionInput> = {}, policy = aPolicy(), now = MONDAY_10_NY): Decision {
  const result = raiseDecision(raiseInput(overrides), policy, now);
  if (!result.ok) throw new Error(result.message);
  return result.decision;
}

const OWNER_OF = { technical: TECH_LEAD, product: PRODUCT_OWNER, scope: DECISION_MAKER } as const;

/** A decided decision, recorded by the category's owner `afterMs` after it was raised. */
export function aDecidedDecision(overrides: Partial<RaiseDecisionInput> = {}, afterMs = HOUR, policy = aPolicy()): Decision {
  const raised = aRaisedDecision(overrides, policy);
  const approval = raised.category === 'scope' ? { verdict: 'approved' as const, text: 'Approved.' } : null;
  const result = recordDecision(raised, { byAccountId: OWNER_OF[raised.category], outcome: 'Go with the first option.', approval }, policy, raised.raisedAt + afterMs);
  if (!result.ok) throw new Error(result.message);
  return result.decision;
}
