import type { Caller } from '../auth';
import type { SandboxIssue } from '../model';
import type { Store } from '../store';

/** An entity property made searchable by the manifest's `jira:entityProperty` module. */
export interface PropertyAlias {
  alias: string;
  propertyKey: string;
  path: string;
  type: 'string' | 'number' | 'date' | 'text' | 'user';
}

export interface JqlContext {
  store: Store;
  caller: Caller;
  now: number;
  timeZone: string;
  /** By lower-cased search alias. */
  aliases: Map<string, PropertyAlias>;
}

export type Value = string | number;

export type FieldKind = 'option' | 'user' | 'text' | 'date' | 'number' | 'key';

/** How one JQL field reads issues and resolves the literals written against it. */
export interface JqlField {
  kind: FieldKind;
  /** The issue's values (empty = EMPTY). Strings are lower-cased for option/user fields. */
  values(issue: SandboxIssue): Value[];
  /** A literal → the values it stands for; push an error and return undefined if it names nothing. */
  resolve(literal: string, errors: string[], forRange: boolean): Value[] | undefined;
  /** Functions usable as operands (openSprints(), currentUser(), now()…), by lower-cased name. */
  functions?: Record<string, (args: string[], errors: string[]) => Value[] | undefined>;
  /** Sort key for ORDER BY; undefined sorts as empty. Absent → the field does not support sorting. */
  sortValue?(issue: SandboxIssue): Value | undefined;
  /** Compare two values (range operators); NaN means incomparable. */
  compare?(a: Value, b: Value): number;
}

/** Reads a dotted path inside a JSON value; arrays along the way are flattened. */
export function readPath(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const part of path.split('.').filter(Boolean)) {
    const next: unknown[] = [];
    for (const c of current) {
      if (Array.isArray(c)) {
        for (const el of c) if (el && typeof el === 'object' && part in el) next.push((el as Record<string, unknown>)[part]);
      } else if (c && typeof c === 'object' && part in c) next.push((c as Record<string, unknown>)[part]);
    }
    current = next;
  }
  return current.flatMap((c) => (Array.isArray(c) ? c : [c])).filter((c) => c !== null && c !== undefined);
}
