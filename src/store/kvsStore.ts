import { kvs, WhereConditions } from '@forge/kvs';
import type { AppStore } from '../app/ports';

/** App storage in Forge: @forge/kvs. */
export function kvsStore(): AppStore {
  return {
    get: (key) => kvs.get(key),
    set: (key, value) => kvs.set(key, value),
    delete: (key) => kvs.delete(key),
    async create(key, value) {
      try {
        await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
        return true;
      } catch (error) {
        // The conflict's error code is not documented; an existing key after the failure is the proof.
        if ((await kvs.get(key)) !== undefined) return false;
        throw error;
      }
    },
    async list<T>(prefix: string) {
      const entries: { key: string; value: T }[] = [];
      let cursor: string | undefined;
      do {
        let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany<T>();
        entries.push(...page.results.map((r) => ({ key: r.key, value: r.value })));
        cursor = page.nextCursor;
      } while (cursor);
      return entries;
    },
  };
}
