import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { DecisionStore, PolicyStore, StoredPolicy } from '../app/ports';
import type { Decision } from '../domain/decisions/types';
import { allInPartition } from './kvsQuery';
import { DECISION_ENTITY, POLICY_ENTITY, decisionKey, decisionRow, type DecisionRow, type PolicyRow } from './entities';

const decisions = () => kvs.entity<DecisionRow>(DECISION_ENTITY);
const policies = () => kvs.entity<PolicyRow>(POLICY_ENTITY);

const allOf = (index: string, partition: unknown[]) => allInPartition<DecisionRow, Decision>(DECISION_ENTITY, index, partition, (row) => row.record);

/** After a failed conditional write: a version that moved on is the conflict; anything else is a real error. */
async function versionMoved(keysAndVersions: [string, number][]): Promise<boolean> {
  for (const [key, expected] of keysAndVersions) if ((await decisions().get(key))?.version !== expected) return true;
  return false;
}

/** Decisions in Forge app storage: a custom entity with indexes by project, issue and status + due time. */
export function kvsDecisionStore(): DecisionStore {
  return {
    get: async (projectKey, id) => (await decisions().get(decisionKey(projectKey, id)))?.record,
    listByProject: (projectKey) => allOf('by-project', [projectKey]),
    listByIssue: (projectKey, issueId) => allOf('by-issue', [projectKey, issueId]),
    listPending: (projectKey) => allOf('by-status-due', [projectKey, 'pending']),
    async insert(decision) {
      const key = decisionKey(decision.projectKey, decision.id);
      try {
        await decisions().set(key, decisionRow(decision), { keyPolicy: 'FAIL_IF_EXISTS' });
        return true;
      } catch (error) {
        if ((await decisions().get(key)) !== undefined) return false;
        throw error;
      }
    },
    async replace(...changed) {
      const transaction = kvs.transact();
      for (const decision of changed) {
        const conditions = new Filter<DecisionRow>().and('version', FilterConditions.equalTo(decision.version - 1));
        transaction.set(decisionKey(decision.projectKey, decision.id), decisionRow(decision), { entityName: DECISION_ENTITY, conditions });
      }
      try {
        await transaction.execute();
        return true;
      } catch (error) {
        if (await versionMoved(changed.map((d) => [decisionKey(d.projectKey, d.id), d.version - 1]))) return false;
        throw error;
      }
    },
  };
}

export function kvsPolicyStore(): PolicyStore {
  return {
    get: async (projectKey) => (await policies().get(projectKey))?.record,
    async save(projectKey, record: StoredPolicy) {
      const row: PolicyRow = { projectKey, version: record.version, record };
      try {
        if (record.version === 1) await policies().set(projectKey, row, { keyPolicy: 'FAIL_IF_EXISTS' });
        else {
          const conditions = new Filter<PolicyRow>().and('version', FilterConditions.equalTo(record.version - 1));
          await kvs.transact().set(projectKey, row, { entityName: POLICY_ENTITY, conditions }).execute();
        }
        return true;
      } catch (error) {
        if ((await policies().get(projectKey))?.version !== record.version - 1) return false;
        throw error;
      }
    },
  };
}
