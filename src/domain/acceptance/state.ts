import { isInReadyStatus, type ReadyStatus } from './readyStatus';
import type { AcceptanceRecord, AcceptanceState, IssueAcceptanceFacts } from './types';

export interface AcceptanceStatus {
  state: AcceptanceState;
  /** Since when: the time the issue entered the ready status while awaiting; the verdict's time after one; else null. */
  since: number | null;
  /** The round the state belongs to: 1 for the first submission, +1 for every re-submission after a verdict. */
  round: number;
}

/** Human words for a state, for messages. */
export const ACCEPTANCE_STATE_WORDS: Record<AcceptanceState, string> = {
  'not-ready': 'not ready',
  awaiting: 'awaiting acceptance',
  accepted: 'accepted',
  'changes-requested': 'changes requested',
};

/**
 * The issue's acceptance state, derived from the trusted record and the issue as it is now:
 *
 * - no verdict yet: awaiting while the issue is in the ready status (since it entered it), else not ready;
 * - a submission is "new" when the issue entered the ready status after the last verdict;
 *   a new submission in the ready status awaits a verdict in the next round;
 * - last verdict accepted: accepted, also once the issue moved on to Done. A new submission
 *   (re-opened and re-submitted) awaits a verdict in the next round; if that submission was
 *   pulled back out of the ready status again, the earlier acceptance no longer covers the
 *   work, so the issue is not ready (and the gate refuses Done);
 * - last verdict changes requested: changes requested until the issue is re-submitted; the
 *   request stands while the issue is worked on, and also if a re-submission is pulled back.
 *
 * Re-opening an accepted issue without re-submitting it keeps it accepted: the acceptance
 * covers the last submission, and the changelog does not tell "reworked" from "moved on".
 */
export function acceptanceState(record: AcceptanceRecord | undefined, facts: IssueAcceptanceFacts, ready: ReadyStatus): AcceptanceStatus {
  const last = record?.verdicts[record.verdicts.length - 1];
  const inReady = isInReadyStatus(facts, ready);
  if (!last) return inReady ? { state: 'awaiting', since: facts.enteredReadyAt, round: 1 } : { state: 'not-ready', since: null, round: 1 };

  const resubmitted = facts.enteredReadyAt !== null && facts.enteredReadyAt > last.at;
  if (resubmitted && inReady) return { state: 'awaiting', since: facts.enteredReadyAt, round: last.round + 1 };
  if (last.verdict === 'accepted') {
    return resubmitted ? { state: 'not-ready', since: null, round: last.round + 1 } : { state: 'accepted', since: last.at, round: last.round };
  }
  return { state: 'changes-requested', since: last.at, round: last.round };
}
