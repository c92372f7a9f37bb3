/**
 * Durability of the local storage service: every acknowledged write is in the
 * log before `handle` returns and a fresh service on the same file sees it; a
 * torn last line (a crash mid-write) is dropped; compaction keeps the state;
 * a refused write or failed transaction leaves no trace; kill -9 loses nothing acknowledged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPACTION_MIN_LINES, createStorageService, type StorageService } from '../../../sandbox/forge/storage';

const manifest = {
  app: {
    storage: {
      entities: [{ name: 'note', attributes: { owner: { type: 'string' }, version: { type: 'integer' }, body: { type: 'any' } }, indexes: [{ name: 'by-owner', partition: ['owner'], range: ['version'] }] }],
    },
  },
};

let dir: string;
const children: ChildProcess[] = [];
let logFile: string;
const open: StorageService[] = [];
const service = (now: () => number = Date.now) => {
  const created = createStorageService({ manifest, logFile, now });
  open.push(created);
  return created;
};
const lines = () => readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
const get = (s: StorageService, key: string) => s.handle('/api/v1/get', { key });
const getNote = (s: StorageService, key: string) => s.handle('/api/v1/entity/get', { entityName: 'note', key });
const noteCondition = (version: number) => ({ and: [{ property: 'version', condition: 'EQUAL_TO', values: [version] }] });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'forge-storage-'));
  logFile = join(dir, 'data', 'storage.log');
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('storage log', () => {
  it('replays every acknowledged write into a fresh service: sets, deletes, entities, transactions, batches', () => {
    const first = service();
    expect(first.handle('/api/v1/set', { key: 'a', value: { n: 1 } }).status).toBe(204);
    first.handle('/api/v1/set', { key: 'gone', value: 1 });
    first.handle('/api/v1/delete', { key: 'gone' });
    first.handle('/api/v1/secret/set', { key: 'token', value: 's' });
    first.handle('/api/v1/entity/set', { entityName: 'note', key: 'n1', value: { owner: 'ann', version: 1 } });
    expect(first.handle('/api/v1/transaction', { set: [{ key: 'n1', entityName: 'note', value: { owner: 'ann', version: 2 }, conditions: noteCondition(1) }, { key: 'b', value: 'tx' }] }).status).toBe(204);
    first.handle('/api/v1/batch/set', [{ key: 'c', value: 3 }]);
    first.close();

    const second = service();
    expect(get(second, 'a')).toEqual({ status: 200, body: { key: 'a', value: { n: 1 } } });
    expect(get(second, 'gone').status).toBe(404);
    expect(second.handle('/api/v1/secret/get', { key: 'token' }).body).toEqual({ key: 'token', value: 's' });
    expect(getNote(second, 'n1').body).toEqual({ key: 'n1', value: { owner: 'ann', version: 2 } });
    expect([get(second, 'b').body, get(second, 'c').body]).toEqual([{ key: 'b', value: 'tx' }, { key: 'c', value: 3 }]);
    expect(second.handle('/api/v1/entity/query', { entityName: 'note', indexName: 'by-owner', partition: ['ann'] }).body).toEqual({ data: [{ key: 'n1', value: { owner: 'ann', version: 2 } }] });
  });

  it('writes a transaction as one line, and nothing for a failed transaction or a refused write', () => {
    const s = service();
    s.handle('/api/v1/entity/set', { entityName: 'note', key: 'n1', value: { owner: 'ann', version: 1 } });
    const before = lines().length;
    s.handle('/api/v1/transaction', { set: [{ key: 'x', value: 1 }, { key: 'y', value: 2 }], delete: [{ key: 'n1', entityName: 'note' }] });
    expect(lines()).toHaveLength(before + 1);

    s.handle('/api/v1/entity/set', { entityName: 'note', key: 'n2', value: { owner: 'bob', version: 1 } });
    const size = statSync(logFile).size;
    const failed = s.handle('/api/v1/transaction', { set: [{ key: 'n2', entityName: 'note', value: { owner: 'bob', version: 2 }, conditions: noteCondition(5) }, { key: 'z', value: 1 }] });
    expect(failed.status).toBe(409);
    expect(s.handle('/api/v1/set', { key: 'x', value: 9, options: { keyPolicy: 'FAIL_IF_EXISTS' } }).status).toBe(409);
    expect(s.handle('/api/v1/entity/set', { entityName: 'note', key: 'n3', value: { owner: 7 } }).status).toBe(400);
    expect(s.handle('/api/v1/delete', { key: 'never-there' }).status).toBe(204);
    expect(statSync(logFile).size).toBe(size);
    s.close();
    const reopened = service();
    expect([get(reopened, 'z').status, (getNote(reopened, 'n2').body as { value: unknown }).value]).toEqual([404, { owner: 'bob', version: 1 }]);
  });

  it('ignores a torn last line, cuts it off, and keeps appending cleanly after it', () => {
    const first = service();
    first.handle('/api/v1/set', { key: 'kept', value: 1 });
    first.close();
    appendFileSync(logFile, '{"changes":[{"op":"put","ns":"kv","key":"torn","item":{"val');

    const second = service();
    expect(get(second, 'kept').status).toBe(200);
    expect(get(second, 'torn').status).toBe(404);
    expect(readFileSync(logFile, 'utf8').endsWith('\n')).toBe(true);
    second.handle('/api/v1/set', { key: 'after', value: 2 });
    second.close();

    const third = service();
    expect([get(third, 'kept').status, get(third, 'torn').status, get(third, 'after').status]).toEqual([200, 404, 200]);
  });

  it('refuses to open a log damaged in the middle rather than lose what follows', () => {
    const first = service();
    first.handle('/api/v1/set', { key: 'a', value: 1 });
    first.close();
    writeFileSync(logFile, `not json\n${readFileSync(logFile, 'utf8')}`);
    expect(() => service()).toThrow(/storage\.log:1: not JSON/);
  });

  it('compacts superseded lines on open, atomically, keeping the live state and dropping expired items', () => {
    let now = 1_000_000;
    const first = service(() => now);
    for (let i = 0; i <= COMPACTION_MIN_LINES; i++) first.handle('/api/v1/set', { key: 'counter', value: i });
    first.handle('/api/v1/set', { key: 'short-lived', value: 1, options: { ttl: { value: 1, unit: 'SECONDS' } } });
    first.handle('/api/v1/entity/set', { entityName: 'note', key: 'n1', value: { owner: 'ann', version: 3, body: ['x'] } });
    first.close();
    expect(lines().length).toBeGreaterThan(COMPACTION_MIN_LINES);

    now += 5_000;
    const second = service(() => now);
    expect(lines()).toHaveLength(2);
    expect(existsSync(`${logFile}.compact.tmp`)).toBe(false);
    expect(get(second, 'counter').body).toEqual({ key: 'counter', value: COMPACTION_MIN_LINES });
    expect(get(second, 'short-lived').status).toBe(404);
    expect(getNote(second, 'n1').body).toEqual({ key: 'n1', value: { owner: 'ann', version: 3, body: ['x'] } });
    second.handle('/api/v1/set', { key: 'counter', value: -1 });
    second.close();
    expect(get(service(() => now), 'counter').body).toEqual({ key: 'counter', value: -1 });
  });

  it('keeps every acknowledged write, and each transaction whole, when the process is killed with SIGKILL', async () => {
    const script = join(dir, 'writer.ts');
    writeFileSync(
      script,
      `import { createStorageService } from ${JSON.stringify(join(__dirname, '../../../sandbox/forge/storage'))};
const s = createStorageService({ manifest: { app: { storage: { entities: [] } } }, logFile: ${JSON.stringify(logFile)} });
// Bounded, so a writer that somehow outlives the test stops on its own.
for (let i = 0; i < 100000; i++) {
  const answer = s.handle('/api/v1/transaction', { set: [{ key: 'a' + i, value: i }, { key: 'b' + i, value: 'x'.repeat(200) }] });
  if (answer.status !== 204) throw new Error(JSON.stringify(answer));
  process.stdout.write(i + '\\n');
}
`,
    );
    // node itself with tsx's loader (not the tsx CLI, which runs the script in a grandchild the kill would miss).
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: join(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let acknowledged = -1;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Only whole lines are acknowledgements; a chunk can end mid-number.
        const done = output.slice(0, output.lastIndexOf('\n') + 1).split('\n').filter(Boolean);
        if (done.length > 0) acknowledged = Number(done.at(-1));
        if (done.length >= 500) child.kill('SIGKILL');
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    expect(acknowledged).toBeGreaterThanOrEqual(499);

    const survivor = service();
    for (let i = 0; i <= acknowledged; i++) expect([i, get(survivor, `a${i}`).status, get(survivor, `b${i}`).status]).toEqual([i, 200, 200]);
    // Writes made after the last acknowledgement may or may not be there, but never half a transaction.
    let i = acknowledged + 1;
    for (; get(survivor, `a${i}`).status === 200; i++) expect(get(survivor, `b${i}`).status).toBe(200);
    expect(get(survivor, `b${i}`).status).toBe(404);
  }, 30_000);
});
