/**
 * The engagement survey end to end, in headless Chromium against the local sandbox with the Q1
 * survey open: a client person answers from the project page's banner with one click, the prompt
 * gives way to the thanks and stays away after a reload, the NPS section counts the answer; another
 * client person sees the compact prompt at the top of the issue panel and answers there. Light and
 * dark screenshots go to test-results/nps-*.png.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../sandbox/demo/people';
import type { SandboxData } from '../../sandbox/jira/model';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR, scrollUntilVisible } from './support/browser';

jest.setTimeout(300_000);

/** Wednesday 6 January 2027, 10:00 in New York: the Q1 2027 survey is open until 14 January. */
const OPEN = Date.UTC(2027, 0, 6, 15);

let target: Awaited<ReturnType<typeof import('../support/sandbox').testSandbox>>;
let browser: Browser;
let page: Page;
let data: SandboxData;

const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const issuePanel = (): FrameLocator => page.frameLocator('iframe[title="Decisions & acceptance"]');
/** The NPS section is loaded when scrolled near: its heading first. */
async function npsSection() {
  const section = projectPage().getByTestId('nps-section');
  await scrollUntilVisible(projectPage().locator('#nps-heading'), section);
  return section;
}
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `nps-${name}.png`), fullPage: true });

async function openProjectPage(accountId: string, theme: 'light' | 'dark'): Promise<void> {
  await page.goto(`${target.url}/?view=project&project=${data.projects[0]!.key}&as=${encodeURIComponent(accountId)}&theme=${theme}`);
  await projectPage().getByTestId('health-signal').first().waitFor({ state: 'visible' });
}

beforeAll(async () => {
  ensureUiBuilt();
  const { testSandbox } = await import('../support/sandbox');
  // The clock moves on in real time; performance.now, not Date.now, which inside an app invocation is the sandbox clock itself.
  const startedAt = performance.now();
  target = await testSandbox(() => OPEN + Math.floor(performance.now() - startedAt));
  data = target.jira.data();
  // As after a deploy: the hourly trigger queues the snapshot; its consumer computes it.
  await target.refresh();
  await target.forge.queue.drain();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

test('a client person answers from the banner with one click; the prompt gives way and stays away', async () => {
  const marcus = DEMO_PEOPLE.decisionMaker;
  await openProjectPage(marcus.accountId, 'light');
  const banner = projectPage().getByTestId('nps-banner');
  const prompt = banner.getByTestId('nps-prompt');
  await prompt.waitFor({ state: 'visible' });
  expect(await prompt.textContent()).toContain('How likely are you to recommend working with this delivery team to a colleague?');
  expect(await prompt.getByTestId('nps-score').count()).toBe(11);
  expect(await prompt.getByTestId('nps-anonymity').textContent()).toMatch(/^Anonymous: only you can see your own answer\./);
  // The tile is there before any answer this quarter: last quarter's NPS.
  const tile = projectPage().locator('[data-testid="health-signal"][data-signal-key="nps"]');
  expect(await tile.getByTestId('health-signal-reason').textContent()).toContain('NPS +50 in Q4 2026');
  await shot('banner-light');

  await prompt.getByTestId('nps-comment').fill('Clear demos, fast answers on the tickets.');
  await prompt.locator('[data-testid="nps-score"][data-score="8"]').click();
  const thanks = banner.getByTestId('nps-thanks');
  await thanks.waitFor({ state: 'visible' });
  expect((await thanks.textContent())?.trim()).toMatch(/^Thanks — you can change your answer until .*2027\. Your answer: 8\./);
  expect(await banner.getByTestId('nps-prompt').count()).toBe(0);

  // The NPS section counts it (the page asked the overview again), without saying whose it is.
  const section = await npsSection();
  await section.getByTestId('nps-current-response').filter({ hasText: '1 of 4 answered (25 %)' }).waitFor({ state: 'visible' });
  expect(await section.getByTestId('nps-current-result').textContent()).toBe('Too few answers to judge (1 of 3)');
  expect(await section.getByTestId('nps-anonymity-note').textContent()).toContain('never who answered or what anyone answered');
  expect(await section.getByTestId('nps-trend-row').count()).toBe(3);

  // A reload: the prompt is gone for good; the section shows their own answer, to them only.
  await openProjectPage(marcus.accountId, 'dark');
  expect(await projectPage().getByTestId('nps-banner').count()).toBe(0);
  const own = (await npsSection()).getByTestId('nps-your-answer');
  expect(await own.textContent()).toMatch(/^Your answer for Q1 2027: 8\. Only you see it/);
  await shot('page-dark');
  await (await npsSection()).screenshot({ path: join(SCREENSHOT_DIR, 'nps-section-dark.png') });
  await projectPage().getByTestId('project-name').scrollIntoViewIfNeeded();

  // The delivery side sees the same numbers and no prompt.
  await openProjectPage(DEMO_PEOPLE.deliverySponsor.accountId, 'light');
  expect(await projectPage().getByTestId('nps-banner').count()).toBe(0);
  const delivery = await npsSection();
  expect(await delivery.getByTestId('nps-current-response').textContent()).toContain('1 of 4 answered');
  expect(await delivery.getByTestId('nps-your-answer').count()).toBe(0);
  await delivery.screenshot({ path: join(SCREENSHOT_DIR, 'nps-section-light.png') });
});

test('the issue panel shows the compact prompt to a client person who has not answered; "Not today" hides it', async () => {
  const jordan = DEMO_PEOPLE.careLead;
  const issue = data.issues.find((i) => i.fields.statusId !== '10001') ?? data.issues[0]!;
  await page.goto(`${target.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(jordan.accountId)}&theme=dark`);
  const prompt = issuePanel().getByTestId('issue-nps').getByTestId('nps-prompt');
  await prompt.waitFor({ state: 'visible' });
  await issuePanel().getByTestId('issue-summary').waitFor({ state: 'visible' });
  await shot('issue-panel-dark');
  await prompt.getByTestId('nps-not-today').click();
  await prompt.waitFor({ state: 'detached' });

  // Someone else answers from the panel: one click, the thanks.
  const emily = DEMO_PEOPLE.productOwner;
  await page.goto(`${target.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(emily.accountId)}&theme=light`);
  const hers = issuePanel().getByTestId('nps-prompt');
  await hers.waitFor({ state: 'visible' });
  await shot('issue-panel-light');
  await hers.locator('[data-testid="nps-score"][data-score="10"]').click();
  await issuePanel().getByTestId('nps-thanks').waitFor({ state: 'visible' });
  await shot('issue-panel-thanks-light');

  // Back on the project page the next day, Jordan is asked again.
  await target.clock.advance(24 * 3_600_000);
  await openProjectPage(jordan.accountId, 'light');
  await projectPage().getByTestId('nps-banner').getByTestId('nps-prompt').waitFor({ state: 'visible' });
});
