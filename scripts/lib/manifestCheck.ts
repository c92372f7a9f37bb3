/**
 * Half one of `forge lint`, offline: @forge/manifest's full validation (schema
 * and cross-references: modules, handlers, resources, intervals).
 */
import fs from 'node:fs';
import path from 'node:path';
import { validate, type ManifestSchema } from '@forge/manifest';
import { parse as parseYaml } from 'yaml';
import type { Finding } from './findings';

export interface ManifestCheck {
  findings: Finding[];
  /** The parsed manifest (typed by @forge/manifest when it could type it). */
  manifest: ManifestSchema;
}

export interface ManifestCheckOptions {
  /** Treat a missing Custom UI build (static/<name>/build) as an error, as a deploy would. */
  requireBuilds: boolean;
}

const MISSING_RESOURCE = /missing resource '([^']+)'/;

/**
 * A resource pointing at static/<name>/build is a Vite build output, absent until
 * `npm run build:ui`; when the app's source folder exists that is a warning here.
 */
function missingBuildOutput(message: string, rootDir: string): string | undefined {
  const resource = MISSING_RESOURCE.exec(message)?.[1];
  if (!resource || path.basename(resource) !== 'build') return undefined;
  return fs.existsSync(path.join(rootDir, path.dirname(resource))) ? resource : undefined;
}

/** Validates `rootDir/manifest.yml`; handler and resource paths resolve from the working directory, so it must be `rootDir`. */
export async function checkManifest(rootDir: string, options: ManifestCheckOptions): Promise<ManifestCheck> {
  const file = 'manifest.yml';
  if (path.resolve(process.cwd()) !== path.resolve(rootDir)) throw new Error(`checkManifest: run from ${rootDir}`);
  const result = await validate(false, file);
  const findings: Finding[] = (result.errors ?? []).map((e) => {
    const build = options.requireBuilds ? undefined : missingBuildOutput(e.message, rootDir);
    return {
      level: build ? 'warning' : e.level,
      check: 'manifest',
      file,
      line: e.line,
      column: e.column,
      reference: e.reference,
      message: build ? `${e.message} — run the UI build before deploying` : e.message,
    };
  });
  if (!result.success && findings.every((f) => f.level !== 'error') && !findings.some((f) => f.message.includes('run the UI build'))) {
    findings.push({ level: 'error', check: 'manifest', file, message: 'validation failed without naming an error' });
  }
  const manifest =
    (result.manifestObject?.typedContent as ManifestSchema | undefined) ??
    (parseYaml(fs.readFileSync(path.join(rootDir, file), 'utf8')) as ManifestSchema);
  return { findings, manifest };
}
