import { kvs } from '@forge/kvs';

/** Every value of a custom-entity index partition, page by page (100 is the largest page KVS serves). */
export async function allInPartition<Row, T>(entityName: string, index: string, partition: unknown[], pick: (row: Row) => T): Promise<T[]> {
  const found: T[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.entity<Row>(entityName).query().index(index, { partition }).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    found.push(...page.results.map((r) => pick(r.value)));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}
