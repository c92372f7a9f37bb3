/**
 * A stored policy that cannot be shown (broken text written before the text rule, or
 * corrupted) still opens the settings page in headless Chromium: a warning names what
 * could not be read, the field shows why, and saving what is shown repairs it.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { personWithRole, testSandbox } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(240_000);

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let browser: Browser;
let page: Page;

const settingsPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health settings"]');

beforeAll(async () => {
  ensureUiBuilt();
  sandbox = await testSandbox();
  const stored = (await sandbox.storage.policies.get('ENG'))!;
  const corrupted = { ...stored.policy, clientSponsorId: '\ud800', acceptance: { ...stored.policy.acceptance, readyStatus: 'Ready\u0000' } };
  if (!(await sandbox.storage.policies.save('ENG', { ...stored, policy: corrupted, version: stored.version + 1 }))) throw new Error('could not store the corrupted policy');
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

test('the admin sees what could not be read, next to the field and at the top, and repairs it by saving', async () => {
  const admin = personWithRole(sandbox, 'project-admin');
  await page.goto(`${sandbox.url}/?view=settings&project=ENG&as=${encodeURIComponent(admin.accountId)}&theme=light`);
  const notice = settingsPage().getByTestId('policy-unreadable');
  await notice.waitFor({ state: 'visible' });
  const paths = await settingsPage().getByTestId('policy-unreadable-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-path')));
  expect(paths.sort()).toEqual(['acceptance.readyStatus', 'clientSponsorId']);
  expect(await notice.textContent()).toContain('Client sponsor');
  expect(await settingsPage().getByTestId('policy-people').getByTestId('field-error').first().textContent()).toContain('could not be read');
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-unreadable-light.png'), fullPage: true });

  await settingsPage().getByTestId('policy-save').click();
  await settingsPage().getByTestId('policy-status').filter({ hasText: /Saved/ }).waitFor({ state: 'visible' });
  expect(await notice.count()).toBe(0);
  const saved = (await sandbox.storage.policies.get('ENG'))!;
  expect(saved.policy).toMatchObject({ clientSponsorId: null, acceptance: { readyStatus: null } });
});
