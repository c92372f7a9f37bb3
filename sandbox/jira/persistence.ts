/**
 * The sandbox Jira's data on disk: a snapshot (`jira.json`) and, beside it, an
 * append-only journal (`jira.journal`) of the records changed since the snapshot.
 *
 * Every mutation made through the service appends one JSON line — the whole
 * changed issues and any other changed collection (the id sequences, say) — with
 * writeSync in the same tick as the mutation, before the HTTP response is sent: an
 * acknowledged write is in the kernel and survives kill -9 of the process (not a
 * power cut: that would need an fsync per write). A request costs one line, a few
 * kB, however large the project; the snapshot (~60 MB for 10 000 issues) is only
 * rewritten by compaction, off the request path.
 *
 * Loading reads the snapshot and replays the journal over it, oldest line first; a
 * torn last line (a crash mid-append, never acknowledged) is dropped. Lines hold
 * whole records, so replaying a line twice changes nothing.
 *
 * Compaction writes the live data to a temporary file, fsyncs it, renames it over
 * the snapshot (atomic) and then removes the journal. A crash before the rename
 * leaves the old snapshot and the whole journal; between the rename and the
 * removal, a journal whose records the snapshot already holds (replayed, it
 * changes nothing). It runs on start, on flush() (and so on close), after a quiet
 * spell that grows with the snapshot's size, and soon after the journal has grown
 * to half the snapshot.
 */
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { forEachCompleteLine, replaceFileDurably, writeAll } from '../durableFiles';
import type { SandboxData, SandboxIssue } from './model';

/** The top-level collections other than issues, journaled whole when they change (they are small). */
export type Collection = Exclude<keyof SandboxData, 'issues'>;

/** One journal line: what one mutation changed. */
export interface JournalEntry {
  /** Whole issues, replacing the issue with the same id (or added when there is none). */
  issues?: SandboxIssue[];
  /** Whole collections, replacing the data's. */
  collections?: Partial<Pick<SandboxData, Collection>>;
}

/** The journal beside a data file: `jira.json` → `jira.journal`. */
export function journalFile(file: string): string {
  return join(dirname(file), `${basename(file).replace(/\.json$/i, '')}.journal`);
}

/** Reads a data file if it exists, with its journal replayed over it. */
export function loadData(file: string): SandboxData | undefined {
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as SandboxData;
  const journal = journalFile(file);
  if (existsSync(journal)) replayJournal(data, readFileSync(journal), journal);
  return data;
}

/**
 * Applies the journal's complete lines to `data`, oldest first; a last line without
 * its newline is a torn append and is dropped. Returns how many lines were applied.
 */
export function replayJournal(data: SandboxData, journal: Buffer | string, where = 'the journal'): number {
  const bytes = typeof journal === 'string' ? Buffer.from(journal) : journal;
  const index = new Map(data.issues.map((issue, i) => [issue.id, i]));
  let applied = 0;
  forEachCompleteLine(bytes, where, 'Jira journal', (json, at) => {
    applyEntry(data, index, parseEntry(json, at));
    applied++;
  });
  return applied;
}

function parseEntry(entry: unknown, where: string): JournalEntry {
  const e = entry as JournalEntry | null;
  const ok =
    !!e &&
    typeof e === 'object' &&
    !Array.isArray(e) &&
    (e.issues === undefined || (Array.isArray(e.issues) && e.issues.every((i) => !!i && typeof i === 'object' && typeof i.id === 'string'))) &&
    (e.collections === undefined || (!!e.collections && typeof e.collections === 'object' && !Array.isArray(e.collections) && !('issues' in e.collections)));
  if (!ok) throw new Error(`${where}: not a Jira journal line`);
  return e;
}

function applyEntry(data: SandboxData, index: Map<string, number>, entry: JournalEntry): void {
  for (const issue of entry.issues ?? []) {
    const at = index.get(issue.id);
    if (at === undefined) {
      index.set(issue.id, data.issues.length);
      data.issues.push(issue);
    } else data.issues[at] = issue;
  }
  Object.assign(data, entry.collections ?? {});
}

/**
 * Writes a snapshot atomically (a temporary file next to the target, fsync, rename)
 * and then removes the journal, whose changes the snapshot now holds.
 * Returns the snapshot's size in bytes.
 */
export function saveData(file: string, data: SandboxData): number {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const text = Buffer.from(JSON.stringify(data));
  replaceFileDurably(file, tmp, (fd) => writeAll(fd, text));
  rmSync(journalFile(file), { force: true });
  return text.length;
}

/** Temporary files of compactions that died before their rename: nothing reads them. */
function removeLeftoverTemps(file: string): void {
  const prefix = `${basename(file)}.`;
  if (!existsSync(dirname(file))) return;
  for (const name of readdirSync(dirname(file))) {
    if (name.startsWith(prefix) && /^\d+\.\d+\.tmp$/.test(name.slice(prefix.length))) rmSync(join(dirname(file), name), { force: true });
  }
}

export interface JournaledDataOptions {
  /** Compact after this long without a change: 100 ms plus this much per MB of snapshot (compaction costs about that much), at most 60 s. */
  quietMsPerMb?: number;
  /** Compact soon once the journal is larger than this fraction of the snapshot (and at least 1 MB). */
  journalRatio?: number;
}

const MB = 1024 * 1024;

/**
 * The service's data file: compacts on creation (the given data is what the
 * snapshot holds from now on), appends a journal line per change, compacts in the
 * background and on flush().
 */
export class JournaledData {
  private fd: number | undefined;
  private journalBytes = 0;
  private snapshotBytes = 0;
  private quietTimer: NodeJS.Timeout | undefined;
  private soonTimer: NodeJS.Timeout | undefined;
  private readonly quietMsPerMb: number;
  private readonly journalRatio: number;

  constructor(
    readonly file: string,
    private readonly data: () => SandboxData,
    options: JournaledDataOptions = {},
  ) {
    this.quietMsPerMb = options.quietMsPerMb ?? 100;
    this.journalRatio = options.journalRatio ?? 0.5;
    removeLeftoverTemps(file);
    this.compact();
  }

  /** Bytes in the journal since the last compaction. */
  get pendingBytes(): number {
    return this.journalBytes;
  }

  /** Appends one line, synchronously: when this returns the change survives kill -9. */
  append(entry: JournalEntry): void {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    const fd = this.open();
    try {
      writeAll(fd, line);
    } catch (error) {
      // Take back a partial line so the next append does not glue onto it.
      try {
        ftruncateSync(fd, this.journalBytes);
      } catch {
        // The replay drops a torn last line anyway.
      }
      throw error;
    }
    this.journalBytes += line.length;
    this.schedule();
  }

  /** Writes the whole data as the new snapshot and starts an empty journal. */
  compact(): void {
    this.clearTimers();
    this.closeJournal();
    this.snapshotBytes = saveData(this.file, this.data());
    this.journalBytes = 0;
  }

  /** Compacts if anything was journaled since the last compaction. */
  flush(): void {
    this.clearTimers();
    if (this.journalBytes > 0) this.compact();
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    const journal = journalFile(this.file);
    // Normally absent (compaction removed it); a leftover's torn tail is cut off so lines start clean.
    if (existsSync(journal)) {
      const bytes = readFileSync(journal);
      const complete = bytes.lastIndexOf(0x0a) + 1;
      if (complete < bytes.length) writeFileSync(journal, bytes.subarray(0, complete));
    }
    this.fd = openSync(journal, 'a');
    this.journalBytes = statSync(journal).size;
    return this.fd;
  }

  private closeJournal(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }

  private schedule(): void {
    const background = () => {
      try {
        this.compact();
      } catch (e) {
        // The journal is intact: nothing acknowledged is lost, the next compaction tries again.
        console.error('[sandbox-jira] could not compact the data file', e);
      }
    };
    if (this.journalBytes > Math.max(MB, this.snapshotBytes * this.journalRatio)) {
      this.soonTimer ??= setTimeout(background, 0);
      this.soonTimer.unref();
    }
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(background, Math.min(60_000, 100 + (this.snapshotBytes / MB) * this.quietMsPerMb));
    this.quietTimer.unref();
  }

  private clearTimers(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    if (this.soonTimer) clearTimeout(this.soonTimer);
    this.quietTimer = this.soonTimer = undefined;
  }
}
