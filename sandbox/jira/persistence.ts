import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxData } from './model';

/** Reads a data file if it exists. */
export function loadData(file: string): SandboxData | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as SandboxData;
}

/** Writes atomically: a temporary file next to the target, then rename. */
export function saveData(file: string, data: SandboxData): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, file);
}

/** Debounced writer: changes are written shortly after they happen; flush() writes any pending change now. */
export class DataWriter {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly data: () => SandboxData,
    private readonly delayMs = 100,
  ) {}

  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      try {
        this.flushSync();
      } catch (e) {
        console.error('[sandbox-jira] could not write the data file', e);
      }
    }, this.delayMs);
    this.timer.unref();
  }

  flushSync(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    saveData(this.file, this.data());
  }
}
