/**
 * The in-memory state: one table per namespace (the key-value store, secrets,
 * and each custom entity), changed only by applying committed change lists, so
 * the same lists replayed from the log rebuild the same state.
 */
import type { Json } from './json';

export interface Item {
  value: Json;
  /** Epoch milliseconds of the service clock. */
  createdAt: number;
  updatedAt: number;
  /** Set by a TTL; the item reads as absent from this instant on. */
  expiresAt?: number;
}

export type Change = { op: 'put'; ns: string; key: string; item: Item } | { op: 'delete'; ns: string; key: string };

export const KV_NAMESPACE = 'kv';
export const SECRET_NAMESPACE = 'secret';
export const entityNamespace = (entityName: string) => `entity/${entityName}`;

export class MemoryStore {
  private readonly tables = new Map<string, Map<string, Item>>();

  constructor(private readonly now: () => number) {}

  private live(item: Item | undefined): Item | undefined {
    return item && (item.expiresAt === undefined || item.expiresAt > this.now()) ? item : undefined;
  }

  /** The unexpired item under the key (never hand `value` out without copying it). */
  get(ns: string, key: string): Item | undefined {
    return this.live(this.tables.get(ns)?.get(key));
  }

  /** Every unexpired item of the namespace, unordered. */
  entries(ns: string): [string, Item][] {
    const table = this.tables.get(ns);
    if (!table) return [];
    const found: [string, Item][] = [];
    for (const [key, item] of table) if (this.live(item)) found.push([key, item]);
    return found;
  }

  apply(changes: readonly Change[]): void {
    for (const change of changes) {
      if (change.op === 'delete') {
        this.tables.get(change.ns)?.delete(change.key);
        continue;
      }
      let table = this.tables.get(change.ns);
      if (!table) this.tables.set(change.ns, (table = new Map()));
      table.set(change.key, change.item);
    }
  }

  /** The live state as puts: what a compacted log holds. */
  snapshot(): Change[] {
    const puts: Change[] = [];
    for (const ns of this.tables.keys()) for (const [key, item] of this.entries(ns)) puts.push({ op: 'put', ns, key, item });
    return puts;
  }

  /** Items held, expired ones included (they are still in the log). */
  size(): number {
    let total = 0;
    for (const table of this.tables.values()) total += table.size;
    return total;
  }
}
