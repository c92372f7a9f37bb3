import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngagementRole, SandboxUser } from '../../sandbox/jira/model';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';

/** Fixed clock for tests: the demo engagement is generated relative to it. */
export const TEST_NOW = Date.UTC(2026, 10, 18, 15, 0);

/** A sandbox on a free port with its own data folder, removed on close. */
export async function testSandbox(now: () => number = () => TEST_NOW): Promise<RunningSandbox & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eh-sandbox-'));
  const sandbox = await startSandbox({ port: 0, dataDir, now, seed: 'test' });
  return {
    ...sandbox,
    dataDir,
    close: async () => {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function personWithRole(sandbox: RunningSandbox, role: EngagementRole): SandboxUser {
  const user = sandbox.jira.data().users.find((u) => u.role === role);
  if (!user) throw new Error(`the demo has nobody with role ${role}`);
  return user;
}

/** The demo's user without any project permission. */
export function outsider(sandbox: RunningSandbox): SandboxUser {
  const project = sandbox.jira.data().projects[0]!;
  const user = sandbox.jira.data().users.find((u) => (project.permissions[u.accountId] ?? []).length === 0);
  if (!user) throw new Error('the demo has no user without permissions');
  return user;
}
