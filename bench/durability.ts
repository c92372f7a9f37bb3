/**
 * Durability of the local app storage: a burst of writes to a running sandbox
 * (`npm start` in a child process), `kill -9` while they are in flight, a
 * restart on the same data folder, and a count of acknowledged writes that
 * did not survive. Used by `npm run bench` (prints) and by an integration test (asserts none lost).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..');

function startSandboxProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'sandbox', 'start.ts')], { cwd: REPO_ROOT, env: { ...process.env, PORT: '0', SANDBOX_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ready, fail) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /is running: (http:\/\/\S+)/.exec(out);
      if (match) ready({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`the sandbox exited with ${code} before it was ready:\n${out}\n${err}`)));
  });
}

const storage = (url: string, op: string, body: unknown) => fetch(`${url}/__sandbox/storage/api/v1/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Half plain keys, half custom-entity rows, as the app writes both. */
const write = (url: string, i: number) =>
  i % 2 === 0
    ? storage(url, 'set', { key: `durability-${i}`, value: { i } })
    : storage(url, 'entity/set', { entityName: 'policy', key: `DUR${i}`, value: { projectKey: `DUR${i}`, version: 1, record: { i } } });

const stored = async (url: string, i: number) => {
  const response = i % 2 === 0 ? await storage(url, 'get', { key: `durability-${i}` }) : await storage(url, 'entity/get', { entityName: 'policy', key: `DUR${i}` });
  return response.status === 200;
};

export interface DurabilityResult {
  sent: number;
  /** Acknowledged writes when kill -9 was sent; more answers may arrive before the process dies. */
  killedAt: number;
  acknowledged: number;
  survived: number;
  lost: number[];
}

export async function killDuringWrites(writes = 100): Promise<DurabilityResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eh-durability-'));
  try {
    const first = await startSandboxProcess(dataDir);
    const acknowledged: number[] = [];
    const killAfter = Math.floor(writes / 2);
    const exited = new Promise((done) => first.child.once('exit', done));
    await Promise.allSettled(
      Array.from({ length: writes }, (_, i) =>
        write(first.url, i).then((response) => {
          if (response.ok) acknowledged.push(i);
          if (acknowledged.length === killAfter) first.child.kill('SIGKILL');
        }),
      ),
    );
    first.child.kill('SIGKILL');
    await exited;
    const second = await startSandboxProcess(dataDir);
    try {
      const lost: number[] = [];
      for (const i of acknowledged) if (!(await stored(second.url, i))) lost.push(i);
      return { sent: writes, killedAt: killAfter, acknowledged: acknowledged.length, survived: acknowledged.length - lost.length, lost };
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((done) => second.child.once('exit', done));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runDurabilityBench(): Promise<void> {
  const result = await killDuringWrites(100);
  console.log(`storage durability: ${result.sent} writes sent at once (half keys, half entities); kill -9 once ${result.killedAt} were acknowledged, ${result.acknowledged} acknowledged before the process died`);
  console.log(`  after a restart on the same data: ${result.survived} of the ${result.acknowledged} found, ${result.lost.length} lost${result.lost.length ? ` (${result.lost.join(', ')})` : ''}`);
}
