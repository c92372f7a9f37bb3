// `npm start`: builds the Custom UI if needed, seeds the demo engagement on first run, runs the app in the local Forge.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { HourlyReport } from '../src/forge/refresh';
import { HOURLY_TRIGGER, REPO_ROOT, startSandbox } from './server';

const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 4300);
const resources = ['issue-panel', 'project-page', 'settings'];

async function main() {
  if (args.has('--build') || resources.some((r) => !existsSync(join(REPO_ROOT, 'static', r, 'build', 'index.html')))) {
    console.log('Building the Custom UI apps…');
    execFileSync(process.execPath, [join(REPO_ROOT, 'static', 'build.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });
  }
  const sandbox = await startSandbox({ port, reset: args.has('--reset'), background: true, dataDir: process.env.SANDBOX_DATA_DIR || undefined });
  // As after a deploy: the hourly trigger's first run records the active sprint's commitment and repairs the mirrors.
  // Whatever it does, the sandbox stays up: a failed run is reported, as Forge logs it, and the next run comes on the hour.
  await firstTriggerRun(sandbox);
  console.log(`\nEngagement Health sandbox is running: ${sandbox.url}\n`);
  console.log('  The app (src/index.ts) runs in a local Forge: resolvers, the hourly trigger, the workflow validator, app storage, queues.');
  const tokens = sandbox.jira.apiTokens();
  const person = sandbox.jira.data().users.find((u) => u.active && tokens[u.emailAddress]);
  if (person) console.log(`  Jira REST as ${person.displayName}:  curl -u ${person.emailAddress}:${tokens[person.emailAddress]} ${sandbox.url}/rest/api/3/myself`);
  console.log(`  Everyone's API token: ${sandbox.jira.apiTokensFile ?? '(in memory)'}  (Basic email:token, or Bearer token)`);
  console.log(`  Jira REST as the app: curl -H 'x-sandbox-as: app' ${sandbox.url}/rest/api/3/myself`);
  console.log(`  Run the trigger now:  curl -X POST ${sandbox.url}/__sandbox/triggers/${HOURLY_TRIGGER}`);
  console.log(`  Move the clock:       curl -X POST ${sandbox.url}/__sandbox/clock -d '{"advance":"2h"}'`);
  console.log('  Start over:           npm start -- --reset\n');
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function firstTriggerRun(sandbox: { refresh(): Promise<unknown> }): Promise<void> {
  try {
    const report = (await sandbox.refresh()) as HourlyReport;
    for (const f of report.failures ?? []) console.warn(`The hourly trigger could not do ${f.step} for ${f.issueKey ?? f.projectKey}: ${f.message}`);
  } catch (error) {
    console.error('The hourly trigger failed (the sandbox keeps running):', error);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
