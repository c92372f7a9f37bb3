/**
 * The project page's engagement health end to end, in headless Chromium against the real local sandbox:
 * the signal tiles are the snapshot's, a number of a table opens the issues behind it, its JQL opens the
 * shell's issue search listing the same keys, the list exports as CSV, and "Refresh now" shows its
 * progress until the queued recomputation is done. The sandbox's clock moves on in real time, so a
 * refresh computes a snapshot newer than the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { HealthIssuesView, ProjectOverview, ResolverResult } from '../../src/contract/resolvers';
import type { SandboxData, SandboxUser } from '../../sandbox/jira/model';
import { personWithRole } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(300_000);

let target: Awaited<ReturnType<typeof import('../support/sandbox').testSandbox>>;
let browser: Browser;
let page: Page;
let data: SandboxData;
let techLead: SandboxUser;

const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const project = () => data.projects[0]!;

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A resolver call as the project page makes it (the host's invoke endpoint). */
async function invoke<T>(functionKey: string, payload: unknown = {}): Promise<T> {
  const extension = { type: 'jira:projectPage', project: { id: project().id, key: project().key, type: 'software' } };
  const body = { functionKey, payload, accountId: techLead.accountId, moduleKey: 'engagement-health-project-page', extension };
  const response = await fetch(`${target.url}/__forge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${functionKey} failed with HTTP ${response.status}: ${await response.text()}`);
  const answer = (await response.json()) as ResolverResult<T>;
  if (!answer.ok) throw new Error(`${functionKey} refused: ${answer.error.message}`);
  return answer.data;
}

async function openProjectPage(theme: 'light' | 'dark'): Promise<void> {
  await page.goto(`${target.url}/?view=project&project=${project().key}&as=${encodeURIComponent(techLead.accountId)}&theme=${theme}`);
  await projectPage().getByTestId('health-signal').first().waitFor({ state: 'visible' });
}

beforeAll(async () => {
  ensureUiBuilt();
  const { testSandbox, TEST_NOW } = await import('../support/sandbox');
  const startedAt = Date.now();
  target = await testSandbox(() => TEST_NOW + (Date.now() - startedAt));
  data = target.jira.data();
  techLead = personWithRole(target, 'delivery-tech-lead');
  // As after a deploy: the hourly trigger's first run computes the snapshot.
  await target.refresh();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

test('the tiles are the snapshot’s signals, each with its level and reason', async () => {
  const { health } = await invoke<ProjectOverview>('project/overview');
  expect(health.computedAt).not.toBeNull();
  await openProjectPage('light');

  const tiles = projectPage().getByTestId('health-signal');
  expect(await tiles.count()).toBe(health.signals.length);
  for (const [i, signal] of health.signals.entries()) {
    const tile = tiles.nth(i);
    expect(await tile.getAttribute('data-signal-key')).toBe(signal.key);
    expect(await tile.getAttribute('data-level')).toBe(signal.level);
    expect((await tile.getByTestId('health-signal-title').textContent())?.trim()).toBe(signal.title);
    expect((await tile.getByTestId('health-signal-reason').textContent())?.trim()).toBe(signal.reason);
    expect(await tile.getByTestId('health-signal-open').count()).toBe(signal.ref ? 1 : 0);
  }
  expect(await projectPage().getByTestId('health-computed-at').textContent()).toMatch(/^Computed /);
  await projectPage().getByTestId('velocity-chart').waitFor({ state: 'visible' });
  await screenshot('health-page-light');
});

test('a tile opens the issues behind its reason; Escape closes the dialog and focus goes back', async () => {
  const opener = projectPage().getByTestId('health-signal-open').first();
  await opener.click();
  const dialog = projectPage().getByRole('dialog');
  await dialog.getByTestId('health-issues-total').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
});

test('a committed number opens its issues, Jira’s search lists the same keys, and the list exports as CSV', async () => {
  const { health } = await invoke<ProjectOverview>('project/overview');
  const sprint = health.velocity.find((row) => row.committed.ref !== null && row.committed.issueCount > 0);
  if (!sprint) throw new Error('no sprint of the snapshot has committed issues');
  const expected = await invoke<HealthIssuesView>('health/issues', { ref: sprint.committed.ref });
  expect(expected.rows).toHaveLength(sprint.committed.issueCount);

  const velocity = projectPage().getByTestId('velocity');
  await velocity.getByTestId('velocity-show-table').click();
  const row = velocity.locator(`[data-testid="velocity-row"][data-sprint-id="${sprint.sprintId}"]`);
  await row.getByTestId('velocity-committed').click();

  const dialog = projectPage().getByTestId('health-issues-dialog');
  await dialog.getByTestId('health-issue-row').first().waitFor({ state: 'visible' });
  expect((await dialog.getByTestId('health-issues-title').textContent())?.trim()).toBe(expected.title);
  const keys = await dialog.getByTestId('health-issue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-issue-key')));
  expect(keys).toEqual(expected.rows.map((r) => r.key));
  await screenshot('health-issues-dialog-light');

  // "Open in Jira search": router.open in a new tab, which the sandbox serves as the shell's issue search.
  const [search] = await Promise.all([page.context().waitForEvent('page'), dialog.getByTestId('health-issues-search').click()]);
  await search.waitForURL(/view=search/);
  expect(new URL(search.url()).searchParams.get('jql')).toBe(expected.jql);
  await search.locator('table.issue-table tbody tr[data-issue-key]').first().waitFor({ state: 'visible' });
  const listed = await search.locator('table.issue-table tbody tr[data-issue-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-issue-key')));
  expect([...listed].sort()).toEqual([...keys].sort());
  await search.screenshot({ path: join(SCREENSHOT_DIR, 'health-issue-search-light.png'), fullPage: true });
  await search.close();

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('health-issues-export').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${project().key}-.+\\.csv$`));
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Issue,Summary,Points,Counted as,When');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(keys);

  await dialog.getByTestId('health-issues-close').click();
  await dialog.waitFor({ state: 'detached' });
});

test('"Refresh now" shows the refresh running, then the newer snapshot once it is done', async () => {
  const before = await invoke<ProjectOverview>('project/overview');
  const button = projectPage().getByTestId('health-refresh');
  await button.click();
  // The sandbox delivers queued events only when asked: until then the refresh runs and the page says so.
  await projectPage().getByTestId('health-refresh-progress').getByText(/…/).waitFor({ state: 'visible' });
  expect(await button.isDisabled()).toBe(true);
  expect((await button.textContent())?.trim()).toBe('Refreshing…');

  await target.forge.queue.drain();
  await projectPage().locator('[data-testid="health-refresh"]:not([disabled])').waitFor({ state: 'visible', timeout: 30_000 });
  expect((await button.textContent())?.trim()).toBe('Refresh now');
  const after = await invoke<ProjectOverview>('project/overview');
  expect(after.health.refresh.state).toBe('idle');
  expect(Date.parse(after.health.computedAt!)).toBeGreaterThan(Date.parse(before.health.computedAt!));
  expect(await projectPage().getByTestId('health-refresh-failed').count()).toBe(0);
});

test('the dark theme reaches the tiles and the charts', async () => {
  await openProjectPage('dark');
  await projectPage().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await projectPage().getByTestId('velocity-chart').waitFor({ state: 'visible' });
  await screenshot('health-page-dark');
});

test('the client sponsor sees the same health page; the issue panel says how the issue counted, for the sponsor and the tech lead, light and dark', async () => {
  const sponsor = personWithRole(target, 'client-sponsor');
  await page.goto(`${target.url}/?view=project&project=${project().key}&as=${encodeURIComponent(sponsor.accountId)}&theme=light`);
  await projectPage().getByTestId('health-signal').first().waitFor({ state: 'visible' });
  const overview = await invoke<ProjectOverview>('project/overview');
  expect(await projectPage().getByTestId('health-signal').count()).toBe(overview.health.signals.length);
  await screenshot('health-page-client-sponsor-light');

  // An issue of a closed sprint: it was in that sprint's commitment or added to it, and the panel says which.
  const closed = overview.health.velocity.filter((v) => v.state === 'closed').at(-1)!;
  const committed = await invoke<HealthIssuesView>('health/issues', { ref: closed.committed.ref });
  const key = committed.rows[0]!.key;
  for (const [who, theme] of [[sponsor, 'dark'], [techLead, 'light']] as const) {
    await page.goto(`${target.url}/?view=issue&key=${key}&as=${encodeURIComponent(who.accountId)}&theme=${theme}`);
    const panel = page.frameLocator('iframe[title="Decisions & acceptance"]');
    const sprint = panel.locator(`[data-testid="sprint-metrics-sprint"][data-sprint-id="${closed.sprintId}"]`);
    await sprint.waitFor({ state: 'visible' });
    expect(await sprint.getAttribute('data-committed')).toBe('true');
    expect(await panel.getByTestId('sprint-metrics').getAttribute('data-computed')).toBe('true');
    await screenshot(`health-issue-panel-${who.role}-${theme}`);
  }
});
