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
  const jiraResult = await killDuringJiraWrites(50);
  console.log(
    `Jira durability: ${jiraResult.sent} writes sent at once (comments, issue properties, edits, transitions); ${jiraResult.acknowledged} acknowledged (median ${jiraResult.ackMs.median.toFixed(0)} ms, slowest ${jiraResult.ackMs.max.toFixed(0)} ms), kill -9 right after the last; after a restart: ${jiraResult.survived} of the ${jiraResult.acknowledged} found, ${jiraResult.lost.length} lost${jiraResult.lost.length ? ` (${jiraResult.lost.slice(0, 5).join('; ')}${jiraResult.lost.length > 5 ? '; …' : ''})` : ''}${jiraResult.refused.length ? `; ${jiraResult.refused.length} refused` : ''}`,
  );
}

/** One acknowledged Jira write and how to find it again after the restart. */
interface JiraWrite {
  label: string;
  send(url: string): Promise<Response>;
  /** Given the acknowledgement's body, whether the write is visible on `url`. */
  found(url: string, answer: unknown): Promise<boolean>;
}

const jira = (url: string, path: string, as: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'x-sandbox-as': as, accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const jiraJson = async <T>(url: string, path: string, as: string): Promise<T> => {
  const response = await jira(url, path, as);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};
const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Comments, issue property PUTs, edits and transitions out of To Do (the workflow validator lets those through), in turn. */
function jiraWrites(as: string, keys: string[], toDo: string[], count: number): JiraWrite[] {
  const writes: JiraWrite[] = [];
  for (let i = 0; writes.length < count; i++) {
    const key = keys[i % keys.length]!;
    const enc = encodeURIComponent;
    switch (i % 4) {
      case 0: {
        const text = `durability comment ${i}`;
        writes.push({
          label: `comment ${i} on ${key}`,
          send: (url) => jira(url, `/rest/api/3/issue/${key}/comment`, as, { body: { body: adf(text) } }),
          found: async (url, answer) => {
            const { comments } = await jiraJson<{ comments: { id: string; body: unknown }[] }>(url, `/rest/api/3/issue/${key}/comment?maxResults=5000`, as);
            const id = (answer as { id?: string }).id;
            return comments.some((c) => c.id === id && JSON.stringify(c.body).includes(text));
          },
        });
        break;
      }
      case 1: {
        const property = `durability-${i}`;
        writes.push({
          label: `property ${property} on ${key}`,
          send: (url) => jira(url, `/rest/api/3/issue/${key}/properties/${enc(property)}`, as, { method: 'PUT', body: { i } }),
          found: async (url) => {
            const response = await jira(url, `/rest/api/3/issue/${key}/properties/${enc(property)}`, as);
            return response.ok && ((await response.json()) as { value?: { i?: number } }).value?.i === i;
          },
        });
        break;
      }
      case 2: {
        const label = `durability-${i}`;
        writes.push({
          label: `label ${label} on ${key}`,
          send: (url) => jira(url, `/rest/api/3/issue/${key}`, as, { method: 'PUT', body: { update: { labels: [{ add: label }] } } }),
          found: async (url) => (await jiraJson<{ fields: { labels: string[] } }>(url, `/rest/api/3/issue/${key}?fields=labels`, as)).fields.labels.includes(label),
        });
        break;
      }
      default: {
        const target = toDo.shift();
        if (!target) continue;
        writes.push({
          label: `transition of ${target} to In Progress`,
          send: (url) => jira(url, `/rest/api/3/issue/${target}/transitions`, as, { body: { transition: { id: '21' } } }),
          found: async (url) => (await jiraJson<{ fields: { status: { name: string } } }>(url, `/rest/api/3/issue/${target}?fields=status`, as)).fields.status.name === 'In Progress',
        });
      }
    }
  }
  return writes;
}

export interface JiraDurabilityResult {
  sent: number;
  acknowledged: number;
  survived: number;
  /** The acknowledged writes missing after the restart. */
  lost: string[];
  /** Writes answered with something other than 2xx (not counted as acknowledged). */
  refused: string[];
  /** Time from send to acknowledgement, median and slowest. */
  ackMs: { median: number; max: number };
}

/**
 * Durability of the sandbox's Jira data: a burst of acknowledged writes (comments, issue
 * properties, edits, transitions), `kill -9` the moment the last one is acknowledged, a
 * restart on the same data folder, and a count of acknowledged writes that did not survive.
 */
export async function killDuringJiraWrites(writes = 50): Promise<JiraDurabilityResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eh-jira-durability-'));
  try {
    const first = await startSandboxProcess(dataDir);
    const users = (await (await fetch(`${first.url}/__sandbox/users`)).json()) as { accountId: string; role: string }[];
    const admin = users.find((u) => u.role === 'project-admin')!.accountId;
    const search = (jql: string) => jiraJson<{ issues: { key: string }[] }>(first.url, `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&fields=status&maxResults=20`, admin);
    const keys = (await search('project = ENG AND status = "In Progress" ORDER BY key ASC')).issues.map((i) => i.key).slice(0, 5);
    const toDo = (await search('project = ENG AND status = "To Do" ORDER BY key ASC')).issues.map((i) => i.key);
    const burst = jiraWrites(admin, keys, toDo, writes);

    const acknowledged: { write: JiraWrite; answer: unknown }[] = [];
    const refused: string[] = [];
    const ackMs: number[] = [];
    const exited = new Promise((done) => first.child.once('exit', done));
    let answered = 0;
    await Promise.allSettled(
      burst.map(async (write) => {
        const started = performance.now();
        const response = await write.send(first.url);
        const text = await response.text();
        answered++;
        if (response.ok) {
          acknowledged.push({ write, answer: text ? (JSON.parse(text) as unknown) : undefined });
          ackMs.push(performance.now() - started);
        } else refused.push(`${write.label}: ${response.status} ${text}`);
        // The last acknowledgement is in: kill -9 now, before the sandbox has any spare moment.
        if (answered === burst.length) first.child.kill('SIGKILL');
      }),
    );
    first.child.kill('SIGKILL');
    await exited;

    const second = await startSandboxProcess(dataDir);
    try {
      const lost: string[] = [];
      for (const { write, answer } of acknowledged) if (!(await write.found(second.url, answer))) lost.push(write.label);
      ackMs.sort((a, b) => a - b);
      return {
        sent: burst.length,
        acknowledged: acknowledged.length,
        survived: acknowledged.length - lost.length,
        lost,
        refused,
        ackMs: { median: ackMs[Math.floor(ackMs.length / 2)] ?? 0, max: ackMs[ackMs.length - 1] ?? 0 },
      };
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((done) => second.child.once('exit', done));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
