import type { ReadyStatus } from '../../../src/domain/acceptance/readyStatus';
import type { AcceptanceRecord, AcceptanceVerdict, IssueAcceptanceFacts } from '../../../src/domain/acceptance/types';
import { accept, requestChanges, type AcceptanceResult, type VerdictInput } from '../../../src/domain/acceptance/verdicts';

/** Builders for the acceptance tests: an issue walking through the workflow and verdicts given through the rules. */

export const HOUR = 3_600_000;
export const T0 = Date.parse('2026-01-12T15:00:00Z');
export const ACCEPTOR = 'acc-client-po';
export const DEPUTY = 'acc-client-deputy';
export const DEVELOPER = 'acc-developer';
export const ISSUE = { projectKey: 'ENG', issueId: '10042', issueKey: 'ENG-42' };
export const READY: ReadyStatus = { name: 'Ready for Acceptance', isDoneCategory: false };

export const inProgress = (enteredReadyAt: number | null = null): IssueAcceptanceFacts => ({ statusName: 'In Progress', statusCategory: 'indeterminate', enteredReadyAt });
export const inReady = (enteredReadyAt: number | null): IssueAcceptanceFacts => ({ statusName: 'Ready for Acceptance', statusCategory: 'indeterminate', enteredReadyAt });
export const done = (enteredReadyAt: number | null): IssueAcceptanceFacts => ({ statusName: 'Done', statusCategory: 'done', enteredReadyAt });

export function input(facts: IssueAcceptanceFacts, now: number, overrides: Partial<VerdictInput> = {}): VerdictInput {
  return { byAccountId: ACCEPTOR, issue: ISSUE, facts, ready: READY, acceptorIds: [ACCEPTOR, DEPUTY], now, ...overrides };
}

export function ok(result: AcceptanceResult): AcceptanceRecord {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.record;
}

/** Accepted at `now` while the issue has been ready since `readyAt`. */
export const accepted = (record: AcceptanceRecord | undefined, readyAt: number, now: number): AcceptanceRecord => ok(accept(record, input(inReady(readyAt), now)));
export const rejected = (record: AcceptanceRecord | undefined, readyAt: number, now: number, feedback = 'Please change the copy.'): AcceptanceRecord =>
  ok(requestChanges(record, { ...input(inReady(readyAt), now), feedback }));

export const verdict = (overrides: Partial<AcceptanceVerdict>): AcceptanceVerdict => ({
  round: 1,
  verdict: 'accepted',
  byAccountId: ACCEPTOR,
  at: T0,
  feedback: null,
  readyAt: T0 - HOUR,
  ...overrides,
});

export const record = (issueId: string, verdicts: AcceptanceVerdict[]): AcceptanceRecord => ({
  projectKey: 'ENG',
  issueId,
  issueKey: `ENG-${issueId}`,
  verdicts,
  version: verdicts.length,
});
