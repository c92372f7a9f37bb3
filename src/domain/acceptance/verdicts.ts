import { ACCEPTANCE_LIMITS as L } from './limits';
import type { ReadyStatus } from './readyStatus';
import { ACCEPTANCE_STATE_WORDS, acceptanceState } from './state';
import type { AcceptanceRecord, AcceptanceVerdict, IssueAcceptanceFacts } from './types';

export type AcceptanceResult = { ok: true; record: AcceptanceRecord } | { ok: false; code: 'forbidden' | 'invalid' | 'conflict'; message: string };

export interface VerdictInput {
  /** The caller, from the Forge context (never from the browser). */
  byAccountId: string;
  issue: { projectKey: string; issueId: string; issueKey: string };
  /** The issue as it is now, read from Jira. */
  facts: IssueAcceptanceFacts;
  ready: ReadyStatus;
  /** The customer acceptors named in the policy. */
  acceptorIds: readonly string[];
  now: number;
}

export interface RequestChangesInput extends VerdictInput {
  feedback: string;
}

const refuse = (code: 'forbidden' | 'invalid' | 'conflict', message: string): AcceptanceResult => ({ ok: false, code, message });

/** Only a named acceptor gives a verdict. */
export function canGiveVerdict(accountId: string, acceptorIds: readonly string[]): boolean {
  return accountId.length > 0 && acceptorIds.includes(accountId);
}

/** Checks shared by both verdicts; the refusal, or the round the verdict belongs to. */
function check(record: AcceptanceRecord | undefined, input: VerdictInput): AcceptanceResult | { round: number } {
  if (!canGiveVerdict(input.byAccountId, input.acceptorIds)) {
    return refuse('forbidden', "Only the client's acceptors can accept or request changes (ask the customer acceptors named in the project settings)");
  }
  if (record && (record.issueId !== input.issue.issueId || record.projectKey !== input.issue.projectKey)) {
    return refuse('invalid', `This acceptance record belongs to another issue than ${input.issue.issueKey}`);
  }
  const status = acceptanceState(record, input.facts, input.ready);
  if (status.state !== 'awaiting') {
    return refuse('conflict', `${input.issue.issueKey} is not awaiting acceptance (state: ${ACCEPTANCE_STATE_WORDS[status.state]})`);
  }
  return { round: status.round };
}

/** The record with one more verdict: created at version 1, else the next version; earlier verdicts are kept as they are. */
function appended(record: AcceptanceRecord | undefined, input: VerdictInput, verdict: AcceptanceVerdict): AcceptanceResult {
  if (!record) {
    return { ok: true, record: { projectKey: input.issue.projectKey, issueId: input.issue.issueId, issueKey: input.issue.issueKey, verdicts: [verdict], version: 1 } };
  }
  // The key follows the issue (it changes when an issue moves); the id is what identifies it.
  return { ok: true, record: { ...record, issueKey: input.issue.issueKey, verdicts: [...record.verdicts, verdict], version: record.version + 1 } };
}

/** An acceptor accepts the work awaiting acceptance. */
export function accept(record: AcceptanceRecord | undefined, input: VerdictInput): AcceptanceResult {
  const checked = check(record, input);
  if ('ok' in checked) return checked;
  return appended(record, input, {
    round: checked.round,
    verdict: 'accepted',
    byAccountId: input.byAccountId,
    at: input.now,
    feedback: null,
    readyAt: input.facts.enteredReadyAt,
  });
}

/** An acceptor sends the work back with what should change; the feedback is required. */
export function requestChanges(record: AcceptanceRecord | undefined, input: RequestChangesInput): AcceptanceResult {
  const checked = check(record, input);
  if ('ok' in checked) return checked;
  const feedback = typeof input.feedback === 'string' ? input.feedback.trim() : '';
  if (feedback.length === 0 || feedback.length > L.feedbackMaxLength) {
    return refuse('invalid', `Write what should change in 1 to ${L.feedbackMaxLength} characters`);
  }
  return appended(record, input, {
    round: checked.round,
    verdict: 'changes-requested',
    byAccountId: input.byAccountId,
    at: input.now,
    feedback,
    readyAt: input.facts.enteredReadyAt,
  });
}
