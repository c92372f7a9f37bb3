/**
 * The benchmark's sandbox, in a process of its own so that the CPU time and
 * peak RSS it reports are the app's and the sandbox's alone. The parent
 * (bench/run.ts) talks to it over HTTP like the browser does, and over the
 * fork IPC channel for the figures and for use cases that are not resolvers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../sandbox/server';
import { exportSnapshotInput } from './snapshotInput';

export const BENCH_NOW = Date.UTC(2026, 10, 18, 15, 0);

export type ChildRequest =
  | { id: number; kind: 'figures' }
  | { id: number; kind: 'health-refresh'; projectKey: string; full?: boolean }
  | { id: number; kind: 'edit-issues'; projectKey: string; count: number }
  | { id: number; kind: 'advance-clock'; ms: number }
  | { id: number; kind: 'export-snapshot-input'; projectKey: string; file: string }
  | { id: number; kind: 'reset-stats' }
  | { id: number; kind: 'stop' };

function figures() {
  const cpu = process.cpuUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024 };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'eh-bench-'));
  const started = performance.now();
  const sandbox = await startSandbox({ port: 0, dataDir, now: () => BENCH_NOW, seed: 'bench', demo: { issueCount: 10_000, closedSprints: 60 } });
  const data = sandbox.jira.data();
  const changelogItems = data.issues.reduce((n, i) => n + i.changelog.reduce((m, h) => m + h.items.length, 0), 0);
  const reply = (message: unknown) => process.send?.(message);
  reply({ ready: { url: sandbox.url, issues: data.issues.length, sprints: data.sprints.length, changelogItems, startMs: performance.now() - started, ...figures() } });

  const stop = async () => {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // The parent gone (bench/run.ts failed or was stopped): nothing will ask again, so stop too.
  process.once('disconnect', () => void stop().finally(() => process.exit(0)));
  process.on('message', (request: ChildRequest) => {
    void (async () => {
      switch (request.kind) {
        case 'figures':
          return reply({ id: request.id, figures: figures(), jira: sandbox.jira.stats(), forge: sandbox.forge.stats() });
        case 'reset-stats':
          sandbox.jira.resetStats();
          sandbox.forge.resetStats();
          return reply({ id: request.id });
        case 'health-refresh': {
          // One delivery of the health refresh event, as the queue would make it.
          const result = await sandbox.forge.invokeFunction('health-refresh', [{ body: { projectKey: request.projectKey, full: request.full }, eventId: `bench-${request.id}` }, { installContext: sandbox.forge.site.installContext }]);
          return reply({ id: request.id, result });
        }
        case 'edit-issues': {
          // Re-estimates issues of the active sprint through Jira's REST API, as a person would.
          const search = await fetch(`${sandbox.url}/rest/api/3/search/jql?jql=${encodeURIComponent(`project = ${request.projectKey} AND sprint in openSprints()`)}&maxResults=${request.count}&fields=customfield_10016`, { headers: { 'x-sandbox-as': 'app' } });
          const found = ((await search.json()) as { issues: { key: string; fields: { customfield_10016?: number | null } }[] }).issues;
          for (const issue of found.slice(0, request.count)) {
            await fetch(`${sandbox.url}/rest/api/3/issue/${issue.key}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-sandbox-as': 'app' }, body: JSON.stringify({ fields: { customfield_10016: (issue.fields.customfield_10016 ?? 0) + 1 } }) });
          }
          return reply({ id: request.id, result: { edited: Math.min(found.length, request.count) } });
        }
        case 'advance-clock':
          sandbox.clock.advance(request.ms);
          return reply({ id: request.id });
        case 'export-snapshot-input': {
          // What the consumer computes from, for the compute bench in a process of its own (bench/computeChild.ts).
          await sandbox.forge.asApp(() => exportSnapshotInput(request.projectKey, request.file, sandbox.clock.now()));
          return reply({ id: request.id });
        }
        case 'stop':
          await stop();
          reply({ id: request.id });
          return process.exit(0);
      }
    })().catch((error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.stack : String(error) }));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
