import type { AppStore } from '../app/ports';

/**
 * The local twin of app storage: a map, optionally written through to a
 * callback (the sandbox saves it beside its Jira data). Values are cloned so
 * callers can't mutate stored records, as with a real store.
 */
export function memoryStore(initial: Record<string, unknown> = {}, onChange?: (all: Record<string, unknown>) => void): AppStore & { dump(): Record<string, unknown> } {
  const entries = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const changed = () => onChange?.(Object.fromEntries(entries));
  return {
    async get<T>(key: string) {
      return entries.has(key) ? (structuredClone(entries.get(key)) as T) : undefined;
    },
    async set(key, value) {
      entries.set(key, structuredClone(value));
      changed();
    },
    async create(key, value) {
      if (entries.has(key)) return false;
      entries.set(key, structuredClone(value));
      changed();
      return true;
    },
    async list<T>(prefix: string) {
      return [...entries]
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, value: structuredClone(value) as T }));
    },
    dump: () => structuredClone(Object.fromEntries(entries)),
  };
}
