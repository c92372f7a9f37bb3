/**
 * The client sponsor's confirmation end to end, in headless Chromium against the local sandbox:
 * the delivery side's project admin turns the Done gate off on the settings page and sees it
 * pending (the gate still holds); the client sponsor sees the notice on the project page, and
 * confirms on the settings page; then the gate is off and the notice is gone.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { PolicyView, ResolverResult } from '../../src/contract/resolvers';
import type { SandboxUser } from '../../sandbox/jira/model';
import { personWithRole, testSandbox } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(240_000);

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let browser: Browser;
let page: Page;
let admin: SandboxUser;
let sponsor: SandboxUser;
let developer: SandboxUser;

const settingsPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health settings"]');
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const open = (view: 'settings' | 'project', as: SandboxUser) => page.goto(`${sandbox.url}/?view=${view}&project=ENG&as=${encodeURIComponent(as.accountId)}&theme=light`);
const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

/** The policy as the app has it, read as the settings page reads it. */
async function storedPolicy(): Promise<PolicyView> {
  const extension = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
  const response = await fetch(`${sandbox.url}/__forge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionKey: 'policy/get', payload: {}, accountId: admin.accountId, moduleKey: 'engagement-health-settings', extension }) });
  const answer = (await response.json()) as ResolverResult<PolicyView>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

beforeAll(async () => {
  ensureUiBuilt();
  sandbox = await testSandbox();
  admin = personWithRole(sandbox, 'project-admin');
  sponsor = personWithRole(sandbox, 'client-sponsor');
  developer = personWithRole(sandbox, 'developer');
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

test('the project admin turns the Done gate off: it is shown pending, and the gate still holds', async () => {
  await open('settings', admin);
  const gate = settingsPage().getByTestId('policy-acceptance').getByRole('checkbox', { name: /Keep unaccepted work out of Done/ });
  await gate.waitFor({ state: 'visible' });
  expect(await gate.isChecked()).toBe(true);
  await gate.uncheck();
  await settingsPage().getByTestId('policy-save').click();
  const pending = settingsPage().getByTestId('policy-pending');
  await pending.waitFor({ state: 'visible' });
  expect(await pending.textContent()).toContain('Pending client confirmation');
  expect(await pending.textContent()).toContain('Linda Okafor (client sponsor) confirms');
  expect(await settingsPage().getByTestId('policy-pending-change').textContent()).toBe('Keep unaccepted work out of Done: on → off');
  expect(await settingsPage().getByTestId('policy-confirm').count()).toBe(0);
  expect(await settingsPage().getByTestId('policy-status').textContent()).toContain('wait for the client sponsor');
  expect(await gate.isChecked()).toBe(false); // the form shows the proposal
  expect(await settingsPage().getByTestId('policy-history-entry').first().getAttribute('data-kind')).toBe('proposed');
  expect((await storedPolicy()).policy.acceptance.gateEnabled).toBe(true);
  await screenshot('client-confirmation-pending-admin');
});

test('everyone sees it pending on the project page; the client sponsor is asked to review it', async () => {
  await open('project', developer);
  const notice = projectPage().getByTestId('policy-notice');
  await notice.waitFor({ state: 'visible' });
  expect(await notice.textContent()).toContain('Pending client confirmation: Keep unaccepted work out of Done (on → off).');
  expect(await notice.getAttribute('data-can-confirm')).toBe('false');

  await open('project', sponsor);
  await notice.filter({ hasText: 'wait for your confirmation' }).waitFor({ state: 'visible' });
  expect(await notice.textContent()).toContain('Changes to the settings wait for your confirmation: Keep unaccepted work out of Done (on → off).');
  expect(await projectPage().getByTestId('policy-notice-review').textContent()).toContain('Project settings → Engagement health');
  await screenshot('client-confirmation-project-notice');
});

test('the client sponsor confirms on the settings page: the gate is off and the notice is gone', async () => {
  await open('settings', sponsor);
  const pending = settingsPage().locator('[data-testid="policy-pending"][data-can-confirm="true"]');
  await pending.waitFor({ state: 'visible' });
  expect(await pending.textContent()).toContain('Waiting for your confirmation');
  await screenshot('client-confirmation-sponsor-settings');
  await settingsPage().getByTestId('policy-confirm').click();
  await settingsPage().locator('[data-testid="policy-history-entry"][data-kind="confirmed"]').first().waitFor({ state: 'visible' });
  expect(await settingsPage().getByTestId('policy-pending').count()).toBe(0);
  expect(await settingsPage().getByTestId('policy-history-entry').first().textContent()).toContain('Linda Okafor confirmed the proposal of Anna Kowalczyk');
  expect((await storedPolicy()).policy.acceptance.gateEnabled).toBe(false);

  await open('project', sponsor);
  await projectPage().getByTestId('project-name').waitFor({ state: 'visible' });
  expect(await projectPage().getByTestId('policy-notice').count()).toBe(0);
});

test('the client sponsor can also decide on the project page: turning the gate back on applies at once, a new acceptor waits, and she rejects it there', async () => {
  // Turning the gate on strengthens the client's control: no confirmation needed.
  await open('settings', admin);
  const gate = settingsPage().getByTestId('policy-acceptance').getByRole('checkbox', { name: /Keep unaccepted work out of Done/ });
  await gate.waitFor({ state: 'visible' });
  await gate.check();
  await settingsPage().getByTestId('policy-save').click();
  await settingsPage().locator('[data-testid="policy-history-entry"]').first().filter({ hasText: 'on' }).waitFor({ state: 'visible' });
  for (let i = 0; i < 50 && !(await storedPolicy()).policy.acceptance.gateEnabled; i++) await page.waitForTimeout(100);
  expect((await storedPolicy()).policy.acceptance.gateEnabled).toBe(true);

  // Naming the developer acceptor weakens it: pending until the sponsor decides.
  const before = await storedPolicy();
  const proposed = { ...before.policy, acceptorIds: [...before.policy.acceptorIds, developer.accountId] };
  const extension = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
  const saved = (await (await fetch(`${sandbox.url}/__forge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionKey: 'policy/save', payload: { policy: proposed, expectedVersion: before.version }, accountId: admin.accountId, moduleKey: 'engagement-health-settings', extension }) })).json()) as ResolverResult<PolicyView>;
  expect(saved.ok).toBe(true);
  expect((await storedPolicy()).policy.acceptorIds).not.toContain(developer.accountId);

  await open('project', sponsor);
  const notice = projectPage().locator('[data-testid="policy-notice"][data-can-confirm="true"]');
  await notice.waitFor({ state: 'visible' });
  await screenshot('client-confirmation-project-reject');
  await projectPage().getByTestId('policy-notice-reject').click();
  await projectPage().getByTestId('policy-notice-done').waitFor({ state: 'visible' });
  expect(await projectPage().getByTestId('policy-notice-done').textContent()).toContain('rejected');
  const after = await storedPolicy();
  expect(after.policy.acceptorIds).not.toContain(developer.accountId);
  expect(after.confirmation.pending).toBeNull();
});
