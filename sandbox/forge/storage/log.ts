/**
 * Durability: an append-only JSON-lines log of committed change lists, one
 * line per acknowledged write (a transaction or batch is one line, so it
 * replays whole or not at all).
 *
 * A line is written with writeSync before the service answers, so it is in the
 * kernel when the caller hears "done" and survives kill -9 of the process (not
 * a power cut: that would need an fsync per write, which benchmarks cannot afford).
 * A crash mid-write leaves a torn last line, never acknowledged: replay drops it
 * and cuts it off so the next line starts clean. Compaction rewrites the live
 * state to a temp file, fsyncs it and renames it over the log, which is atomic.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { describeZodError } from './errors';
import { forEachCompleteLine, replaceFileDurably, writeAll } from '../../durableFiles';
import type { Change } from './store';

/** Compact on open once the log has at least this many lines and more than twice as many lines as live items. */
export const COMPACTION_MIN_LINES = 1000;

export interface ChangeLog {
  /** Lines in the log (each one committed change list). */
  readonly lines: number;
  append(changes: readonly Change[]): void;
  /** Replaces the log with the given live state, atomically. */
  compact(snapshot: readonly Change[]): void;
  close(): void;
}

const item = z.strictObject({ value: z.json(), createdAt: z.number(), updatedAt: z.number(), expiresAt: z.number().optional() });
const change = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('put'), ns: z.string(), key: z.string(), item }),
  z.strictObject({ op: z.literal('delete'), ns: z.string(), key: z.string() }),
]);
const line = z.strictObject({ changes: z.array(change) });

export const shouldCompact = (lines: number, liveItems: number) => lines >= COMPACTION_MIN_LINES && lines > 2 * liveItems;

const tempFile = (file: string) => `${file}.compact.tmp`;
const encode = (changes: readonly Change[]) => `${JSON.stringify({ changes })}\n`;

function parseLine(json: unknown, where: string): Change[] {
  const parsed = line.safeParse(json);
  if (!parsed.success) throw new Error(`${where}: not a storage log line: ${describeZodError(parsed.error)}`);
  return parsed.data.changes as Change[];
}

/** Opens (creating) the log and hands each committed change list to `replay`, oldest first. */
export function openChangeLog(file: string, replay: (changes: Change[]) => void): ChangeLog {
  mkdirSync(dirname(file), { recursive: true });
  // A compaction that died before its rename left only this; the log itself is intact.
  rmSync(tempFile(file), { force: true });
  let lines = 0;
  if (existsSync(file)) {
    const data = readFileSync(file);
    const complete = forEachCompleteLine(data, file, 'storage log', (json, at) => {
      replay(parseLine(json, at));
      lines++;
    });
    if (complete < data.length) truncateSync(file, complete);
  }
  let fd = openSync(file, 'a');
  let size = fstatSync(fd).size;

  return {
    get lines() {
      return lines;
    },
    append(changes) {
      const buffer = Buffer.from(encode(changes));
      try {
        writeAll(fd, buffer);
      } catch (error) {
        // Take back a partial line so the next append does not glue onto it.
        try {
          ftruncateSync(fd, size);
        } catch {
          // The replay drops a torn last line anyway.
        }
        throw error;
      }
      size += buffer.length;
      lines++;
    },
    compact(snapshot) {
      closeSync(fd);
      replaceFileDurably(file, tempFile(file), (out) => {
        for (let start = 0; start < snapshot.length; start += 1000) {
          writeAll(out, Buffer.from(snapshot.slice(start, start + 1000).map((c) => encode([c])).join('')));
        }
      });
      fd = openSync(file, 'a');
      size = fstatSync(fd).size;
      lines = snapshot.length;
    },
    close() {
      closeSync(fd);
    },
  };
}
