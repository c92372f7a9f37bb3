import type { SideEffect } from '../effects/types';

/**
 * Customer acceptance of finished work. The trusted record (app storage)
 * keeps every verdict; the state is derived from it and the issue's status.
 */

export type AcceptanceState = 'not-ready' | 'awaiting' | 'accepted' | 'changes-requested';

export interface AcceptanceVerdict {
  /** 1 for the first submission, +1 after every change request. */
  round: number;
  verdict: 'accepted' | 'changes-requested';
  byAccountId: string;
  at: number;
  /** Required with a change request: what the client wants changed. */
  feedback: string | null;
  /** When the issue entered the ready status for this round (from its changelog). */
  readyAt: number | null;
  /** The idempotency key of the acceptor's action: a retried action finds its verdict here. */
  actionId?: string;
  /** What the verdict asks of Jira (the change request's comment and move back), done after it is stored. */
  effects?: SideEffect[];
}

export interface AcceptanceRecord {
  projectKey: string;
  issueId: string;
  issueKey: string;
  /** Oldest first; never rewritten, only appended to. */
  verdicts: AcceptanceVerdict[];
  /** Bumped on every write; writes are conditional on it. */
  version: number;
}

/** What the derivation needs to know about the issue right now. */
export interface IssueAcceptanceFacts {
  /** The id of the issue's status when known (two statuses can share a name); null or absent: compared by name. */
  statusId?: string | null;
  statusName: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  /** When the issue last entered the ready-for-acceptance status; null if never. */
  enteredReadyAt: number | null;
}
