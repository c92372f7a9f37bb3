/**
 * The file primitives both sandbox logs stand on (the app-storage log and the Jira journal):
 * appends that survive kill -9, JSON-lines replay that drops a torn last line, and a file
 * replaced atomically (temporary file, fsync, rename, directory fsync).
 */
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes the whole buffer (writeSync may write less than asked). */
export function writeAll(fd: number, buffer: Buffer): void {
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
}

/** Makes a rename durable; some platforms cannot open a directory, and lose only that guarantee. */
function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort by design.
  }
}

/** Replaces `file` with what `write` puts in `temp`, atomically: a crash leaves the old file or the new one. */
export function replaceFileDurably(file: string, temp: string, write: (fd: number) => void): void {
  const fd = openSync(temp, 'w');
  try {
    write(fd);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncDirectory(dirname(file));
}

/**
 * Hands each complete line of a JSON-lines log to `each` (parsed, with `file:line` for messages),
 * oldest first. A last line without its newline is a torn append, never acknowledged: it is left
 * out. Returns the byte length of the complete lines, so the caller can cut the torn tail off.
 */
export function forEachCompleteLine(bytes: Buffer, where: string, logName: string, each: (json: unknown, at: string) => void): number {
  const complete = bytes.lastIndexOf(0x0a) + 1;
  bytes
    .subarray(0, complete)
    .toString('utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text === '') return;
      const at = `${where}:${index + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`${at}: not JSON; the ${logName} is damaged in the middle (only a torn last line is expected after a crash)`);
      }
      each(json, at);
    });
  return complete;
}
