/**
 * "Today's note" as users see it, in headless Chromium against the local sandbox: the project page
 * loads the section when scrolled near, shows today's note (so far) with the previous working days
 * to choose from, copies it as text and as Markdown (the clipboard holds exactly the domain's
 * rendering), opens an issue from its key; once the scanner has posted a day's note, that day says
 * so. Light and dark screenshots in test-results/daily-note-*.png.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { noteMarkdown, noteText } from '../../src/contract/dailyNote';
import type { NoteDaysView, PolicyView } from '../../src/contract/resolvers';
import type { SandboxUser } from '../../sandbox/jira/model';
import { ok, resolverCaller, type Call } from '../support/resolverCaller';
import { personWithRole } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR, scrollUntilVisible } from './support/browser';

jest.setTimeout(300_000);

let target: Awaited<ReturnType<typeof import('../support/sandbox').testSandbox>>;
let browser: Browser;
let page: Page;
let call: Call;
let techLead: SandboxUser;
let admin: SandboxUser;
/** The sandbox clock runs from TEST_NOW (16:00 in Warsaw, an hour before the delivery team's day ends); tests move it on. */
let offset = 0;

const PROJECT = 'ENG';
const projectContext = { type: 'jira:projectPage', project: { key: PROJECT, type: 'software' } };
const settingsContext = { type: 'jira:projectSettingsPage', project: { key: PROJECT } };
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const section = () => projectPage().getByTestId('daily-note');


const noteDays = async (): Promise<NoteDaysView> => ok(await call('note/days', techLead.accountId, projectContext));

async function openNote(theme: 'light' | 'dark'): Promise<void> {
  await page.goto(`${target.url}/?view=project&project=${PROJECT}&as=${encodeURIComponent(techLead.accountId)}&theme=${theme}`);
  await scrollUntilVisible(projectPage().getByRole('heading', { name: 'Today’s note' }), section());
  await section().scrollIntoViewIfNeeded();
}

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

beforeAll(async () => {
  ensureUiBuilt();
  const { testSandbox, TEST_NOW } = await import('../support/sandbox');
  const startedAt = Date.now();
  target = await testSandbox(() => TEST_NOW + offset + (Date.now() - startedAt));
  call = resolverCaller(target);
  techLead = personWithRole(target, 'delivery-tech-lead');
  admin = personWithRole(target, 'project-admin');
  await target.refresh();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: target.url });
});

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

test('the project page shows today’s note, blockers first, each line with its issue key; the previous days can be chosen', async () => {
  const view = await noteDays();
  const today = view.days[0]!.note;
  await openNote('light');
  expect(await section().getByTestId('daily-note-posting').textContent()).toContain('Not posted anywhere');
  const days = section().getByTestId('daily-note-day-choice');
  expect(await days.count()).toBe(view.days.length);
  expect(await days.first().getAttribute('aria-pressed')).toBe('true');
  expect(await days.first().textContent()).toMatch(/^Today · /);

  const card = section().getByTestId('daily-note-day');
  expect(await card.getAttribute('data-date')).toBe(today.date);
  expect(await card.getByTestId('daily-note-title').textContent()).toBe(today.title);
  expect(await card.getByTestId('daily-note-coverage').textContent()).toBe(today.coverage);
  expect(await card.getByTestId('daily-note-section').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')))).toEqual(['blocked', 'shipped', 'inProgress', 'decisions', 'escalations']);
  const shown = today.sections.flatMap((s) => s.lines.map((l) => l.issueKey));
  expect(await card.getByTestId('daily-note-line').evaluateAll((els) => els.map((el) => el.getAttribute('data-issue-key')))).toEqual(shown);
  const first = today.sections.find((s) => s.lines.length > 0)!.lines[0]!;
  expect(await card.getByTestId('daily-note-line').first().textContent()).toBe(`${first.issueKey}${first.summary ? ` ${first.summary}` : ''} — ${first.facts}`);
  await section().screenshot({ path: join(SCREENSHOT_DIR, 'daily-note-light.png') });

  // An earlier day, then back.
  await days.nth(1).click();
  expect(await days.nth(1).getAttribute('aria-pressed')).toBe('true');
  expect(await card.getByTestId('daily-note-title').textContent()).toBe(view.days[1]!.note.title);
  await days.first().click();
  expect(await card.getAttribute('data-date')).toBe(today.date);
});

test('copies today’s note as text and as Markdown, saying "Copied"', async () => {
  const today = (await noteDays()).days[0]!.note;
  const copied = section().getByTestId('daily-note-copied');
  expect(await copied.textContent()).toBe('');
  await section().getByTestId('daily-note-copy-text').click();
  await section().getByText('Copied').waitFor({ state: 'visible' });
  expect(await copied.getAttribute('data-format')).toBe('text');
  expect(await clipboard()).toBe(noteText(today));

  await section().getByTestId('daily-note-copy-markdown').click();
  await projectPage().locator('[data-testid="daily-note-copied"][data-format="markdown"]').waitFor({ state: 'visible' });
  const markdown = await clipboard();
  // The site's address comes from the Forge context: each key links to the issue there.
  expect(markdown).toBe(noteMarkdown(today, target.url));
  const key = today.sections.find((s) => s.lines.length > 0)!.lines[0]!.issueKey;
  expect(markdown).toContain(`[${key}](${target.url}/browse/${key})`);
  expect(await section().getByTestId('daily-note-copy-manual').count()).toBe(0);
});

test('an issue key opens the issue in Jira', async () => {
  const line = section().getByTestId('daily-note-line').first();
  const key = (await line.getAttribute('data-issue-key'))!;
  const [issuePage] = await Promise.all([page.context().waitForEvent('page'), line.getByTestId('daily-note-issue-key').click()]);
  await issuePage.waitForURL(/view=issue/);
  expect(new URL(issuePage.url()).searchParams.get('key')).toBe(key);
  await issuePage.close();
});

test('dark: the same note in the dark theme', async () => {
  await openNote('dark');
  expect(await page.frameLocator('iframe[title="Engagement health"]').locator('html').getAttribute('data-color-mode')).toBe('dark');
  await section().screenshot({ path: join(SCREENSHOT_DIR, 'daily-note-dark.png') });
});

test('once the scanner has posted a day’s note, that day says where, from the ledger', async () => {
  const current: PolicyView = ok(await call('policy/get', admin.accountId, settingsContext));
  const postTo = target.jira.data().issues.find((i) => i.key.startsWith(`${PROJECT}-`) && i.fields.resolutionDate !== null)!.key;
  ok(await call('policy/save', admin.accountId, settingsContext, { policy: { ...current.policy, escalation: { ...current.policy.escalation, mode: 'live' }, dailyNote: { postToIssueKey: postTo } }, expectedVersion: current.version }));
  // Past the end of the delivery team's day (17:00 Warsaw): the hourly scan posts the note.
  offset = 90 * 60_000;
  await target.refresh();
  const view = await noteDays();
  const posted = view.days.find((d) => d.posted !== null)!;
  expect(posted.posted!.issueKey).toBe(postTo);

  await openNote('light');
  expect(await section().getByTestId('daily-note-posting').textContent()).toContain(`Posted as a comment on ${postTo} at the end of each working day (17:00, Europe/Warsaw).`);
  await section().locator(`[data-testid="daily-note-day-choice"][data-date="${posted.note.date}"]`).click();
  const card = section().getByTestId('daily-note-day');
  expect(await card.getAttribute('data-final')).toBe('true');
  expect(await card.getByTestId('daily-note-posted').textContent()).toMatch(new RegExp(`^Posted as a comment on ${postTo}, .+\\.$`));
  await section().screenshot({ path: join(SCREENSHOT_DIR, 'daily-note-posted-light.png') });
  await openNote('dark');
  await section().locator(`[data-testid="daily-note-day-choice"][data-date="${posted.note.date}"]`).click();
  await section().screenshot({ path: join(SCREENSHOT_DIR, 'daily-note-posted-dark.png') });

  // On the issue it went on, every line's key is a link to its issue; following one opens it.
  await page.goto(`${target.url}/?view=issue&key=${postTo}&as=${encodeURIComponent(techLead.accountId)}&theme=light`);
  const firstLine = posted.note.sections.flatMap((s) => s.lines)[0]!;
  const link = page.locator(`a[href="${target.url}/browse/${firstLine.issueKey}"]`).first();
  await link.waitFor({ state: 'visible' });
  expect(await page.locator(`a[href^="${target.url}/browse/"]`).count()).toBeGreaterThanOrEqual(posted.note.sections.reduce((n, s) => n + s.lines.length, 0));
  await link.click();
  await page.waitForURL((url) => url.searchParams.get('key') === firstLine.issueKey || url.pathname.endsWith(`/browse/${firstLine.issueKey}`));
});
