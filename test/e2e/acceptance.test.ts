/**
 * Customer acceptance end to end, in headless Chromium against the real local sandbox:
 * on an issue awaiting acceptance, a developer's move to Done is refused by the workflow
 * validator; the client product owner requests changes (a comment mentioning the assignee,
 * the issue back in progress); the developer re-submits; the product owner accepts; and
 * the Done transition that was refused now passes.
 * The sandbox's clock moves (a re-submission must come after the change request).
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { IssueAcceptanceView, PolicyView, ResolverResult } from '../../src/contract/resolvers';
import type { SandboxData, SandboxIssue, SandboxUser } from '../../sandbox/jira/model';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR, scrollUntilVisible } from './support/browser';

jest.setTimeout(300_000);

const RETURN_STATUS = 'In Progress';
const FEEDBACK = 'The size chart still shows inches only: please add centimetres before we accept.';

let target: { url: string; jira: { data(): SandboxData }; close(): Promise<void> };
let browser: Browser;
let page: Page;
let data: SandboxData;
let issue: SandboxIssue;
let developer: SandboxUser;
let productOwner: SandboxUser;
let admin: SandboxUser;
let assignee: SandboxUser;
let readyStatus: string;
let acceptorNames: string[];

const issuePanel = (): FrameLocator => page.frameLocator('iframe[title="Decisions & acceptance"]');
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const settingsPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health settings"]');
const acceptanceIn = (state: IssueAcceptanceView['state']) => issuePanel().locator(`[data-testid="acceptance-view"][data-state="${state}"]`);
const project = () => data.projects[0]!;
const role = (name: SandboxUser['role']) => data.users.filter((u) => u.role === name);

/** The real sandbox, generated at TEST_NOW, whose clock then moves on in real time (a re-submission must come after the verdict). */
async function startMovingClockSandbox() {
  const { testSandbox, TEST_NOW } = await import('../support/sandbox');
  const startedAt = Date.now();
  return testSandbox(() => TEST_NOW + (Date.now() - startedAt));
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A resolver call as Forge would make it from the issue panel or the settings page (the host's invoke endpoint). */
async function invoke<T>(functionKey: string, as: SandboxUser, on: SandboxIssue | null, payload: unknown = {}): Promise<ResolverResult<T>> {
  const projectRef = { id: project().id, key: project().key, type: 'software' };
  const extension = on ? { type: 'jira:issuePanel', issue: { id: on.id, key: on.key, type: 'Story' }, project: projectRef } : { type: 'jira:projectSettingsPage', project: projectRef };
  const moduleKey = on ? 'engagement-health-issue-panel' : 'engagement-health-settings';
  const response = await fetch(`${target.url}/__forge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionKey, payload, accountId: as.accountId, moduleKey, extension }) });
  if (!response.ok) throw new Error(`${functionKey} failed with HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as ResolverResult<T>;
}

/** Opens the issue view as someone (the URL's ?as= sets the shell's acting user). */
async function openIssueAs(user: SandboxUser, theme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.goto(`${target.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(user.accountId)}&theme=${theme}`);
  await issuePanel().getByTestId('acceptance-view').waitFor({ state: 'visible' });
}

/** Moves the issue through the shell's status menu (Jira's status button). */
async function transitionTo(status: string): Promise<void> {
  await page.getByTestId('status-button').click();
  await page.locator(`.transition[data-to-status="${status}"]`).click();
}

async function issueStatus(): Promise<string> {
  const button = page.getByTestId('status-button');
  await button.waitFor({ state: 'visible' });
  return ((await button.textContent()) ?? '').replace('▾', '').trim();
}

beforeAll(async () => {
  ensureUiBuilt();
  target = await startMovingClockSandbox();
  data = target.jira.data();
  admin = role('project-admin')[0] ?? data.users.find((u) => project().permissions[u.accountId]?.includes('ADMINISTER_PROJECTS'))!;
  // An issue in the ready status that the app says awaits the client, and an acceptor to decide it.
  const ready = data.statuses.find((s) => /ready for accept/i.test(s.name));
  if (!ready) throw new Error('the demo workflow has no "Ready for Acceptance" status');
  const candidates = data.issues.filter((i) => i.projectId === project().id && i.fields.statusId === ready.id && i.fields.assigneeId);
  const someone = role('client-product-owner')[0] ?? data.users[0]!;
  for (const candidate of candidates.slice(0, 40)) {
    const answer = await invoke<IssueAcceptanceView>('acceptance/forIssue', someone, candidate);
    if (!answer.ok) throw new Error(`acceptance/forIssue refused ${candidate.key}: ${answer.error.message}`);
    if (answer.data.state !== 'awaiting' || answer.data.acceptors.length === 0) continue;
    const acceptorIds = new Set(answer.data.acceptors.map((a) => a.accountId));
    const owner = data.users.find((u) => acceptorIds.has(u.accountId) && u.role === 'client-product-owner') ?? data.users.find((u) => acceptorIds.has(u.accountId));
    if (!owner) continue;
    issue = candidate;
    productOwner = owner;
    readyStatus = answer.data.readyStatus;
    acceptorNames = answer.data.acceptors.map((a) => a.displayName);
    break;
  }
  if (!issue) throw new Error(`no issue in "${ready.name}" awaits acceptance by a configured acceptor (checked ${candidates.length})`);
  assignee = data.users.find((u) => u.accountId === issue.fields.assigneeId)!;
  developer = assignee.role === 'developer' ? assignee : role('developer')[0]!;
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

test('the project admin sends change requests back to In Progress and keeps the Done gate on', async () => {
  await page.goto(`${target.url}/?view=settings&project=${project().key}&as=${encodeURIComponent(admin.accountId)}&theme=light`);
  const fieldset = settingsPage().getByTestId('policy-acceptance');
  await fieldset.waitFor({ state: 'visible' });
  const gate = fieldset.getByRole('checkbox', { name: /Keep unaccepted work out of Done/ });
  const returnSelect = fieldset.getByLabel('On a change request, move the issue to');
  if (!(await gate.isChecked()) || (await returnSelect.inputValue()) !== RETURN_STATUS) {
    await returnSelect.selectOption(RETURN_STATUS);
    await gate.check();
    await settingsPage().getByTestId('policy-save').click();
    await settingsPage().getByTestId('policy-status').filter({ hasText: /Saved/ }).waitFor({ state: 'visible' });
  }
  const policy = await invoke<PolicyView>('policy/get', admin, null);
  if (!policy.ok) throw new Error(policy.error.message);
  expect(policy.data.policy.acceptance).toMatchObject({ returnStatus: RETURN_STATUS, gateEnabled: true });
  await fieldset.scrollIntoViewIfNeeded();
  await screenshot('acceptance-settings-light');
});

test('the project page lists the issue in the acceptance queue', async () => {
  await page.getByRole('link', { name: 'Engagement health' }).click();
  await projectPage().getByRole('heading', { name: 'Acceptance queue' }).scrollIntoViewIfNeeded();
  const row = projectPage().locator(`[data-testid="acceptance-queue-row"][data-issue-key="${issue.key}"]`);
  await row.waitFor({ state: 'visible' });
  expect(await row.textContent()).toContain(issue.fields.summary);
  await screenshot('acceptance-queue-light');
});

test('a developer cannot move it to Done: the workflow validator refuses and says whom to ask', async () => {
  await openIssueAs(developer);
  await acceptanceIn('awaiting').waitFor({ state: 'visible' });
  expect(await issuePanel().getByTestId('acceptance-accept').count()).toBe(0);
  // Before Jira has run the app's check in this project, the panel does not claim that Done is blocked.
  const gate = issuePanel().getByTestId('acceptance-gate');
  await gate.waitFor({ state: 'visible' });
  expect(await gate.getAttribute('data-active')).toBe('false');
  expect(await gate.textContent()).toContain('Jira has not run it in this project yet');
  await transitionTo('Done');
  const refusal = page.getByTestId('transition-error');
  await refusal.waitFor({ state: 'visible' });
  const message = (await refusal.textContent()) ?? '';
  expect(message).toContain('Waiting for acceptance by the client: ask ');
  expect(acceptorNames.some((name) => message.includes(name))).toBe(true);
  expect(await issueStatus()).toBe(readyStatus);
  await screenshot('acceptance-done-refused-light');
  // Jira ran it: now the panel says so.
  await openIssueAs(developer);
  await issuePanel().locator('[data-testid="acceptance-gate"][data-active="true"]').waitFor({ state: 'visible' });
  expect(await issuePanel().getByTestId('acceptance-gate').textContent()).toBe('Done is blocked until the client accepts this issue.');
});

test('the client product owner requests changes: a comment mentions the assignee and the issue is back in progress', async () => {
  await openIssueAs(productOwner);
  await acceptanceIn('awaiting').waitFor({ state: 'visible' });
  await issuePanel().getByTestId('acceptance-request').click();
  const form = issuePanel().getByTestId('request-changes-form');
  await form.getByTestId('form-submit').click(); // empty feedback is refused next to the field
  await form.getByTestId('field-error').waitFor({ state: 'visible' });
  await form.getByTestId('request-changes-feedback').fill(FEEDBACK);
  await form.getByTestId('form-submit').click();
  await acceptanceIn('changes-requested').waitFor({ state: 'visible' });
  expect(await issuePanel().getByTestId('acceptance-words').textContent()).toContain(`Changes requested by ${productOwner.displayName}`);
  await screenshot('acceptance-changes-requested-light');

  await openIssueAs(productOwner);
  const comment = page.getByTestId('issue-comment').last();
  await comment.waitFor({ state: 'visible' });
  expect(await comment.textContent()).toContain(FEEDBACK);
  expect(await comment.locator('.mention').first().textContent()).toBe(`@${assignee.displayName}`);
  expect(await issueStatus()).toBe(RETURN_STATUS);
});

test('the developer re-submits it: round 2 awaits the client', async () => {
  await openIssueAs(developer);
  await transitionTo(readyStatus);
  await acceptanceIn('awaiting').waitFor({ state: 'visible' });
  expect(await issueStatus()).toBe(readyStatus);
  expect(await issuePanel().getByTestId('acceptance-view').getAttribute('data-round')).toBe('2');
  expect(await issuePanel().getByTestId('acceptance-words').textContent()).toContain('round 2');
});

test('the product owner accepts, and the history keeps both verdicts', async () => {
  await openIssueAs(productOwner);
  await issuePanel().getByTestId('acceptance-accept').click();
  await issuePanel().getByTestId('acceptance-confirm').click();
  await acceptanceIn('accepted').waitFor({ state: 'visible' });
  expect(await issuePanel().getByTestId('acceptance-words').textContent()).toContain(`Accepted by ${productOwner.displayName}`);
  await issuePanel().getByTestId('acceptance-history-toggle').click();
  const verdicts = issuePanel().getByTestId('acceptance-verdict');
  await verdicts.last().waitFor({ state: 'visible' });
  const last = verdicts.last();
  expect(await last.getAttribute('data-verdict')).toBe('accepted');
  expect(await issuePanel().locator('[data-testid="acceptance-verdict"][data-verdict="changes-requested"]').last().textContent()).toContain(FEEDBACK);
  await screenshot('acceptance-accepted-light');
});

test('the Done transition that was refused now passes', async () => {
  await openIssueAs(developer);
  await acceptanceIn('accepted').waitFor({ state: 'visible' });
  await transitionTo('Done');
  await page.getByTestId('status-button').filter({ hasText: 'Done' }).waitFor({ state: 'visible' });
  expect(await page.getByTestId('transition-error').count()).toBe(0);
  await acceptanceIn('accepted').waitFor({ state: 'visible' });
  await screenshot('acceptance-done-light');
});

test('dark theme: the issue panel, the acceptance queue and the settings', async () => {
  await openIssueAs(productOwner, 'dark');
  await issuePanel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await issuePanel().getByTestId('acceptance-history-toggle').click();
  await issuePanel().getByTestId('acceptance-history').waitFor({ state: 'visible' });
  await screenshot('acceptance-issue-dark');
  await page.getByRole('link', { name: 'Engagement health' }).click();
  await projectPage().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await scrollUntilVisible(projectPage().getByRole('heading', { name: 'Acceptance queue' }), projectPage().getByTestId('acceptance-queue'));
  expect(await projectPage().locator(`[data-testid="acceptance-queue-row"][data-issue-key="${issue.key}"]`).count()).toBe(0);
  await screenshot('acceptance-queue-dark');
});
