/**
 * Real-site mode in the browser: the shell against a "real site" (a sandbox that knows only Basic
 * email:token) says where it is connected, as whom and whether writes reach the site; shows the
 * site's projects and the app's health page on the site's data; answers a refused write, a project
 * the token's user cannot see and a wrong token in words, never a broken page.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../sandbox/demo/people';
import { callAsTokenUser, ok, projectPage, realSiteMode, standInSite, tokenOf, type RealSite, type StandInSite } from '../integration/realSite/realSiteFixture';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(300_000);
let site: StandInSite;
let app: RealSite;
let browser: Browser;
let page: Page;
const admin = DEMO_PEOPLE.projectAdmin;

beforeAll(async () => {
  ensureUiBuilt();
  site = await standInSite();
  app = await realSiteMode({ siteUrl: site.url, ...tokenOf(site, 'projectAdmin') });
  // The first look at the project page queues its health; the queue runs it.
  ok(await callAsTokenUser(app)('project/overview', projectPage('ENG')));
  await app.forge.queue.drain();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await site?.close();
});

test('the banner says which site, as whom, read-only; the health page shows the site’s project', async () => {
  await page.goto(`${app.url}/?view=project&project=ENG`);
  expect(await page.getByTestId('mode-connection').textContent()).toBe(`Connected to ${site.url} as ${admin.displayName} (${admin.emailAddress}) — read-only`);
  expect(await page.locator('#acting-as').isDisabled()).toBe(true);
  const chooser = page.getByTestId('site-project');
  await chooser.waitFor({ state: 'visible' });
  expect(await chooser.inputValue()).toBe('ENG');
  const health = page.frameLocator('iframe[title="Engagement health"]');
  await health.getByTestId('health-signal').first().waitFor({ state: 'visible' });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'real-site-health-page.png'), fullPage: true });
});

test('a transition is refused in the read-only words; the issue on the site does not move', async () => {
  const issue = site.jira.data().issues.find((i) => i.key.startsWith('ENG-') && i.fields.statusId === '10000')!;
  await page.goto(`${app.url}/?view=issue&key=${issue.key}`);
  await page.getByTestId('status-button').click();
  await page.locator('.transition').first().click();
  const refusal = page.getByTestId('transition-error');
  await refusal.waitFor({ state: 'visible' });
  expect(await refusal.textContent()).toContain('read-only: started without --allow-writes');
  expect(site.jira.data().issues.find((i) => i.key === issue.key)!.fields.statusId).toBe('10000');
});

test('a project the token’s user cannot see is said, with the way out', async () => {
  await page.goto(`${app.url}/?view=issues&project=NOPE`);
  const notice = page.locator('.notice.error').first();
  await notice.waitFor({ state: 'visible' });
  expect(await notice.textContent()).toContain(`${site.url} shows no project NOPE to ${admin.displayName}`);
});

test('a wrong token: the shell shows what the site said and what to check, instead of Jira', async () => {
  const wrong = await realSiteMode({ siteUrl: site.url, email: admin.emailAddress, apiToken: 'not-the-token' });
  try {
    await page.goto(`${wrong.url}/`);
    const problem = page.getByTestId('site-problem');
    await problem.waitFor({ state: 'visible' });
    expect(await problem.locator('h1').textContent()).toBe(`Cannot use ${site.url}`);
    expect(await problem.getByRole('alert').textContent()).toBe(wrong.site.state.problem!.message);
    expect(await page.getByTestId('mode-connection').textContent()).toBe(`Not connected to ${site.url} — read-only`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'real-site-wrong-token.png'), fullPage: true });
  } finally {
    await wrong.close();
  }
});
