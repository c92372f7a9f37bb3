import type { Decision } from '../decisions/types';
import { valueAt } from '../metrics/fieldHistory';
import type { SprintScopeChange } from '../metrics/scopeChange';
import type { EngagementPolicy } from '../policy/types';
import type { Sprint } from '../types';
import { calibrationCallEscalations } from '../calibration/calibrationRule';
import type { CalibrationSignal } from '../calibration/signals';
import { blockerEscalations } from './blockerRule';
import { decisionReminderEscalations } from './decisionReminderRule';
import { isExempt } from './exemptions';
import { scopeChangeEscalations } from './scopeChangeRule';
import { staleDecisionEscalations } from './staleDecisionRule';
import type { DueEscalation, ScannedIssue } from './types';

export interface DueEscalationsInput {
  /** The project's issues as the snapshot records them: the blocker rule's subjects, and what the exemptions read. */
  issues: readonly ScannedIssue[];
  decisions: readonly Decision[];
  /** The active sprints with their scope change so far. */
  active: readonly { sprint: Sprint; change: SprintScopeChange }[];
  policy: EngagementPolicy;
  statusNames: ReadonlyMap<string, string>;
  now: number;
  /** The project's dissatisfaction signals, each asking for a calibration call (with `projectKey`, where the call is made). */
  calibration?: { projectKey: string; signals: readonly CalibrationSignal[] };
}

export interface DueEscalationsResult {
  /** What is due, by due time then id. */
  due: DueEscalation[];
  /** What would be due but the issue it goes on is exempt, with why, in the same order. */
  exempt: { escalation: DueEscalation; reason: string }[];
}

/**
 * Every rule's due steps, by `dueAt` then `id`, split into those due and those whose issue is
 * exempt (its labels, type or current status; a decision's issue not among `issues` is not exempt).
 *
 * @example
 * dueEscalations({ issues, decisions, active, policy, statusNames, now })
 * //=> { due: [{ id: 'stale-decision:D-1:escalate', … }, { id: 'blocker:10001_1792656000000:escalate', … }], exempt: [{ escalation: { … }, reason: 'label "no-escalation"' }] }
 */
export function dueEscalations(input: DueEscalationsInput): DueEscalationsResult {
  const { issues, decisions, active, policy, statusNames, now } = input;
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const issueIds = new Map(issues.map((issue) => [issue.key, issue.id]));
  const all = [
    ...blockerEscalations(issues, { policy, statusNames, now }),
    ...decisionReminderEscalations(decisions, { policy, now }),
    ...staleDecisionEscalations(decisions, { policy, now }),
    ...scopeChangeEscalations({ active, decisions, policy, issueIds, now }),
    ...(input.calibration ? calibrationCallEscalations(input.calibration.signals, { policy, projectKey: input.calibration.projectKey }) : []),
  ].sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const result: DueEscalationsResult = { due: [], exempt: [] };
  for (const escalation of all) {
    const issue = byId.get(escalation.issueId);
    const reason = issue ? isExempt({ labels: issue.labels, issueType: issue.issueType, statusId: valueAt(issue.statusId, now) }, policy.escalation.exemptions) : null;
    if (reason === null) result.due.push(escalation);
    else result.exempt.push({ escalation, reason });
  }
  return result;
}
