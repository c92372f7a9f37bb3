#!/usr/bin/env node
/**
 * Builds the three Custom UI apps (static/<name>/build) one after another in this
 * process with Vite's JS API, then prints each app's initial JavaScript (the entry
 * script and its modulepreloads, gzip) against the budgets in PRODUCT.md.
 * Usage: node static/build.mjs [app ...]   (default: all three)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apps = ['issue-panel', 'project-page', 'settings'];
/** Initial JS budgets in bytes of gzip (PRODUCT.md: "issue panel ≤ 150 KB, project page ≤ 300 KB"). */
const budgets = { 'issue-panel': 150_000, 'project-page': 300_000, settings: 300_000 };

/** The scripts a browser fetches before the app can render: the entry module and its preloads. */
export function initialScripts(buildDir) {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return sources.map((match) => join(buildDir, match[1]));
}

function initialGzipBytes(app) {
  const files = initialScripts(join(repoRoot, 'static', app, 'build'));
  return files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

async function main() {
  // Vite and the React plugin choose dev transforms (jsxDEV) from NODE_ENV; jest sets it to "test".
  process.env.NODE_ENV = 'production';
  const requested = process.argv.slice(2);
  const unknown = requested.filter((app) => !apps.includes(app));
  if (unknown.length > 0) throw new Error(`Unknown app(s): ${unknown.join(', ')}; choose from ${apps.join(', ')}`);
  const selected = requested.length > 0 ? requested : apps;
  let overBudget = false;
  for (const app of selected) {
    process.env.APP = app;
    process.stdout.write(`\n▶ building ${app}\n`);
    await build({ configFile: join(repoRoot, 'vite.config.mts'), mode: 'production', logLevel: 'warn' });
  }
  process.stdout.write('\nInitial JavaScript (gzip):\n');
  for (const app of selected) {
    const bytes = initialGzipBytes(app);
    const over = bytes > budgets[app];
    overBudget ||= over;
    process.stdout.write(`  ${app.padEnd(13)} ${(bytes / 1000).toFixed(1).padStart(6)} kB  (budget ${budgets[app] / 1000} kB)${over ? '  OVER BUDGET' : ''}\n`);
  }
  if (overBudget) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
