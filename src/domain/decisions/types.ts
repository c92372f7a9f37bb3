import type { DecisionCategory } from '../policy/types';

export type DecisionStatus = 'pending' | 'decided' | 'withdrawn';

/** A Scope & timeline decision records the named decision maker's explicit written approval. */
export interface ScopeApproval {
  verdict: 'approved' | 'rejected';
  /** The approval (or rejection) in the decision maker's own words. */
  text: string;
}

/** `actionId`: the idempotency key of the user action that made the event, so a retried action finds it done. */
export type DecisionEvent =
  | { type: 'raised'; at: number; byAccountId: string; actionId?: string }
  | { type: 'decided'; at: number; byAccountId: string; actionId?: string }
  | { type: 'withdrawn'; at: number; byAccountId: string; reason: string | null; actionId?: string }
  | { type: 'superseded'; at: number; byAccountId: string; byDecisionId: string; actionId?: string };

/**
 * The trusted record of a decision (app storage). Once decided it is
 * immutable except for the link to the decision that supersedes it.
 */
export interface Decision {
  id: string;
  projectKey: string;
  issueId: string;
  issueKey: string;
  category: DecisionCategory;
  question: string;
  optionsConsidered: string[];
  raisedBy: string;
  raisedAt: number;
  /** The category's owners when it was raised (the policy may change later). */
  ownerIds: string[];
  /** SLA due time; null when the category has no SLA. */
  dueAt: number | null;
  /** When a pending decision becomes stale and escalates. */
  staleAt: number;
  status: DecisionStatus;
  outcome: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
  approval: ScopeApproval | null;
  /** Scope & timeline only: the change's estimated impact in story points, as raised (absent or null: not estimated). */
  impactPoints?: number | null;
  /** The earlier decision this one replaces. */
  supersedes: string | null;
  /** The later decision that replaced this one (set on a decided record). */
  supersededBy: string | null;
  history: DecisionEvent[];
  /** Bumped on every write; writes are conditional on it (two people cannot both win). */
  version: number;
}
