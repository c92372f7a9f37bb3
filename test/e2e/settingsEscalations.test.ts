/**
 * The settings page's Escalations section in headless Chromium: the project starts in Preview with
 * every rule on; each rule says when it fires (a threshold set elsewhere on the page, followed as it
 * changes) and whom it addresses; a refused repeat shows the server's message at its field; the admin
 * switches to Live, turns a rule off, chooses a blocking status and an exempt label, and saves.
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
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

const save = async (): Promise<void> => settingsPage().getByTestId('policy-save').click();

test('the admin reads each rule’s threshold and recipients, sees a refused repeat at its field, and switches the project to Live', async () => {
  const admin = personWithRole(sandbox, 'project-admin');
  const stored = (await sandbox.storage.policies.get('ENG'))!;
  expect(stored.policy.escalation.mode).toBe('preview');
  await page.goto(`${sandbox.url}/?view=settings&project=ENG&as=${encodeURIComponent(admin.accountId)}&theme=light`);
  const section = settingsPage().getByTestId('policy-escalation');
  await section.waitFor({ state: 'visible' });

  // Preview by default, every rule on; thresholds read-only, from where they are set.
  expect(await section.getByRole('radio', { name: /^Preview — Nothing is posted/ }).isChecked()).toBe(true);
  expect(await section.getByRole('radio', { name: /^Live — The scanner posts/ }).isChecked()).toBe(false);
  const switches = section.getByRole('switch');
  expect(await switches.count()).toBe(4);
  for (const checked of await switches.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))) expect(checked).toBe(true);
  const blockerThreshold = section.getByTestId('escalation-blocker-threshold');
  expect(await blockerThreshold.textContent()).toBe(`After ${stored.policy.health.thresholds.blockers.redHours} h — the Blockers signal’s red threshold under Health signals`);
  expect(await section.getByTestId('escalation-scopeChange-threshold').textContent()).toMatch(/^Over 5 % of the budget .*— the Scope change threshold under Health signals$/);
  expect(await section.getByTestId('escalation-blocker-recipients').textContent()).toMatch(/^Both sponsors and the assignee/);
  expect(await section.getByTestId('escalation-staleDecision-recipients').textContent()).toContain('“escalates to” people');

  // The threshold follows the Blockers signal as it is edited under Health signals.
  await settingsPage().getByTestId('health-blockers').getByLabel('Red after (hours)').fill('36');
  await blockerThreshold.filter({ hasText: 'After 36 h' }).waitFor({ state: 'visible' });

  // A repeat the server refuses: its message at the field, the field marked invalid.
  const reminder = section.getByTestId('escalation-rule-decisionReminder');
  const repeat = reminder.getByLabel('Repeat every (hours)');
  await repeat.fill('0');
  await save();
  await reminder.getByTestId('field-error').filter({ hasText: 'Enter the reminder repeat in hours, from 1 to 720' }).waitFor({ state: 'visible' });
  expect(await repeat.getAttribute('aria-invalid')).toBe('true');
  expect(await settingsPage().getByTestId('policy-other-errors').count()).toBe(0);

  // Fixed, and the rest changed: Live, scope changes off, a blocking status, an exempt label, working hours only.
  await repeat.fill('12');
  await section.getByRole('radio', { name: /^Live/ }).check();
  const scope = section.getByRole('switch', { name: /Escalate large scope changes/ });
  await scope.uncheck();
  expect(await section.getByTestId('escalation-scopeChange-enabled-state').textContent()).toBe('Off');
  const inReview = section.getByTestId('escalation-blocker-statuses').getByRole('checkbox', { name: /^In Review/ });
  const statusId = await inReview.getAttribute('value');
  await inReview.check();
  await section.getByLabel('Labels', { exact: true }).fill('no-escalation, quiet');
  await section.getByRole('checkbox', { name: 'Post only during a recipient’s working hours' }).check();
  await save();
  await settingsPage().getByTestId('policy-status').filter({ hasText: /Saved/ }).waitFor({ state: 'visible' });

  const saved = (await sandbox.storage.policies.get('ENG'))!.policy;
  expect(saved.escalation).toEqual({
    mode: 'live',
    rules: {
      blocker: { enabled: true, flagged: true, blockedStatusIds: [statusId], blockedByLinks: true },
      decisionReminder: { enabled: true, repeatHours: 12 },
      staleDecision: { enabled: true },
      scopeChange: { enabled: false },
    },
    exemptions: { labels: ['no-escalation', 'quiet'], issueTypes: [], statusIds: [] },
    workingHoursOnly: true,
  });
  expect(saved.health.thresholds.blockers.redHours).toBe(36);
  // Read back after the save: the form shows what is stored.
  expect(await section.getByRole('radio', { name: /^Live/ }).isChecked()).toBe(true);
  expect(await section.getByTestId('escalation-blocker-statuses').getByRole('checkbox', { checked: true }).count()).toBe(1);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: join(SCREENSHOT_DIR, 'settings-escalations-light.png') });
});
