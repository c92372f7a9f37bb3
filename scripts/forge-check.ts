/**
 * The offline half of `forge lint` plus our own scope check, for local runs and
 * CI where no Atlassian login exists.
 *
 *   npx tsx scripts/forge-check.ts [--require-builds] [--verbose]
 *
 * --require-builds  a missing static/<name>/build is an error (run after the UI build, before deploy)
 * --verbose         list linted files, what each Jira operation's scopes matched, and the linters' log
 *
 * Exit code 1 on any error; warnings are printed and do not fail.
 */
import path from 'node:path';
import type { Scopes } from '@forge/manifest';
import { countByLevel, formatFinding, type Finding } from './lib/findings';
import { runForgeLint, useLocalSpecs } from './lib/forgeLint';
import { defaultSpecDir, loadJiraSpecs } from './lib/jiraSpecs';
import { checkManifest } from './lib/manifestCheck';
import { reuseManifestSchemaCompiles } from './lib/manifestSchemaCache';
import { checkScopes, type DeclaredOperation } from './lib/scopeCheck';

const rootDir = path.resolve(__dirname, '..');
const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');

function section(title: string, findings: Finding[], seconds: number, detail: string[] = []): void {
  const { errors, warnings } = countByLevel(findings);
  const status = errors > 0 ? 'FAIL' : 'ok  ';
  console.log(`${status} ${title} — ${errors} error(s), ${warnings} warning(s) [${seconds.toFixed(1)} s]`);
  for (const f of findings) console.log(formatFinding(f));
  if (verbose) for (const line of detail) console.log(`       ${line}`);
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
}

/** `permissions.scopes` is a list, or a map of scope → options. */
function scopeKeys(scopes: Scopes): string[] {
  return Array.isArray(scopes) ? scopes : Object.keys(scopes);
}

/** JIRA_OPERATIONS from the app's Jira client: every method + spec path template it can call. */
async function declaredOperations(): Promise<DeclaredOperation[] | Finding> {
  const file = 'src/jira/index.ts';
  try {
    const mod = (await import(path.join(rootDir, file))) as { JIRA_OPERATIONS?: unknown };
    if (!Array.isArray(mod.JIRA_OPERATIONS)) {
      return { level: 'error', check: 'scopes', file, message: 'does not export JIRA_OPERATIONS: {method, path}[]' };
    }
    return mod.JIRA_OPERATIONS as DeclaredOperation[];
  } catch (error) {
    return { level: 'error', check: 'scopes', file, message: `could not load: ${(error as Error).message}` };
  }
}

async function main(): Promise<number> {
  process.chdir(rootDir); // @forge/manifest and @forge/lint resolve handler and file paths from here
  const specDir = defaultSpecDir();
  useLocalSpecs(specDir);
  reuseManifestSchemaCompiles();
  const all: Finding[] = [];

  const [manifestCheck, manifestSeconds] = await timed(() => checkManifest(rootDir, { requireBuilds: args.has('--require-builds') }));
  section('manifest (@forge/manifest validate)', manifestCheck.findings, manifestSeconds);
  all.push(...manifestCheck.findings);

  const [lintRun, lintSeconds] = await timed(() => runForgeLint(rootDir, manifestCheck.manifest));
  // The lint re-runs the manifest validation; keep only what the manifest section did not already print.
  const printed = new Set(manifestCheck.findings.map((f) => `${f.line}:${f.message.split(' — ')[0]}`));
  const lintFindings = lintRun.findings.filter((f) => f.file !== 'manifest.yml' || !printed.has(`${f.line}:${f.message}`));
  section(`lint (@forge/lint client-side, ${lintRun.files.length} files in src/)`, lintFindings, lintSeconds, [
    ...lintRun.files,
    ...lintRun.log,
  ]);
  all.push(...lintFindings);

  const [scopeResult, scopeSeconds] = await timed(async () => {
    const operations = await declaredOperations();
    if (!Array.isArray(operations)) return { findings: [operations], satisfied: [] as string[], count: 0 };
    const scopes = scopeKeys(manifestCheck.manifest.permissions?.scopes ?? []);
    return { ...checkScopes(operations, scopes, loadJiraSpecs(specDir)), count: operations.length };
  });
  section(`scopes (${scopeResult.count} operations in JIRA_OPERATIONS vs manifest permissions.scopes)`, scopeResult.findings, scopeSeconds, scopeResult.satisfied);
  all.push(...scopeResult.findings);

  const { errors, warnings } = countByLevel(all);
  console.log(errors > 0 ? `\nforge-check: FAILED with ${errors} error(s), ${warnings} warning(s)` : `\nforge-check: passed (${warnings} warning(s))`);
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('forge-check crashed:', error);
    process.exit(2);
  },
);
