/**
 * A calibration call's entry in the escalation ledger: the issue it asks Jira to create, built once
 * when the step is planned (with the sponsors' names of then), as an outbox effect so it is created
 * the way every side effect of the app is done — claimed, looked for after an interrupted attempt, marked.
 */
import { calibrationIssue, calibrationPlainText } from '../../domain/calibration/calibrationIssue';
import type { CreateIssueEffect } from '../../domain/effects/types';
import type { DueEscalation, EscalationFacts } from '../../domain/escalation/types';
import { dueFields, escalationEffectId, plannedEntry, type EscalationEntry } from '../escalation/ledger';

type CalibrationFacts = Extract<EscalationFacts, { rule: 'calibration-call' }>;

export function calibrationEntry(projectKey: string, due: DueEscalation, facts: CalibrationFacts, names: ReadonlyMap<string, string>, now: number): EscalationEntry {
  const delivery = due.recipients.find((r) => r.role === 'delivery-sponsor')!.accountId;
  const client = due.recipients.find((r) => r.role === 'client-sponsor')?.accountId ?? null;
  const issue = calibrationIssue(facts.signal, { clientSponsorId: client, deliverySponsorId: delivery, names, at: now, timeZone: facts.timeZone });
  const effect: CreateIssueEffect = { kind: 'create-issue', id: escalationEffectId(due.id), projectKey, requestedAt: now, issue };
  return plannedEntry({ ...dueFields(projectKey, due), decisionId: null, names: Object.fromEntries(names), effect, text: calibrationPlainText(issue) }, now);
}
