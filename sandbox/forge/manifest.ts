/** What the local Forge reads from manifest.yml: functions and the modules that invoke them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INTERVAL_MS } from './clock';

export type TriggerInterval = keyof typeof INTERVAL_MS;

export interface AppManifest {
  /** The parsed YAML (the storage service reads `app.storage.entities`). */
  raw: Record<string, unknown>;
  /** function key → handler, e.g. "index.resolver" (file index under the source root, export resolver). */
  functions: Map<string, string>;
  /** UI module key → the function that serves its resolver. */
  resolvers: Map<string, { type: string; functionKey: string }>;
  triggers: { key: string; functionKey: string; interval: TriggerInterval }[];
  consumers: { key: string; queue: string; functionKey: string; method?: string }[];
  validators: { key: string; functionKey: string }[];
}

export class ManifestError extends Error {}

type Entry = Record<string, unknown>;
const entries = (modules: Entry, type: string): Entry[] => (Array.isArray(modules[type]) ? (modules[type] as Entry[]) : []);
const text = (value: unknown, where: string): string => {
  if (typeof value !== 'string' || value.length === 0) throw new ManifestError(`manifest.yml: ${where} must be a non-empty string.`);
  return value;
};

/** Module types whose resolver the Custom UI calls with invoke(). */
const UI_MODULE_TYPES = ['jira:issuePanel', 'jira:projectPage', 'jira:projectSettingsPage', 'jira:adminPage', 'jira:globalPage', 'jira:issueAction', 'jira:issueGlance'];

export function readManifest(path: string): AppManifest {
  const raw = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const modules = (raw.modules ?? {}) as Entry;
  const functions = new Map<string, string>();
  for (const fn of entries(modules, 'function')) functions.set(text(fn.key, 'function.key'), text(fn.handler, `function ${String(fn.key)} handler`));
  const known = (key: string, where: string) => {
    if (!functions.has(key)) throw new ManifestError(`manifest.yml: ${where} names function "${key}", which is not declared under modules.function.`);
    return key;
  };

  const resolvers = new Map<string, { type: string; functionKey: string }>();
  for (const type of UI_MODULE_TYPES) {
    for (const m of entries(modules, type)) {
      const resolver = m.resolver as Entry | undefined;
      if (resolver?.function) resolvers.set(text(m.key, `${type}.key`), { type, functionKey: known(text(resolver.function, `${type} resolver.function`), `${type} ${String(m.key)}`) });
    }
  }
  const triggers = entries(modules, 'scheduledTrigger').map((t) => {
    const interval = text(t.interval, `scheduledTrigger ${String(t.key)} interval`);
    if (!(interval in INTERVAL_MS)) throw new ManifestError(`manifest.yml: scheduledTrigger ${String(t.key)} has interval "${interval}"; Forge allows ${Object.keys(INTERVAL_MS).join(', ')}.`);
    return { key: text(t.key, 'scheduledTrigger.key'), functionKey: known(text(t.function, `scheduledTrigger ${String(t.key)} function`), `scheduledTrigger ${String(t.key)}`), interval: interval as TriggerInterval };
  });
  const consumers = entries(modules, 'consumer').map((c) => {
    const key = text(c.key, 'consumer.key');
    const resolver = c.resolver as Entry | undefined;
    const functionKey = known(text(resolver ? resolver.function : c.function, `consumer ${key} function`), `consumer ${key}`);
    return { key, queue: text(c.queue, `consumer ${key} queue`), functionKey, ...(resolver ? { method: text(resolver.method, `consumer ${key} resolver.method`) } : {}) };
  });
  const validators = entries(modules, 'jira:workflowValidator')
    .filter((v) => v.function !== undefined)
    .map((v) => ({ key: text(v.key, 'jira:workflowValidator.key'), functionKey: known(text(v.function, `jira:workflowValidator ${String(v.key)} function`), `jira:workflowValidator ${String(v.key)}`) }));
  return { raw, functions, resolvers, triggers, consumers, validators };
}
