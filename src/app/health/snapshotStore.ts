import { createHash } from 'node:crypto';
import type { HealthRefreshView } from '../../contract/health';
import type { HealthIssue } from '../../domain/health/healthIssue';
import type { RefList, RowsRefList } from '../../domain/health/refs';
import type { HealthViewBody } from '../../domain/health/snapshot';
import { decodeHealthIssue, encodeHealthIssue, type StoredHealthIssue } from '../../domain/health/storedForm';
import type { Sprint, Version } from '../../domain/types';
import type { AppStore, EstimationField, SiteFieldIds } from '../ports';
import { bucketOf, healthKeys } from './snapshotKeys';

/** Bump when the stored shape changes: a meta of another schema is rebuilt from scratch. 3: refs lists in columns; records keep their links and an app reporter. */
export const HEALTH_SCHEMA = 3;
/** What one stored value may hold, well under Forge's 240 KiB per value. */
const CHUNK_BYTES = 150_000;
/** A bucket past this is re-split on the next write (records grow as issues change). */
const BUCKET_MAX_BYTES = 200_000;

export interface HealthBoard {
  id: number;
  name: string;
  estimationField: EstimationField | null;
  columns: { name: string; statusIds: string[] }[];
}

/** The snapshot's index: where its parts are and what the next refresh starts from. */
export interface HealthMeta {
  schema: number;
  projectKey: string;
  /** Issue buckets of this generation are current; a rebuild writes the next one, then this record. */
  generation: number;
  bucketCount: number;
  /** The refs chunks of this generation are current. */
  refsGeneration: number;
  /** ref → chunk number. */
  refChunks: Record<string, number>;
  refChunkCount: number;
  /** Digests of what the refs chunks and the view hold: an unchanged one is not written again. */
  refsDigest?: string;
  viewDigest?: string;
  computedAt: number;
  /** Issues updated after this instant (less an overlap) are re-read by the next refresh. */
  readFrom: number;
  lastFullAt: number;
  boardCheckedAt: number;
  board: HealthBoard | null;
  /** The project's statuses (read with the board: they change as rarely), for the ready-for-acceptance status. */
  statuses: { id: string; name: string; category: 'new' | 'indeterminate' | 'done' }[];
  fieldIds: SiteFieldIds;
  sprints: Sprint[];
  versions: Version[];
  issueCount: number;
}

const bytes = (value: unknown) => JSON.stringify(value).length;
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** Items into chunks of at most CHUNK_BYTES of JSON each (an item larger than that gets a chunk of its own). */
function chunked<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && used + n > CHUNK_BYTES) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The meta record's fields a refresh decides; the store adds where the parts went. */
export type HealthMetaBase = Omit<HealthMeta, 'generation' | 'bucketCount' | 'refsGeneration' | 'refChunks' | 'refChunkCount' | 'issueCount' | 'refsDigest' | 'viewDigest'>;

/** The snapshot's storage: reads and the writes of a refresh, in an order that keeps a crashed write harmless. */
export function healthSnapshotStore(store: AppStore, projectKey: string) {
  const k = healthKeys;
  return {
    meta: () => store.get<HealthMeta>(k.meta(projectKey)),
    view: () => store.get<HealthViewBody>(k.view(projectKey)),
    refreshState: () => store.get<HealthRefreshView>(k.refresh(projectKey)),
    setRefreshState: (state: HealthRefreshView) => store.set(k.refresh(projectKey), state),

    /** Every issue record of the snapshot. */
    async allIssues(meta: HealthMeta): Promise<HealthIssue[]> {
      const buckets = await Promise.all(Array.from({ length: meta.bucketCount }, (_, b) => store.get<StoredHealthIssue[]>(k.bucket(projectKey, meta.generation, b))));
      return buckets.flatMap((bucket) => (bucket ?? []).map(decodeHealthIssue));
    },

    /** The records of these issues (those the snapshot has), reading only their buckets. */
    async issues(meta: HealthMeta, issueIds: readonly string[]): Promise<Map<string, HealthIssue>> {
      const wanted = new Set(issueIds);
      const buckets = [...new Set(issueIds.map((id) => bucketOf(id, meta.bucketCount)))];
      const found = new Map<string, HealthIssue>();
      for (const bucket of await Promise.all(buckets.map((b) => store.get<StoredHealthIssue[]>(k.bucket(projectKey, meta.generation, b))))) {
        for (const stored of bucket ?? []) if (wanted.has(stored.id)) found.set(stored.id, decodeHealthIssue(stored));
      }
      return found;
    },

    /** A list as stored: in columns, or in rows as refreshes before the columns wrote it (the next refresh rewrites every list). */
    async refList(meta: HealthMeta, ref: string): Promise<RefList | RowsRefList | undefined> {
      const chunk = meta.refChunks[ref];
      if (chunk === undefined) return undefined;
      const refs = await store.get<Record<string, RefList | RowsRefList>>(k.refs(projectKey, meta.refsGeneration, chunk));
      return refs?.[ref];
    },

    /**
     * Writes a computed snapshot. A full rebuild (or buckets grown too large) writes every record under
     * the next generation; otherwise only the buckets holding `changedIds` are rewritten in place (each
     * record is the issue's whole truth, so a crash half way leaves records the next refresh re-reads).
     * The refs go to a new generation each time; the meta record, written last, points at what is
     * current; then the previous generation's values are removed.
     */
    async save(
      previous: HealthMeta | undefined,
      next: HealthMetaBase,
      issues: readonly HealthIssue[],
      changedIds: ReadonlySet<string> | 'all',
      view: HealthViewBody,
      refs: ReadonlyMap<string, RefList>,
    ): Promise<HealthMeta> {
      const encoded = issues.map(encodeHealthIssue);
      const total = encoded.reduce((sum, r) => sum + bytes(r), 0);
      let generation = previous?.generation ?? 0;
      let bucketCount = previous?.bucketCount ?? 1;
      const grouped = (count: number) => {
        const groups: StoredHealthIssue[][] = Array.from({ length: count }, () => []);
        for (const r of encoded) groups[bucketOf(r.id, count)]!.push(r);
        return groups;
      };
      let groups = grouped(bucketCount);
      const rebuild = previous === undefined || changedIds === 'all' || groups.some((g) => bytes(g) > BUCKET_MAX_BYTES);
      if (rebuild) {
        generation += 1;
        // Room to grow: buckets start at about half their limit.
        bucketCount = Math.max(1, Math.ceil(total / (BUCKET_MAX_BYTES / 2)));
        groups = grouped(bucketCount);
      }
      const touched = rebuild ? groups.map((_, b) => b) : [...new Set([...(changedIds as ReadonlySet<string>)].map((id) => bucketOf(id, bucketCount)))];
      await Promise.all(touched.map((b) => store.set(k.bucket(projectKey, generation, b), groups[b]!)));

      const entries = [...refs];
      const refsDigest = digest(entries);
      const viewDigest = digest(view);
      const sameRefs = previous !== undefined && previous.refsDigest === refsDigest;
      let { refsGeneration = 0, refChunks = {}, refChunkCount = 0 } = sameRefs ? previous : {};
      if (!sameRefs) {
        refsGeneration = (previous?.refsGeneration ?? 0) + 1;
        refChunks = {};
        const chunks = chunked(entries, ([, list]) => bytes(list));
        chunks.forEach((chunk, n) => chunk.forEach(([ref]) => (refChunks[ref] = n)));
        refChunkCount = chunks.length;
        await Promise.all(chunks.map((chunk, n) => store.set(k.refs(projectKey, refsGeneration, n), Object.fromEntries(chunk))));
      }
      if (previous?.viewDigest !== viewDigest) await store.set(k.view(projectKey), view);
      const meta: HealthMeta = { ...next, generation, bucketCount, refsGeneration, refChunks, refChunkCount, refsDigest, viewDigest, issueCount: issues.length };
      await store.set(k.meta(projectKey), meta);

      const stale: string[] = [];
      if (previous) {
        if (!sameRefs) for (let n = 0; n < previous.refChunkCount; n++) stale.push(k.refs(projectKey, previous.refsGeneration, n));
        if (previous.generation !== generation) for (let b = 0; b < previous.bucketCount; b++) stale.push(k.bucket(projectKey, previous.generation, b));
      }
      // Best effort: a value left behind is never read (the meta no longer names it).
      await Promise.all(stale.map((key) => store.delete(key).catch(() => undefined)));
      return meta;
    },
  };
}

export type HealthSnapshotStore = ReturnType<typeof healthSnapshotStore>;
