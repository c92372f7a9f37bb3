/**
 * A calibration call's entry in the escalation ledger: the issue it asks Jira to create, built once
 * when the step is planned (with the sponsors' names of then), as an outbox effect so it is created
 * the way every side effect of the app is done — claimed, looked for after an interrupted attempt, marked.
 */
import { calibrationIssue, calibrationPlainText } from '../../domain/calibration/calibrationIssue';
import type { CreateIssueEffect } from '../../domain/effects/types';
import type { DueEscalation, EscalationFacts } from '../../domain/escalation/types';
import { escalationEffectId, type EscalationEntry } from '../escalation/ledger';

type CalibrationFacts = Extract<EscalationFacts, { rule: 'calibration-call' }>;

export function calibrationEntry(projectKey: string, due: DueEscalation, facts: CalibrationFacts, names: ReadonlyMap<string, string>, now: number): EscalationEntry {
  const delivery = due.recipients.find((r) => r.role === 'delivery-sponsor')!.accountId;
  const client = due.recipients.find((r) => r.role === 'client-sponsor')?.accountId ?? null;
  const issue = calibrationIssue(facts.signal, { clientSponsorId: client, deliverySponsorId: delivery, names, at: now, timeZone: facts.timeZone });
  const effect: CreateIssueEffect = { kind: 'create-issue', id: escalationEffectId(due.id), projectKey, requestedAt: now, issue };
  return {
    id: due.id,
    projectKey,
    rule: due.rule,
    subjectId: due.subjectId,
    step: due.step,
    issueId: due.issueId,
    issueKey: due.issueKey,
    decisionId: null,
    dueAt: due.dueAt,
    plannedAt: now,
    recipients: due.recipients,
    names: Object.fromEntries([...names].filter(([id]) => due.recipients.some((r) => r.accountId === id))),
    effect,
    text: calibrationPlainText(issue),
    state: 'planned',
    postedAt: null,
    commentId: null,
    createdIssue: null,
  };
}
