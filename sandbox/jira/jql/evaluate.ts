/** Compiles a parsed JQL query against the sandbox data into a predicate and a sort order. */
import type { SandboxIssue } from '../model';
import type { Node, Operand, Operator, Query } from './ast';
import type { FieldKind, JqlContext, JqlField, Value } from './context';
import { JqlError } from './errors';
import { jqlField } from './fields';
import { parseJql } from './parser';
import { textMatches } from './text';

export interface CompiledQuery {
  matches(issue: SandboxIssue): boolean;
  compare(a: SandboxIssue, b: SandboxIssue): number;
  /** Sorts by the query's order, computing each issue's sort keys once. */
  sort(issues: SandboxIssue[]): SandboxIssue[];
  /** Whether the query restricts the search (Jira rejects unbounded searches on /search/jql). */
  bounded: boolean;
  /** Whether the query had an ORDER BY (otherwise `compare` is key descending). */
  ordered: boolean;
}

const OPS: Record<FieldKind, Operator[]> = {
  option: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  user: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  text: ['~', '!~', 'is', 'is not'],
  date: ['=', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is', 'is not'],
  number: ['=', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is', 'is not'],
  key: ['=', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is', 'is not'],
};
const RANGE = new Set<Operator>(['<', '>', '<=', '>=']);
const EMPTY = Symbol('empty');
type Target = Value | typeof EMPTY;
type Predicate = (issue: SandboxIssue) => boolean;

const fieldMissing = (name: string) => `Field '${name}' does not exist or you do not have permission to view it.`;

/** Parses and compiles; throws JqlError with Jira's messages (all validation errors at once). */
export function compileJql(text: string, ctx: JqlContext): CompiledQuery {
  const query: Query = parseJql(text);
  const errors: string[] = [];
  const predicate = query.where ? compileNode(query.where, ctx, errors) : () => true;
  const sorters: { field: JqlField; dir: number }[] = [];
  for (const o of query.orderBy) {
    const field = jqlField(ctx, o.field);
    if (!field) errors.push(fieldMissing(o.field));
    else if (!field.sortValue) errors.push(`Field '${o.field}' does not support sorting.`);
    else sorters.push({ field, dir: o.direction === 'desc' ? -1 : 1 });
  }
  if (errors.length) throw new JqlError(errors);
  if (query.orderBy.length === 0) {
    const key = jqlField(ctx, 'key')!;
    sorters.push({ field: key, dir: -1 });
  }
  const compareKeys = (ka: (Value | undefined)[], kb: (Value | undefined)[]): number => {
    for (let i = 0; i < sorters.length; i++) {
      const c = compareSort(ka[i], kb[i], sorters[i]!.dir);
      if (c !== 0) return c;
    }
    return 0;
  };
  const keysOf = (issue: SandboxIssue) => sorters.map((s) => s.field.sortValue!(issue));
  return {
    matches: predicate,
    compare: (a, b) => compareKeys(keysOf(a), keysOf(b)) || Number(b.id) - Number(a.id),
    sort: (issues) =>
      issues
        .map((issue) => ({ issue, keys: keysOf(issue), id: Number(issue.id) }))
        .sort((a, b) => compareKeys(a.keys, b.keys) || b.id - a.id)
        .map((x) => x.issue),
    bounded: query.where !== undefined,
    ordered: query.orderBy.length > 0,
  };
}

/** Empty values sort last ascending and first descending, like Jira. */
function compareSort(a: Value | undefined, b: Value | undefined, dir: number): number {
  if (a === undefined || a === '') return b === undefined || b === '' ? 0 : dir;
  if (b === undefined || b === '') return -dir;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return c * dir;
}

function compileNode(node: Node, ctx: JqlContext, errors: string[]): Predicate {
  switch (node.kind) {
    case 'and': {
      const parts = node.items.map((n) => compileNode(n, ctx, errors));
      return (i) => parts.every((p) => p(i));
    }
    case 'or': {
      const parts = node.items.map((n) => compileNode(n, ctx, errors));
      return (i) => parts.some((p) => p(i));
    }
    case 'not': {
      const inner = compileNode(node.item, ctx, errors);
      return (i) => !inner(i);
    }
    case 'clause':
      return compileClause(node, ctx, errors);
  }
}

function compileClause(node: Extract<Node, { kind: 'clause' }>, ctx: JqlContext, errors: string[]): Predicate {
  const field = jqlField(ctx, node.field);
  const never: Predicate = () => false;
  if (!field) {
    errors.push(fieldMissing(node.field));
    return never;
  }
  const op = node.op;
  if (!OPS[field.kind].includes(op)) {
    errors.push(`The operator '${op.toUpperCase()}' is not supported by the '${node.field}' field.`);
    return never;
  }
  const operand = node.operand;
  if (op === 'is' || op === 'is not') {
    if (operand.kind !== 'empty') {
      errors.push(`The operator '${op.toUpperCase()}' only supports the 'EMPTY' or 'NULL' value for the field '${node.field}'.`);
      return never;
    }
    return op === 'is' ? (i) => field.values(i).length === 0 : (i) => field.values(i).length > 0;
  }
  if (operand.kind === 'list' && op !== 'in' && op !== 'not in') {
    errors.push(`The operator '${op.toUpperCase()}' does not support multiple values for the field '${node.field}'.`);
    return never;
  }
  const targets = resolveOperand(operand, field, RANGE.has(op), errors);
  if (!targets) return never;

  if (field.kind === 'text') {
    const terms = targets.filter((t): t is Value => t !== EMPTY).map(String);
    if (targets.includes(EMPTY)) return op === '~' ? (i) => field.values(i).length === 0 : (i) => field.values(i).length > 0;
    const has: Predicate = (i) => field.values(i).some((v) => terms.some((t) => textMatches(String(v), t)));
    return op === '~' ? has : (i) => field.values(i).length > 0 && !has(i);
  }
  if (RANGE.has(op)) {
    const t = targets[0];
    if (t === undefined || t === EMPTY) {
      errors.push(`The operator '${op}' does not support the 'EMPTY' value for the field '${node.field}'.`);
      return never;
    }
    const cmp = field.compare ?? ((a: Value, b: Value) => (a < b ? -1 : a > b ? 1 : 0));
    const test = { '<': (c: number) => c < 0, '>': (c: number) => c > 0, '<=': (c: number) => c <= 0, '>=': (c: number) => c >= 0 }[op as '<'];
    return (i) => field.values(i).some((v) => test(cmp(v, t)));
  }
  const wantEmpty = targets.includes(EMPTY);
  const set = new Set(targets.filter((t) => t !== EMPTY).map((t) => (typeof t === 'number' ? t : String(t))));
  const positive: Predicate = (i) => {
    const vs = field.values(i);
    return (wantEmpty && vs.length === 0) || vs.some((v) => set.has(v));
  };
  if (op === '=' || op === 'in') return positive;
  // != and NOT IN: issues whose field is empty do not match (unless EMPTY itself is excluded).
  return (i) => {
    const vs = field.values(i);
    if (vs.length === 0) return !wantEmpty && set.size === 0;
    return !vs.some((v) => set.has(v));
  };
}

function resolveOperand(operand: Operand, field: JqlField, forRange: boolean, errors: string[]): Target[] | undefined {
  switch (operand.kind) {
    case 'empty':
      return [EMPTY];
    case 'value':
      return field.resolve(operand.value, errors, forRange);
    case 'function': {
      const fn = field.functions?.[operand.name.toLowerCase()];
      if (!fn) {
        errors.push(`Unable to find JQL function '${operand.name}(${operand.args.join(', ')})'.`);
        return undefined;
      }
      return fn(operand.args, errors);
    }
    case 'list': {
      const out: Target[] = [];
      let ok = true;
      for (const item of operand.items) {
        const r = resolveOperand(item, field, forRange, errors);
        if (r) out.push(...r);
        else ok = false;
      }
      return ok ? out : undefined;
    }
  }
}
