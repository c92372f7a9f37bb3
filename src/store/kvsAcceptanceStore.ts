import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { AcceptanceStore } from '../app/ports';
import type { AcceptanceRecord } from '../domain/acceptance/types';
import { allInPartition } from './kvsQuery';
import { ACCEPTANCE_ENTITY, acceptanceKey, acceptanceRow, type AcceptanceRow } from './entities';

const rows = () => kvs.entity<AcceptanceRow>(ACCEPTANCE_ENTITY);

/** Acceptance records in Forge app storage: a custom entity, written conditionally on its version. */
export function kvsAcceptanceStore(): AcceptanceStore {
  return {
    get: async (projectKey, issueId) => (await rows().get(acceptanceKey(projectKey, issueId)))?.record,
    listByProject: (projectKey) => allInPartition<AcceptanceRow, AcceptanceRecord>(ACCEPTANCE_ENTITY, 'by-project', [projectKey], (row) => row.record),
    async save(record) {
      const key = acceptanceKey(record.projectKey, record.issueId);
      try {
        if (record.version === 1) await rows().set(key, acceptanceRow(record), { keyPolicy: 'FAIL_IF_EXISTS' });
        else {
          const conditions = new Filter<AcceptanceRow>().and('version', FilterConditions.equalTo(record.version - 1));
          await kvs.transact().set(key, acceptanceRow(record), { entityName: ACCEPTANCE_ENTITY, conditions }).execute();
        }
        return true;
      } catch (error) {
        // A version that moved on is the lost race; anything else is a real failure.
        if (((await rows().get(key))?.version ?? 0) !== record.version - 1) return false;
        throw error;
      }
    },
  };
}
