import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { PropertyAlias } from './jql/context';

const TYPES = new Set(['string', 'number', 'date', 'text', 'user']);

/** Reads `modules['jira:entityProperty']` (issue entity properties) from manifest.yml into JQL search aliases. */
export function loadPropertyAliases(manifestPath: string | undefined): Map<string, PropertyAlias> {
  const aliases = new Map<string, PropertyAlias>();
  if (!manifestPath || !existsSync(manifestPath)) return aliases;
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as { modules?: Record<string, unknown> } | null;
  const modules = manifest?.modules?.['jira:entityProperty'];
  if (!Array.isArray(modules)) return aliases;
  for (const m of modules as { entityType?: string; propertyKey?: string; values?: unknown }[]) {
    if ((m.entityType ?? 'issue') !== 'issue' || !m.propertyKey || !Array.isArray(m.values)) continue;
    for (const v of m.values as { path?: string; type?: string; searchAlias?: string }[]) {
      if (!v.searchAlias || !v.path || !TYPES.has(v.type ?? '')) continue;
      aliases.set(v.searchAlias.toLowerCase(), {
        alias: v.searchAlias,
        propertyKey: m.propertyKey,
        path: v.path,
        type: v.type as PropertyAlias['type'],
      });
    }
  }
  return aliases;
}
