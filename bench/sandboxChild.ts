/**
 * The benchmark's sandbox, in a process of its own so that the CPU time and
 * peak RSS it reports are the app's and the sandbox's alone. The parent
 * (bench/run.ts) talks to it over HTTP like the browser does, and over the
 * fork IPC channel for the figures and for use cases that are not resolvers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchEngagementData } from '../src/app/engagementData';
import { forgeTransports } from '../src/jira/forgeTransport';
import { createJiraPorts } from '../src/jira/ports';
import { startSandbox } from '../sandbox/server';

export const BENCH_NOW = Date.UTC(2026, 10, 18, 15, 0);

export type ChildRequest = { id: number; kind: 'figures' } | { id: number; kind: 'engagement-fetch'; projectKey: string } | { id: number; kind: 'reset-stats' } | { id: number; kind: 'stop' };

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

  process.on('message', (request: ChildRequest) => {
    void (async () => {
      switch (request.kind) {
        case 'figures':
          return reply({ id: request.id, figures: figures(), jira: sandbox.jira.stats(), forge: sandbox.forge.stats() });
        case 'reset-stats':
          sandbox.jira.resetStats();
          sandbox.forge.resetStats();
          return reply({ id: request.id });
        case 'engagement-fetch': {
          // What the health snapshot will read, through the app's own Jira adapter inside an app invocation.
          const fetched = await sandbox.forge.asApp(() => fetchEngagementData(createJiraPorts(forgeTransports().asApp).jira, request.projectKey));
          return reply({ id: request.id, result: { issues: fetched.issues.length, changelog: fetched.changelog.length, sprints: fetched.sprints.length, versions: fetched.versions.length } });
        }
        case 'stop':
          await sandbox.close();
          rmSync(dataDir, { recursive: true, force: true });
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
