/** Headless Chromium for the browser tests, and a fresh Custom UI build for it to load. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const UI_APPS = ['issue-panel', 'project-page', 'settings'];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => (name === 'build' || name === 'node_modules' ? newest : Math.max(newest, newestChange(join(path, name)))), stats.mtimeMs);
}

/** Builds the apps (node static/build.mjs) unless every build is newer than the UI sources. */
export function ensureUiBuilt(): void {
  const sources = Math.max(newestChange(join(REPO_ROOT, 'static')), newestChange(join(REPO_ROOT, 'src', 'contract')));
  const stale = UI_APPS.some((app) => {
    const index = join(REPO_ROOT, 'static', app, 'build', 'index.html');
    return !existsSync(index) || statSync(index).mtimeMs < sources;
  });
  if (stale) execFileSync(process.execPath, [join(REPO_ROOT, 'static', 'build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results');

/** How long one browser step may take on a busy 2-core CI machine. */
export const STEP_TIMEOUT = 45_000;

/** A page for one test file, with the step timeout set and the screenshot folder ready. */
export async function openTestPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(STEP_TIMEOUT);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return page;
}

/** Sections above load lazily and grow, pushing a lower one out of view again: scroll to it until it has loaded. */
export async function scrollUntilVisible(heading: Locator, target: Locator): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await heading.scrollIntoViewIfNeeded();
    if (await target.isVisible()) return;
    await target.page().waitForTimeout(500);
  }
  await target.waitFor({ state: 'visible' });
}
