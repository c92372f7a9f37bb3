import type { AcceptanceStore, DecisionStore, PolicyStore, StoredPolicy } from '../app/ports';
import type { AcceptanceRecord } from '../domain/acceptance/types';
import type { Decision } from '../domain/decisions/types';
import { acceptanceKey, byDueAt, byRaisedAt, decisionKey } from './entities';

/**
 * The local twin of the decision, policy and acceptance entities: same semantics
 * (conditional writes, all-or-nothing replace), kept in maps. Every check and
 * write happens synchronously, so two concurrent calls cannot interleave.
 */
export interface EntityTables {
  decision: Record<string, Decision>;
  policy: Record<string, StoredPolicy>;
  acceptance: Record<string, AcceptanceRecord>;
}

export function memoryEntities(initial: Partial<EntityTables> = {}, onChange?: (tables: EntityTables) => void) {
  const decisions = new Map(Object.entries(structuredClone(initial.decision ?? {})));
  const policies = new Map(Object.entries(structuredClone(initial.policy ?? {})));
  const acceptances = new Map(Object.entries(structuredClone(initial.acceptance ?? {})));
  const changed = () => onChange?.({ decision: Object.fromEntries(decisions), policy: Object.fromEntries(policies), acceptance: Object.fromEntries(acceptances) });
  const all = (projectKey: string) => [...decisions.values()].filter((d) => d.projectKey === projectKey).map((d) => structuredClone(d));

  const decisionStore: DecisionStore = {
    get: async (projectKey, id) => structuredClone(decisions.get(decisionKey(projectKey, id))),
    listByProject: async (projectKey) => all(projectKey).sort(byRaisedAt),
    listByIssue: async (projectKey, issueId) => all(projectKey).filter((d) => d.issueId === issueId).sort(byRaisedAt),
    listPending: async (projectKey) => all(projectKey).filter((d) => d.status === 'pending').sort(byDueAt),
    async insert(decision) {
      const key = decisionKey(decision.projectKey, decision.id);
      if (decisions.has(key)) return false;
      decisions.set(key, structuredClone(decision));
      changed();
      return true;
    },
    async replace(...next) {
      const stale = next.some((d) => decisions.get(decisionKey(d.projectKey, d.id))?.version !== d.version - 1);
      if (stale) return false;
      for (const d of next) decisions.set(decisionKey(d.projectKey, d.id), structuredClone(d));
      changed();
      return true;
    },
  };

  const policyStore: PolicyStore = {
    get: async (projectKey) => structuredClone(policies.get(projectKey)),
    async save(projectKey, record) {
      if ((policies.get(projectKey)?.version ?? 0) !== record.version - 1) return false;
      policies.set(projectKey, structuredClone(record));
      changed();
      return true;
    },
  };

  const acceptanceStore: AcceptanceStore = {
    get: async (projectKey, issueId) => structuredClone(acceptances.get(acceptanceKey(projectKey, issueId))),
    listByProject: async (projectKey) => [...acceptances.values()].filter((r) => r.projectKey === projectKey).map((r) => structuredClone(r)),
    async save(record) {
      const key = acceptanceKey(record.projectKey, record.issueId);
      if ((acceptances.get(key)?.version ?? 0) !== record.version - 1) return false;
      acceptances.set(key, structuredClone(record));
      changed();
      return true;
    },
  };

  return { decisions: decisionStore, policies: policyStore, acceptance: acceptanceStore };
}
