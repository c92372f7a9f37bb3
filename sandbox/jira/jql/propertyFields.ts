import type { SandboxIssue } from '../model';
import { dateField, numberField, optionField, textField } from './fieldKinds';
import { type JqlContext, type JqlField, type PropertyAlias, readPath } from './context';

function propertyValues(issue: SandboxIssue, key: string, path: string): unknown[] {
  if (!(key in issue.properties)) return [];
  return readPath(issue.properties[key], path);
}

/** A field backed by an entity property: a manifest search alias or `issue.property[key].path`. */
export function propertyField(ctx: JqlContext, alias: PropertyAlias): JqlField {
  const raw = (issue: SandboxIssue) => propertyValues(issue, alias.propertyKey, alias.path);
  switch (alias.type) {
    case 'number':
      return numberField(alias.alias, (i) => raw(i).map(Number).filter((n) => !Number.isNaN(n)));
    case 'date':
      return dateField(ctx, alias.alias, (i) =>
        raw(i)
          .map((v) => (typeof v === 'number' ? v : Date.parse(String(v))))
          .filter((n) => !Number.isNaN(n)),
      );
    case 'text':
      return textField((i) => raw(i).map(String).join(' '));
    case 'user':
    case 'string':
    default:
      return optionField(
        (i) => raw(i).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)).toLowerCase()),
        (literal) => [literal.toLowerCase()],
        {},
        (i) => raw(i).map(String)[0]?.toLowerCase(),
      );
  }
}

/** `issue.property[key].path` → an untyped string property field. */
export function parsePropertyReference(name: string): PropertyAlias | undefined {
  const m = /^issue\.property\[([^\]]+)\]((?:\.[^.]+)*)$/i.exec(name);
  if (!m) return undefined;
  return { alias: name, propertyKey: m[1]!, path: (m[2] ?? '').replace(/^\./, ''), type: 'string' };
}
