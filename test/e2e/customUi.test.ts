/**
 * The three Custom UI apps in the local Jira-like shell, in headless Chromium,
 * against the real local sandbox: what the panels show must be what Jira holds.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { SandboxData, SandboxIssue, SandboxUser } from '../../sandbox/jira/model';
import { outsider, personWithRole, testSandbox } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(240_000);


let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let browser: Browser;
let page: Page;
let data: SandboxData;
let techLead: SandboxUser;

beforeAll(async () => {
  ensureUiBuilt();
  sandbox = await testSandbox();
  data = sandbox.jira.data();
  techLead = personWithRole(sandbox, 'delivery-tech-lead');
  // As after a deploy: the hourly trigger's first run computes the health snapshot.
  await sandbox.refresh();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

const project = () => data.projects[0]!;
const issuePanel = (): FrameLocator => page.frameLocator('iframe[title="Decisions & acceptance"]');
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const settingsPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health settings"]');

/** An estimated issue of the demo project that sits in a sprint: the panel has every field to show. */
function estimatedIssueInSprint(): SandboxIssue {
  const issue = data.issues.find((i) => i.projectId === project().id && i.fields.storyPoints !== null && i.fields.sprintIds.length > 0);
  if (!issue) throw new Error('the demo has no estimated issue in a sprint');
  return issue;
}

async function text(frame: FrameLocator, testId: string): Promise<string> {
  const locator = frame.getByTestId(testId);
  await locator.waitFor({ state: 'visible' });
  return ((await locator.textContent()) ?? '').trim();
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function actAs(user: SandboxUser): Promise<void> {
  await page.selectOption('#acting-as', user.accountId);
}

test('the issue panel shows the issue as Jira holds it, to the delivery tech lead', async () => {
  const issue = estimatedIssueInSprint();
  const status = data.statuses.find((s) => s.id === issue.fields.statusId)!;
  await page.goto(`${sandbox.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(techLead.accountId)}&theme=light`);

  expect(await text(issuePanel(), 'issue-title')).toBe(issue.fields.summary);
  expect(await text(issuePanel(), 'issue-key')).toBe(issue.key);
  expect((await text(issuePanel(), 'issue-status')).toLowerCase()).toBe(status.name.toLowerCase());
  expect(await issuePanel().getByTestId('issue-status').getAttribute('data-status-category')).toBe(status.categoryKey);
  expect(Number(await text(issuePanel(), 'issue-story-points'))).toBeCloseTo(issue.fields.storyPoints!, 1);
  expect(await issuePanel().getByTestId('issue-blocked').count()).toBe(issue.fields.flagged ? 1 : 0);
  // The shell's own issue view agrees with the panel (same Jira, read through REST).
  expect(await page.getByTestId('issue-summary').textContent()).toBe(issue.fields.summary);
  await screenshot('issue-view-light');
});

test('someone without permission on the project gets a refusal, not the issue', async () => {
  const issue = estimatedIssueInSprint();
  const guest = outsider(sandbox);
  await actAs(guest);

  const refusal = issuePanel().getByTestId('error-state');
  await refusal.waitFor({ state: 'visible' });
  expect(['forbidden', 'not_found']).toContain(await refusal.getAttribute('data-error-code'));
  expect(await refusal.textContent()).not.toContain(issue.fields.summary);
  expect(await issuePanel().getByTestId('issue-title').count()).toBe(0);
  await screenshot('issue-view-refused-light');
  await actAs(techLead);
  await issuePanel().getByTestId('issue-title').waitFor({ state: 'visible' });
});

test('the project page lists the started sprints of the board in its velocity table', async () => {
  await page.getByRole('link', { name: 'Engagement health' }).click();
  await page.waitForURL(/view=project/);

  const board = data.boards.find((b) => b.projectKey === project().key)!;
  const boardSprints = data.sprints.filter((s) => s.boardId === board.id);
  expect(await text(projectPage(), 'project-name')).toBe(project().name);
  await projectPage().getByTestId('velocity-show-table').click();
  await projectPage().getByTestId('sprint-name').first().waitFor({ state: 'visible' });
  const listed = (await projectPage().getByTestId('sprint-name').allTextContents()).map((name) => name.trim());
  expect(listed.length).toBeGreaterThan(0);
  expect(boardSprints.map((s) => s.name)).toEqual(expect.arrayContaining(listed));
  const active = boardSprints.find((s) => s.state === 'active');
  if (active) expect(listed).toContain(active.name);
  await screenshot('project-page-light');
});

test('the settings page shows the project and says who may change it', async () => {
  await page.getByRole('link', { name: 'Project settings' }).click();
  await page.waitForURL(/view=settings/);

  expect(await text(settingsPage(), 'settings-project')).toContain(project().name);
  const isAdmin = (project().permissions[techLead.accountId] ?? []).includes('ADMINISTER_PROJECTS');
  await settingsPage().getByTestId('settings-statuses').waitFor({ state: 'visible' });
  expect(await settingsPage().getByTestId('read-only-notice').count()).toBe(isAdmin ? 0 : 1);
  await screenshot('settings-light');
});

test('the dark theme reaches the shell and every app', async () => {
  await page.click('#theme-toggle');
  expect(await page.getAttribute('html', 'data-color-mode')).toBe('dark');
  await settingsPage().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await settingsPage().getByTestId('settings-statuses').waitFor({ state: 'visible' });
  await screenshot('settings-dark');

  await page.getByRole('link', { name: 'Engagement health' }).click();
  await projectPage().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await projectPage().getByTestId('velocity-chart').first().waitFor({ state: 'visible' });
  await screenshot('project-page-dark');

  const issue = estimatedIssueInSprint();
  await page.goto(`${sandbox.url}/?view=issue&key=${issue.key}`);
  await issuePanel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  expect(await text(issuePanel(), 'issue-title')).toBe(issue.fields.summary);
  await screenshot('issue-view-dark');
});
