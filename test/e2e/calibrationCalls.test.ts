/**
 * A concern to its calibration call, in headless Chromium against the local sandbox: a developer raises
 * a concern from an issue's panel (the form says who reads it and what the call does); with the project
 * Live, the hourly trigger's scan creates the call; the shell shows the issue — assigned to the delivery
 * sponsor, due in a week, both sponsors mentioned, the concern quoted without its author; the project page
 * lists the open call and the concern for the sponsor, and flags the call "not held" a week on. Light and
 * dark screenshots go to test-results/calibration-*.png.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { PolicyView, ProjectOverview } from '../../src/contract/resolvers';
import { DEMO_PEOPLE } from '../../sandbox/demo/people';
import { ok, resolverCaller, type Call } from '../support/resolverCaller';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR, scrollUntilVisible } from './support/browser';

jest.setTimeout(300_000);

const PROJECT = 'ENG';
const ABOUT = 'ENG-5';
const DAY = 86_400_000;
const CONCERN = 'Our demo dates keep moving and we hear of it last.\nCan we agree how changes are announced?';

let target: Awaited<ReturnType<typeof import('../support/sandbox').testSandbox>>;
let browser: Browser;
let page: Page;
let call: Call;
let offset = 0;
let callKey = '';

const developer = DEMO_PEOPLE.dev1;
const deliverySponsor = DEMO_PEOPLE.deliverySponsor;
const clientSponsor = DEMO_PEOPLE.clientSponsor;
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const issuePanel = (): FrameLocator => page.frameLocator('iframe[title="Decisions & acceptance"]');
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `calibration-${name}.png`), fullPage: true });

const overview = async (accountId: string): Promise<ProjectOverview> => ok(await call('project/overview', accountId, { type: 'jira:projectPage', project: { key: PROJECT } }));

async function openCalibration(accountId: string, theme: 'light' | 'dark') {
  await page.goto(`${target.url}/?view=project&project=${PROJECT}&as=${encodeURIComponent(accountId)}&theme=${theme}`);
  const section = projectPage().getByTestId('calibration');
  await scrollUntilVisible(projectPage().getByRole('heading', { name: 'Concerns and calibration calls' }), section);
  await section.scrollIntoViewIfNeeded();
  return section;
}

beforeAll(async () => {
  ensureUiBuilt();
  const { testSandbox, TEST_NOW } = await import('../support/sandbox');
  const startedAt = Date.now();
  target = await testSandbox(() => TEST_NOW + offset + (Date.now() - startedAt));
  call = resolverCaller(target);
  const admin = DEMO_PEOPLE.projectAdmin.accountId;
  const settings = { type: 'jira:projectSettingsPage', project: { key: PROJECT } };
  const current: PolicyView = ok(await call('policy/get', admin, settings));
  ok(await call('policy/save', admin, settings, { policy: { ...current.policy, escalation: { ...current.policy.escalation, mode: 'live' as const } }, expectedVersion: current.version }));
  await target.refresh();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1100 });
});

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

test('a developer raises a concern from the issue panel: the form says who reads it and what the call does', async () => {
  await page.goto(`${target.url}/?view=issue&key=${ABOUT}&as=${encodeURIComponent(developer.accountId)}&theme=light`);
  const action = issuePanel().getByTestId('concern-action');
  await action.scrollIntoViewIfNeeded();
  await action.getByTestId('concern-open').click();
  const form = action.getByTestId('concern-form');
  await form.waitFor({ state: 'visible' });
  expect(await form.getByTestId('concern-readers').textContent()).toContain('You, the client sponsor and the delivery sponsor read it; nobody else in the app does.');
  expect(await form.getByTestId('concern-readers').textContent()).toContain('quotes your words without your name');
  expect(await form.getByTestId('concern-link-issue').isChecked()).toBe(true);

  // Nothing written: refused in the form, nothing sent.
  await form.getByTestId('concern-submit').click();
  expect(await form.getByTestId('field-error').textContent()).toBe('Write the concern.');

  await form.getByTestId('concern-text').fill(CONCERN);
  await action.screenshot({ path: join(SCREENSHOT_DIR, 'calibration-panel-form-light.png') });
  await form.getByTestId('concern-submit').click();
  const raised = action.getByTestId('concern-raised');
  await raised.waitFor({ state: 'visible' });
  expect(await raised.getByTestId('concern-raised-words').textContent()).toBe(
    `Concern raised about ${ABOUT}. You, ${clientSponsor.displayName} (client sponsor) and ${deliverySponsor.displayName} (delivery sponsor) read it; nobody else in the app does. The calibration call is created with the next hourly scan.`,
  );
  await shot('panel-raised-light');

  // The same form in the dark theme (not sent).
  await page.goto(`${target.url}/?view=issue&key=${ABOUT}&as=${encodeURIComponent(developer.accountId)}&theme=dark`);
  const dark = issuePanel().getByTestId('concern-action');
  await dark.scrollIntoViewIfNeeded();
  await dark.getByTestId('concern-open').click();
  await dark.getByTestId('concern-text').fill(CONCERN);
  await dark.screenshot({ path: join(SCREENSHOT_DIR, 'calibration-panel-form-dark.png') });
});

test('the hourly scan creates the calibration call once; the shell shows it assigned, due in a week, both sponsors mentioned, the concern quoted without its author', async () => {
  await target.refresh();
  await target.refresh();
  const { calibrationCalls } = await overview(deliverySponsor.accountId);
  expect(calibrationCalls.open).toHaveLength(1);
  const created = calibrationCalls.open[0]!;
  callKey = created.issueKey;
  expect(created).toMatchObject({ summary: `Calibration call: a concern raised about ${ABOUT}`, assignee: { displayName: deliverySponsor.displayName }, notHeld: false });
  expect(target.jira.data().issues.filter((i) => i.fields.summary.startsWith('Calibration call:'))).toHaveLength(1);

  for (const theme of ['light', 'dark'] as const) {
    await page.goto(`${target.url}/?view=issue&key=${callKey}&as=${encodeURIComponent(deliverySponsor.accountId)}&theme=${theme}`);
    await page.getByTestId('issue-summary').waitFor({ state: 'visible' });
    expect(await page.getByTestId('issue-summary').textContent()).toBe(created.summary);
    const description = page.locator('.issue-description');
    expect(await description.locator('.mention').allTextContents()).toEqual([`@${deliverySponsor.displayName}`, `@${clientSponsor.displayName}`]);
    expect(await description.locator('blockquote').textContent()).toContain('Our demo dates keep moving and we hear of it last.');
    expect(await description.textContent()).not.toContain(developer.displayName);
    const fields = page.getByRole('complementary', { name: 'Details' });
    expect(await fields.textContent()).toContain(`Assignee${deliverySponsor.displayName}`);
    expect(await fields.textContent()).toContain(`Due date${created.dueDate}`);
    await shot(`issue-${theme}`);
  }
});

test('the project page lists the open call and the concern for the sponsor; a week on the call is flagged not held', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const section = await openCalibration(deliverySponsor.accountId, theme);
    const row = section.getByTestId('calibration-call-row');
    await row.first().waitFor({ state: 'visible' });
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-issue-key')).toBe(callKey);
    expect(await section.getByTestId('calibration-call-not-held').count()).toBe(0);
    expect(await section.getByTestId('concerns-scope').textContent()).toMatch(/^As a sponsor you read every concern raised in this project\./);
    const concern = section.getByTestId('concern-item');
    expect(await concern.count()).toBe(1);
    expect(await concern.getByTestId('concern-text-shown').textContent()).toBe(CONCERN);
    expect(await concern.textContent()).toContain(`by ${developer.displayName} about ${ABOUT}`);
    expect(await concern.getByTestId('concern-call').textContent()).toBe(`Calibration call ${callKey} created.`);
    await section.screenshot({ path: join(SCREENSHOT_DIR, `calibration-project-${theme}.png`) });
  }

  // Another person of the project sees only their own concerns: none.
  const lead = await openCalibration(DEMO_PEOPLE.techLead.accountId, 'light');
  await lead.getByTestId('concerns-empty').waitFor({ state: 'visible' });
  expect(await lead.getByTestId('concerns-empty').textContent()).toBe('You have raised no concern.');

  offset += 8 * DAY;
  await target.refresh();
  for (const theme of ['light', 'dark'] as const) {
    const section = await openCalibration(deliverySponsor.accountId, theme);
    const flag = section.getByTestId('calibration-call-not-held');
    await flag.waitFor({ state: 'visible' });
    expect(await section.getByTestId('calibration-call-age').textContent()).toMatch(/^8 days/);
    await section.screenshot({ path: join(SCREENSHOT_DIR, `calibration-not-held-${theme}.png`) });
  }
  // Still one call: the week's scans created nothing again.
  expect(target.jira.data().issues.filter((i) => i.fields.summary.startsWith('Calibration call:'))).toHaveLength(1);
});
