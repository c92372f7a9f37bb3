/**
 * The custom entity endpoints: /api/v1/entity/get|set|delete, and
 * /api/v1/entity/query over an index the manifest declares.
 */
import { checkClause, checkFilters, matches, passes, WHERE_CONDITIONS, type Clause, type FilterSet } from './conditions';
import { paginate } from './cursor';
import { typeMismatch, type EntitySchema, type IndexSchema } from './entitySchemas';
import { invalid, type StorageResult } from './errors';
import { attributeOf, compareJson, compareStrings, isScalar, scalarEquals, type Json, type Scalar } from './json';
import { pageLimit } from './limits';
import { answerItem, targetFor, type Handler, type StorageContext } from './records';
import { entityDeleteRequest, entityGetRequest, entityQueryRequest, entitySetRequest, parseBody } from './requests';
import { deleteOne, getOne, setOne } from './singleOps';
import type { Item } from './store';

export const entityRoutes: Record<string, Handler> = {
  '/api/v1/entity/get': (ctx, body, path) => {
    const request = parseBody(entityGetRequest, body, path);
    return getOne(ctx, targetFor(ctx, request.entityName), request);
  },
  '/api/v1/entity/set': (ctx, body, path) => {
    const request = parseBody(entitySetRequest, body, path);
    return setOne(ctx, targetFor(ctx, request.entityName), request);
  },
  '/api/v1/entity/delete': (ctx, body, path) => {
    const request = parseBody(entityDeleteRequest, body, path);
    return deleteOne(ctx, targetFor(ctx, request.entityName), request);
  },
  '/api/v1/entity/query': queryEntities,
};

function checkIndex(entity: EntitySchema, indexName: string): IndexSchema {
  const index = entity.indexes.get(indexName);
  if (!index) throw invalid(`The entity ${entity.name} has no index ${JSON.stringify(indexName)} in manifest.yml (declared: ${[...entity.indexes.keys()].join(', ') || 'none'}).`);
  return index;
}

/** The partition must give a value of the declared type for each partition attribute, in order, and nothing for an unpartitioned index. */
function checkPartition(entity: EntitySchema, index: IndexSchema, partition: unknown[] | undefined): Scalar[] {
  const where = `Index ${index.name} of the entity ${entity.name}`;
  if (index.partition.length === 0) {
    if (partition !== undefined) throw invalid(`${where} has no partition, but the query gives one.`);
    return [];
  }
  if (partition === undefined) throw invalid(`${where} is partitioned by [${index.partition.join(', ')}]; the query gives no partition.`);
  if (partition.length !== index.partition.length) throw invalid(`${where} is partitioned by [${index.partition.join(', ')}]; the query gives ${partition.length} value(s).`);
  return index.partition.map((attribute, i) => {
    const value = partition[i];
    const problem = isScalar(value) ? typeMismatch(entity.attributes.get(attribute)!, value) : 'a string, number or boolean';
    if (problem) throw invalid(`${where}: the partition value for ${attribute} (declared ${entity.attributes.get(attribute)}) must be ${problem}; got ${JSON.stringify(value)}.`);
    return value as Scalar;
  });
}

interface Row {
  key: string;
  range: Json;
  item: Item;
}

function queryEntities(ctx: StorageContext, body: unknown, path: string): StorageResult {
  const request = parseBody(entityQueryRequest, body, path);
  const target = targetFor(ctx, request.entityName);
  const entity = target.entity!;
  const index = checkIndex(entity, request.indexName);
  const limit = pageLimit(request.limit, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  const partition = checkPartition(entity, index, request.partition);
  const where = `Query of ${entity.name}.${index.name}`;
  const range: Clause | undefined = request.range && checkClause(request.range, WHERE_CONDITIONS, index.range, entity.attributes.get(index.range)!, `${where}, range`);
  const filters: FilterSet | undefined = request.filters && checkFilters(request.filters, entity, `${where}, filters`);
  const direction = request.sort === 'DESC' ? -1 : 1;

  const rows: Row[] = [];
  for (const [key, item] of ctx.store.entries(target.ns)) {
    const rangeValue = attributeOf(item.value, index.range);
    // Only items that hold every attribute of the index are in it.
    if (rangeValue === undefined || !index.partition.every((attribute, i) => scalarEquals(attributeOf(item.value, attribute), partition[i]!))) continue;
    if (range && !matches(rangeValue, range)) continue;
    if (filters && !passes(item.value, filters)) continue;
    rows.push({ key, range: rangeValue, item });
  }
  const order = (a: Json[], b: Json[]) => direction * (compareJson(a[0]!, b[0]!) || compareStrings(String(a[1]), String(b[1])));
  const position = (row: Row): Json[] => [row.range, row.key];
  rows.sort((a, b) => order(position(a), position(b)));

  const scope = ['entity', entity.name, index.name, partition, request.range ?? null, request.filters ?? null, direction];
  const { page, cursor } = paginate(rows, { position, compare: order, cursor: request.cursor, scope, limit });
  const fields = request.options?.metadataFields;
  const data = page.map((row) => answerItem(row.key, row.item, fields));
  return { status: 200, body: cursor ? { data, cursor } : { data } };
}
