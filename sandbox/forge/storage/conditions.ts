/**
 * Range conditions, filters and transaction conditions: checked against the
 * entity's declared attributes (refused with Forge's documented query codes where
 * there is one) and evaluated on stored values.
 *
 * Semantics where Forge documents none: every condition but NOT_EXISTS is false
 * on a missing attribute (as in DynamoDB, which Forge's entity store resembles),
 * comparisons hold only between values of the same type, and CONTAINS means a
 * substring of a string or an element of an array.
 */
import { invalid } from './errors';
import type { AttributeType, EntitySchema } from './entitySchemas';
import type { Filters } from './requests';
import { attributeOf, compareJson, isScalar, scalarEquals, type Json, type Scalar } from './json';

export const WHERE_CONDITIONS = ['BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO'] as const;
export const FILTER_CONDITIONS = [...WHERE_CONDITIONS, 'CONTAINS', 'NOT_CONTAINS', 'NOT_EQUAL_TO', 'EXISTS', 'NOT_EXISTS'] as const;
export type Condition = (typeof FILTER_CONDITIONS)[number];

export interface Clause {
  condition: Condition;
  values: Scalar[];
}

export interface AttributeClause extends Clause {
  property: string;
}

export interface FilterSet {
  operator: 'and' | 'or';
  clauses: AttributeClause[];
}

const STRING_ONLY: readonly Condition[] = ['BEGINS_WITH', 'CONTAINS', 'NOT_CONTAINS'];
const EQUALITY: readonly Condition[] = ['EQUAL_TO', 'NOT_EQUAL_TO', 'EXISTS', 'NOT_EXISTS'];

/** A condition of the allowed set, with the number and types of values Forge's SDK sends for it, fitting the attribute's type. */
export function checkClause(raw: { condition: string; values: unknown[] }, allowed: readonly Condition[], attribute: string, type: AttributeType, where: string): Clause {
  const condition = allowed.find((c) => c === raw.condition);
  if (!condition) throw invalid(`${where}: the condition ${JSON.stringify(raw.condition)} is not one of ${allowed.join(', ')}.`, 'BAD_REQUEST');
  const arity = condition === 'BETWEEN' ? 2 : 1;
  if (raw.values.length < arity) throw invalid(`${where}: ${condition} needs ${arity} value${arity > 1 ? 's' : ''}, got ${raw.values.length}.`, arity > 1 ? 'INSUFFICIENT_FILTER_VALUES' : 'BAD_REQUEST');
  if (raw.values.length > arity) throw invalid(`${where}: ${condition} takes ${arity} value${arity > 1 ? 's' : ''}, got ${raw.values.length}.`, 'BAD_REQUEST');
  if (condition === 'EXISTS' || condition === 'NOT_EXISTS') {
    if (raw.values[0] !== true) throw invalid(`${where}: ${condition} takes the single value true.`, 'BAD_REQUEST');
    return { condition, values: [true] };
  }
  const values = raw.values.map((value) => {
    if (!isScalar(value)) throw invalid(`${where}: ${condition} compares with a string, number or boolean, not ${JSON.stringify(value)}.`, 'BAD_REQUEST');
    return value;
  });
  const mismatch = valueTypeProblem(condition, values, type);
  if (mismatch) throw invalid(`${where}: ${condition} on ${attribute} (declared ${type}) ${mismatch}.`);
  return { condition, values };
}

/** Conditions whose values cannot match the attribute's declared type are refused: on Forge they could only ever match nothing. */
function valueTypeProblem(condition: Condition, values: Scalar[], type: AttributeType): string | undefined {
  if (STRING_ONLY.includes(condition) && values.some((v) => typeof v !== 'string')) return 'takes a string';
  if (type === 'any') return undefined;
  if (type === 'boolean') return EQUALITY.includes(condition) && values.every((v) => typeof v === 'boolean') ? undefined : 'works only as EQUAL_TO/NOT_EQUAL_TO with true or false';
  const expected = type === 'string' ? 'string' : 'number';
  if (type !== 'string' && STRING_ONLY.includes(condition)) return 'needs a string attribute';
  return values.every((v) => typeof v === expected) ? undefined : `takes ${expected} values`;
}

/** A filter (or transaction condition) of exactly one non-empty operator over declared attributes. */
export function checkFilters(raw: Filters, entity: EntitySchema, where: string): FilterSet {
  if (raw.and && raw.or) throw invalid(`${where}: "and" and "or" cannot be present at the same level.`, 'INVALID_FILTER_OPERATORS_COMBINATION');
  const operator = raw.and ? 'and' : 'or';
  const items = raw.and ?? raw.or ?? [];
  if (items.length === 0) throw invalid(`${where}: the filter operator has no conditions.`, 'EMPTY_FILTER_OPERATOR');
  const clauses = items.map((item) => {
    const type = entity.attributes.get(item.property);
    if (!type) throw invalid(`${where}: the attribute ${JSON.stringify(item.property)} is not declared for the entity ${entity.name}.`);
    return { property: item.property, ...checkClause(item, FILTER_CONDITIONS, item.property, type, where) };
  });
  return { operator, clauses };
}

export function matches(actual: Json | undefined, { condition, values }: Clause): boolean {
  if (condition === 'NOT_EXISTS') return actual === undefined;
  if (actual === undefined) return false;
  const [first, second] = values as [Scalar, Scalar];
  switch (condition) {
    case 'EXISTS':
      return true;
    case 'EQUAL_TO':
      return scalarEquals(actual, first);
    case 'NOT_EQUAL_TO':
      return !scalarEquals(actual, first);
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'BETWEEN':
      return comparable(actual, first) && comparable(actual, second) && compareJson(actual, first) >= 0 && compareJson(actual, second) <= 0;
    case 'GREATER_THAN':
      return comparable(actual, first) && compareJson(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return comparable(actual, first) && compareJson(actual, first) >= 0;
    case 'LESS_THAN':
      return comparable(actual, first) && compareJson(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return comparable(actual, first) && compareJson(actual, first) <= 0;
  }
}

const comparable = (actual: Json, value: Scalar): actual is Scalar => (typeof actual === 'number' || typeof actual === 'string') && typeof actual === typeof value;

function contains(actual: Json, value: Scalar): boolean {
  if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
  return Array.isArray(actual) && actual.some((element) => scalarEquals(element, value));
}

/** Whether an entity value passes the filter set. */
export function passes(value: Json, filters: FilterSet): boolean {
  const test = (clause: AttributeClause) => matches(attributeOf(value, clause.property), clause);
  return filters.operator === 'and' ? filters.clauses.every(test) : filters.clauses.some(test);
}
