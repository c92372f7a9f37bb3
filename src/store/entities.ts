import type { Decision } from '../domain/decisions/types';
import type { StoredPolicy } from '../app/ports';
import type { AcceptanceRecord } from '../domain/acceptance/types';

/**
 * How decisions and policies sit in app storage (Forge custom entities, see
 * manifest.yml `app.storage.entities`): the flat attributes the indexes need,
 * and the whole record beside them.
 */
export const DECISION_ENTITY = 'decision';
export const POLICY_ENTITY = 'policy';
export const ACCEPTANCE_ENTITY = 'acceptance';

/** Far future, so decisions without an SLA sort last by due time. */
const NO_DUE = 9_999_999_999_999;

export interface DecisionRow {
  projectKey: string;
  issueId: string;
  status: string;
  dueAtSort: number;
  raisedAt: number;
  version: number;
  record: Decision;
}

export interface PolicyRow {
  projectKey: string;
  version: number;
  record: StoredPolicy;
}

export const decisionKey = (projectKey: string, id: string) => `${projectKey}:${id}`;

export function decisionRow(decision: Decision): DecisionRow {
  return {
    projectKey: decision.projectKey,
    issueId: decision.issueId,
    status: decision.status,
    dueAtSort: decision.dueAt ?? NO_DUE,
    raisedAt: decision.raisedAt,
    version: decision.version,
    record: decision,
  };
}

export const byRaisedAt = (a: Decision, b: Decision) => a.raisedAt - b.raisedAt || a.id.localeCompare(b.id);
export const byDueAt = (a: Decision, b: Decision) => (a.dueAt ?? NO_DUE) - (b.dueAt ?? NO_DUE) || byRaisedAt(a, b);

export interface AcceptanceRow {
  projectKey: string;
  issueId: string;
  updatedAt: number;
  version: number;
  record: AcceptanceRecord;
}

export const acceptanceKey = (projectKey: string, issueId: string) => `${projectKey}:${issueId}`;

export function acceptanceRow(record: AcceptanceRecord): AcceptanceRow {
  return { projectKey: record.projectKey, issueId: record.issueId, updatedAt: record.verdicts.at(-1)?.at ?? 0, version: record.version, record };
}
