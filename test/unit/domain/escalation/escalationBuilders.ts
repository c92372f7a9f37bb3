import type { Decision } from '../../../../src/domain/decisions/types';
import type { ScannedIssue } from '../../../../src/domain/escalation/types';
import type { SprintScopeChange, ScopeChangeEvent } from '../../../../src/domain/metrics/scopeChange';
import type { EngagementPolicy } from '../../../../src/domain/policy/types';
import type { Sprint } from '../../../../src/domain/types';
import { aPolicy } from '../policyBuilders';

/** Builders for the escalation rules' tests: named people, a policy naming them, scanned issues, decisions, sprints. */

export { at, HOUR, MINUTE } from '../policyBuilders';
export const iso = (ms: number): string => new Date(ms).toISOString();

export const CLIENT_SPONSOR = 'acc-client-sponsor';
export const DELIVERY_SPONSOR = 'acc-delivery-sponsor';
export const PRODUCT_OWNER = 'acc-product-owner';
export const DECISION_MAKER = 'acc-decision-maker';
export const ASSIGNEE = 'acc-assignee';
export const UNBLOCKER = 'acc-unblocker';
export const BLOCKED_STATUS = '10005';
export const IN_PROGRESS = '3';

/**
 * The default policy (business clock; client New York, delivery Warsaw, 09:00–17:00 weekdays;
 * 48 h blockers, 24 h product SLA, 72 h stale, 24 h reminder repeat, 5 % scope) with sponsors named
 * and `BLOCKED_STATUS` marked as blocked, then the overrides.
 */
export function anEscalationPolicy(overrides: Partial<EngagementPolicy> = {}): EngagementPolicy {
  const base = aPolicy({ clientSponsorId: CLIENT_SPONSOR, deliverySponsorId: DELIVERY_SPONSOR });
  base.categories.product.ownerIds = [PRODUCT_OWNER];
  base.escalation.rules.blocker.blockedStatusIds = [BLOCKED_STATUS];
  return { ...base, ...overrides };
}

/** An issue in progress since before any recorded change, not flagged and not linked; override what the test is about. */
export function aScannedIssue(overrides: Partial<ScannedIssue> = {}): ScannedIssue {
  return {
    id: '10001',
    key: 'ENG-1',
    summary: 'Export the report',
    issueType: 'Story',
    labels: [],
    assigneeId: ASSIGNEE,
    statusId: [{ since: -Infinity, value: IN_PROGRESS }],
    flaggedSince: null,
    blockedBy: [],
    ...overrides,
  };
}

/** A pending Product & UX decision owned by the product owner; override the times the test is about. */
export function aPendingDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'D-1',
    projectKey: 'ENG',
    issueId: '10001',
    issueKey: 'ENG-1',
    category: 'product',
    question: 'Should the export include archived rows?',
    optionsConsidered: [],
    raisedBy: 'acc-tech-lead',
    raisedAt: 0,
    ownerIds: [PRODUCT_OWNER],
    dueAt: null,
    staleAt: 0,
    status: 'pending',
    outcome: null,
    decidedBy: null,
    decidedAt: null,
    approval: null,
    supersedes: null,
    supersededBy: null,
    history: [],
    version: 1,
    ...overrides,
  };
}

export function anActiveSprint(overrides: Partial<Sprint> = {}): Sprint {
  return { id: 12, boardId: 1, name: 'ENG Sprint 12', state: 'active', goal: null, startDate: Date.parse('2026-10-26T14:00:00Z'), endDate: Date.parse('2026-11-09T14:00:00Z'), completeDate: null, ...overrides };
}

/** A sprint's scope change holding just `events` (the totals are not what the rule reads). */
export function aScopeChange(events: ScopeChangeEvent[], sprintId = 12): SprintScopeChange {
  const bucket = { issueKeys: [], points: 0 };
  return {
    sprintId,
    start: Date.parse('2026-10-26T14:00:00Z'),
    end: null,
    added: bucket,
    removed: bucket,
    reestimatedUp: bucket,
    reestimatedDown: bucket,
    netPoints: 0,
    direction: 'unchanged',
    shareOfBudget: null,
    flagged: false,
    events,
  };
}
