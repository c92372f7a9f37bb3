/**
 * The escalation scanner's rule for calibration calls: each dissatisfaction signal is one step due from
 * the moment it was given, addressed to the delivery sponsor (the call's assignee) and the client sponsor
 * (mentioned). Planned in the escalation ledger like every other step, its effect creates the issue.
 */
import { effectId } from '../effects/pending';
import type { DueEscalation, Recipient } from '../escalation/types';
import type { EngagementPolicy } from '../policy/types';
import type { CalibrationSignal } from './signals';

/**
 * Where calibration calls sit in the ledger in place of an issue id (they are about the project, not an
 * issue; no issue id is a word): `escalation:<project>:entry:calibration:<id>`.
 */
export const CALIBRATION_LEDGER_ISSUE_ID = 'calibration';
export const CALIBRATION_STEP = 'create';

/**
 * The ledger id of a signal's calibration call.
 *
 * @example
 * calibrationCallId('concern:k1') //=> 'calibration-call:concern_k1:create'
 */
export const calibrationCallId = (signalId: string): string => effectId('calibration-call', signalId, CALIBRATION_STEP);

/**
 * The due calibration calls, one per signal; none while the policy names no delivery sponsor (the call
 * is theirs to hold: the signals wait, and the scan says so).
 *
 * @example
 * calibrationCallEscalations([{ id: 'concern:k1', at: 5, … }], { policy, projectKey: 'ENG' })
 * //=> [{ id: 'calibration-call:concern_k1:create', rule: 'calibration-call', subjectId: 'concern:k1', step: 'create', issueId: 'calibration', issueKey: 'ENG', dueAt: 5, recipients: [{ accountId: 'dev-sponsor', role: 'delivery-sponsor' }, { accountId: 'client-sponsor', role: 'client-sponsor' }], facts: { rule: 'calibration-call', signal, timeZone: 'Europe/Berlin' } }]
 */
export function calibrationCallEscalations(signals: readonly CalibrationSignal[], input: { policy: Pick<EngagementPolicy, 'clientSponsorId' | 'deliverySponsorId' | 'calendars'>; projectKey: string }): DueEscalation[] {
  const { deliverySponsorId, clientSponsorId } = input.policy;
  if (!deliverySponsorId) return [];
  const recipients: Recipient[] = [{ accountId: deliverySponsorId, role: 'delivery-sponsor' }];
  if (clientSponsorId && clientSponsorId !== deliverySponsorId) recipients.push({ accountId: clientSponsorId, role: 'client-sponsor' });
  return signals.map((signal) => ({
    id: calibrationCallId(signal.id),
    rule: 'calibration-call',
    subjectId: signal.id,
    step: CALIBRATION_STEP,
    issueId: CALIBRATION_LEDGER_ISSUE_ID,
    // Until the issue exists, the project is where the call is made.
    issueKey: input.projectKey,
    dueAt: signal.at,
    recipients: recipients.map((r) => ({ ...r })),
    facts: { rule: 'calibration-call', signal, timeZone: input.policy.calendars.delivery.timeZone },
  }));
}
