/**
 * Half two of `forge lint`, offline: @forge/lint's client-side linters (scopes
 * for literal `route` calls, handlers, storage modules, manifest permissions)
 * over the backend sources. Its scope check reads Atlassian's specs from disk
 * instead of downloading them (USE_LOCAL_SWAGGER).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StatsigService } from '@forge/cli-shared';
import { FileSystemReader, listTSConfigIncludeExclude } from '@forge/cli-shared';
import { getClientSideLintersOnly, lint, parseSourceFile, tsParser, type LintResult } from '@forge/lint';
import type { ManifestSchema } from '@forge/manifest';
import type { Finding } from './findings';
import { SPEC_FILES } from './jiraSpecs';

/** Feature flags and deprecations come from Atlassian's servers; offline, none are on. */
const offlineStatsig = {
  checkGate: async () => false,
  getDynamicConfig: async () => null,
  getDeprecatedRuntimes: async () => [] as string[],
  testForgeCliTestGate: async () => false,
  getForgeCliTestDynamicConfig: async () => [] as string[],
  isLogsV2ApiEnabled: async () => false,
  isTeamworkGraphProductSupported: async () => false,
  isDevSpaceSelectionEnabled: async () => false,
  isDeveloperSpaceEnforcementFlowEnabled: async () => false,
  isSelfManagedTunnelEnabled: async () => false,
  isCombinedArtifactUploadEnabled: async () => false,
  getCustomSpinnerConfig: async () => null,
  getHints: async () => null,
} as unknown as StatsigService;

/** Points the permission linter at local specs; products the app does not call get an empty spec. */
export function useLocalSpecs(specDir: string): void {
  const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'forge-check-')), 'empty-spec.json');
  fs.writeFileSync(empty, '{"paths":{}}');
  Object.assign(process.env, {
    FORGE_DISABLE_ANALYTICS: '1',
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: path.join(specDir, SPEC_FILES.platform),
    LOCAL_JSW_SWAGGER: path.join(specDir, SPEC_FILES.software),
    LOCAL_JSM_SWAGGER: empty,
    LOCAL_CONF_SWAGGER: empty,
    LOCAL_CONF_V2_SWAGGER: empty,
    LOCAL_BB_SWAGGER: empty,
  });
}

/** Backend sources under src/, relative to the working directory, tests excluded. */
export function backendSources(rootDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(rootDir, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(t|j)sx?$/.test(entry.name) && !/\.(test|spec)\.(t|j)sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(rel);
      }
    }
  };
  walk('src');
  return files.sort();
}

/**
 * lint() keeps a .ts file only if tsconfig's `include` globs list it; a bare
 * folder ("src") expands to the folder itself, so every file would be skipped.
 */
async function filesLintWouldSkip(files: string[]): Promise<string[]> {
  const { include, exclude } = await listTSConfigIncludeExclude(new FileSystemReader());
  if (include.length === 0 && exclude.length === 0) return [];
  const inc = new Set(include);
  const exc = new Set(exclude);
  return files.filter((f) => /\.tsx?$/.test(f) && !(inc.has(path.resolve(f)) && !exc.has(path.resolve(f))));
}

/**
 * Parses without building a TypeScript program: no linter reads type
 * information, and the type-aware parse `forge lint` uses (which also stops on
 * type errors) costs ~10 s here. Type errors are tsc's job.
 */
const parseSyntaxOnly: typeof parseSourceFile = (filepath, _parser, readFile) =>
  parseSourceFile(filepath, (code, file) => tsParser(code, file, { project: undefined }), readFile);

/** lint()'s own steps minus its tsconfig filter (see filesLintWouldSkip). */
async function lintUnfiltered(files: string[], manifest: ManifestSchema, logger: { info(m: string): void }): Promise<LintResult[]> {
  const linters = await getClientSideLintersOnly(manifest, 'development', logger, offlineStatsig);
  const inputs = await Promise.all(files.map((f) => parseSyntaxOnly(f, tsParser)));
  await Promise.all(linters.map((l) => l.bootstrap()));
  return (await Promise.all(linters.map((l) => l.batchExecute(inputs)))).flat();
}

export interface LintRun {
  findings: Finding[];
  files: string[];
  /** What the linters logged (shown with --verbose). */
  log: string[];
}

export async function runForgeLint(rootDir: string, manifest: ManifestSchema): Promise<LintRun> {
  const files = backendSources(rootDir);
  const log: string[] = [];
  const logger = { info: (m: string) => void log.push(m) };
  const findings: Finding[] = [];

  const skipped = await filesLintWouldSkip(files);
  if (skipped.length > 0) {
    findings.push({
      level: 'warning',
      check: 'tsconfig',
      file: 'tsconfig.json',
      message:
        `forge lint skips ${skipped.length} of ${files.length} source files because tsconfig "include" names folders, not globs ` +
        `(fix: "src" -> "src/**/*", likewise for the other entries); linted them here anyway`,
    });
  }

  let results: LintResult[];
  try {
    results =
      skipped.length > 0
        ? await lintUnfiltered(files, manifest, logger)
        : await lint(files, manifest, 'development', logger, offlineStatsig, {
            linter: { mode: 'client-side' },
            parseFunction: parseSyntaxOnly,
          });
  } catch (error) {
    // A syntax error in a source file, or a linter failing.
    findings.push({ level: 'error', check: 'lint', message: `could not lint: ${(error as Error).message}` });
    return { findings, files, log };
  }

  for (const result of results) {
    const file = path.relative(rootDir, path.resolve(result.file));
    const add = (level: Finding['level']) => (r: LintResult['errors'][number]) =>
      findings.push({ level, check: 'lint', file, line: r.line, column: r.column, message: r.message, reference: r.reference });
    result.errors.forEach(add('error'));
    result.approvals.forEach(add('error')); // `forge lint` fails on rules that need approval too
    result.warnings.forEach(add('warning'));
  }
  return { findings, files, log };
}
