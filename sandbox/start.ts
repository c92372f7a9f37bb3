// `npm start`: builds the Custom UI if needed, seeds the demo engagement on first run, runs the app in the local Forge.
// `npm start -- --site https://<site>.atlassian.net [--allow-writes]` (JIRA_EMAIL, JIRA_API_TOKEN): the same against a real site.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { HourlyReport } from '../src/forge/refresh';
import { realSiteOptionsFrom, RealSiteOptionError, siteDataDir, type RealSiteOptions } from './realSite/siteOptions';
import { startRealSiteSandbox } from './realSite/startRealSite';
import { DEFAULT_DATA_DIR, HOURLY_TRIGGER, REPO_ROOT, startSandbox } from './server';

const argv = process.argv.slice(2);
const args = new Set(argv);
const port = Number(process.env.PORT ?? 4300);
const resources = ['issue-panel', 'project-page', 'settings'];

async function main() {
  const realSite = realSiteOptionsFrom(argv, process.env);
  if (args.has('--build') || resources.some((r) => !existsSync(join(REPO_ROOT, 'static', r, 'build', 'index.html')))) {
    console.log('Building the Custom UI apps…');
    execFileSync(process.execPath, [join(REPO_ROOT, 'static', 'build.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });
  }
  if (realSite) return startOnRealSite(realSite);
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

/** Real-site mode: whatever the site answers, the shell comes up and says it; the terminal says it too. */
async function startOnRealSite(options: RealSiteOptions): Promise<void> {
  const dataDir = siteDataDir(process.env.SANDBOX_DATA_DIR || DEFAULT_DATA_DIR, options.siteUrl);
  const running = await startRealSiteSandbox({ ...options, port, dataDir, reset: args.has('--reset'), background: true });
  const { user, problem, jiraSoftware } = running.site.state;
  if (user) await firstTriggerRun(running);
  console.log(`\nEngagement Health on ${options.siteUrl}: ${running.url}\n`);
  if (problem) console.error(`  ${problem.message}\n  The shell shows this too; it checks again when you reload it.`);
  else console.log(`  Connected as ${user!.displayName} (${user!.emailAddress}) — ${options.allowWrites ? 'writes allowed: comments, properties and transitions reach the site' : 'read-only: no write reaches the site (start with --allow-writes to allow them)'}.`);
  if (jiraSoftware === false) console.log('  The site has no Jira Software: no boards, so no sprint metrics.');
  console.log(`  App storage (local only): ${dataDir}`);
  console.log('  asApp and asUser both act as the token\'s user, with that user\'s permissions.');
  console.log('  Start over (this site\'s app storage): npm start -- --site ' + options.siteUrl + ' --reset\n');
  const stop = () => void running.close().then(() => process.exit(0));
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
  console.error(error instanceof RealSiteOptionError ? error.message : error);
  process.exit(1);
});
