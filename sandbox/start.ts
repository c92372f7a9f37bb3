// `npm start`: builds the Custom UI if needed, seeds the demo engagement on first run, serves it all.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, startSandbox } from './server';

const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 4300);
const resources = ['issue-panel', 'project-page', 'settings'];

async function main() {
  if (args.has('--build') || resources.some((r) => !existsSync(join(REPO_ROOT, 'static', r, 'build', 'index.html')))) {
    console.log('Building the Custom UI apps…');
    execFileSync(process.execPath, [join(REPO_ROOT, 'static', 'build.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });
  }
  const sandbox = await startSandbox({ port, reset: args.has('--reset') });
  await sandbox.refresh();
  console.log(`\nEngagement Health sandbox is running: ${sandbox.url}\n`);
  console.log('  Jira REST (sandbox):  ' + sandbox.url + '/rest/api/3/myself  (header x-sandbox-as: app)');
  console.log('  Hourly trigger:       POST ' + sandbox.url + '/__sandbox/triggers/refresh');
  console.log('  Start over:           npm start -- --reset\n');
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
