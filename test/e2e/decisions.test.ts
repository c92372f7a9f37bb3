/**
 * Decision rights end to end, in headless Chromium against the real local sandbox:
 * the delivery tech lead raises a Product & UX question on an issue, a developer is
 * refused (no button, and a forged bridge call is refused by the backend), the client
 * product owner answers it, and the decision shows in the decision log and in JQL. A Scope &
 * timeline decision is raised with its estimated impact, shown on the issue and in the log.
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import type { ResolverResult } from '../../src/contract/resolvers';
import type { SandboxData, SandboxIssue, SandboxUser } from '../../sandbox/jira/model';
import { personWithRole, testSandbox } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR, scrollUntilVisible } from './support/browser';

jest.setTimeout(300_000);

const QUESTION = 'Should the basket page show the delivery date before checkout?';
const SCOPE_QUESTION = 'Add gift wrapping to the next release?';
const DECIDED_PRODUCT_JQL = 'project = ENG AND decisionCategory = product AND decisionStatus = decided';

let sandbox: Awaited<ReturnType<typeof testSandbox>>;
let browser: Browser;
let page: Page;
let data: SandboxData;
let techLead: SandboxUser;
let developer: SandboxUser;
let productOwner: SandboxUser;
let issue: SandboxIssue;
let decisionId: string;

const issuePanel = (): FrameLocator => page.frameLocator('iframe[title="Decisions & acceptance"]');
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const ourDecision = () => issuePanel().getByTestId('decision').filter({ hasText: QUESTION });
const ourScopeDecision = () => issuePanel().getByTestId('decision').filter({ hasText: SCOPE_QUESTION });

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function actAs(user: SandboxUser): Promise<void> {
  await page.selectOption('#acting-as', user.accountId);
  await issuePanel().getByTestId('decisions').waitFor({ state: 'visible' });
}

/** Issue keys a JQL search as the app finds, across pages. */
async function searchKeys(jql: string): Promise<string[]> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const response = await fetch(`${sandbox.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-as': 'app' },
      body: JSON.stringify({ jql, maxResults: 100, fields: ['summary'], ...(nextPageToken ? { nextPageToken } : {}) }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { issues: { key: string }[]; nextPageToken?: string };
    keys.push(...body.issues.map((i) => i.key));
    nextPageToken = body.nextPageToken;
  } while (nextPageToken);
  return keys;
}

/** The issue panel's frame, for calls through its bridge as the person acting. */
function panelFrame(): Frame {
  const frame = page.frames().find((f) => f.url().includes('/app/issue-panel/'));
  if (!frame) throw new Error('the issue panel frame is not on the page');
  return frame;
}

function bridgeInvoke(functionKey: string, payload: unknown): Promise<ResolverResult<unknown>> {
  return panelFrame().evaluate(
    ([key, body]) => (window as unknown as { __bridge: { callBridge(c: string, p: unknown): Promise<ResolverResult<unknown>> } }).__bridge.callBridge('invoke', { functionKey: key, payload: body }),
    [functionKey, payload] as const,
  );
}

beforeAll(async () => {
  ensureUiBuilt();
  sandbox = await testSandbox();
  data = sandbox.jira.data();
  techLead = personWithRole(sandbox, 'delivery-tech-lead');
  developer = personWithRole(sandbox, 'developer');
  productOwner = data.users.find((u) => u.displayName === 'Emily Carter') ?? personWithRole(sandbox, 'client-product-owner');
  // An issue of the demo project that has no decided Product & UX decision yet, so the JQL check means something.
  const alreadyDecided = new Set(await searchKeys(DECIDED_PRODUCT_JQL));
  const project = data.projects[0]!;
  const candidate = data.issues.find((i) => i.projectId === project.id && i.fields.sprintIds.length > 0 && !alreadyDecided.has(i.key));
  if (!candidate) throw new Error('every demo issue already has a decided Product & UX decision');
  issue = candidate;
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

test('the delivery tech lead raises a Product & UX question on an issue', async () => {
  await page.goto(`${sandbox.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(techLead.accountId)}&theme=light`);
  await issuePanel().getByTestId('raise-decision').click();
  const form = issuePanel().getByTestId('raise-form');
  await form.getByRole('radio', { name: /Product & UX/ }).check();
  // Only a Scope & timeline decision carries an estimated impact.
  expect(await form.getByTestId('raise-impact').count()).toBe(0);
  await form.getByTestId('raise-question').fill(QUESTION);
  await form.getByTestId('raise-option').first().fill('Show the date on the basket page');
  await form.getByTestId('raise-add-option').click();
  await form.getByTestId('raise-option').nth(1).fill('Show it only at checkout');
  await form.getByTestId('form-submit').click();

  await ourDecision().waitFor({ state: 'visible' });
  expect(await ourDecision().getAttribute('data-status')).toBe('pending');
  expect(await ourDecision().getAttribute('data-category')).toBe('product');
  decisionId = (await ourDecision().getAttribute('data-decision-id')) ?? '';
  expect(decisionId).not.toBe('');
  expect(await ourDecision().getByTestId('decision-owners').textContent()).toContain(productOwner.displayName);
  expect((await ourDecision().getByTestId('decision-clock').textContent())?.trim()).not.toBe('');
  // The tech lead does not own Product & UX: no record button for him either.
  expect(await ourDecision().getByTestId('decision-record').count()).toBe(0);
  await screenshot('decisions-raised-light');
});

test('the tech lead raises a Scope & timeline decision with its estimated impact', async () => {
  await issuePanel().getByTestId('raise-decision').click();
  const form = issuePanel().getByTestId('raise-form');
  await form.getByRole('radio', { name: /Scope & timeline/ }).check();
  await form.getByLabel('Estimated impact (points), optional').fill('40');
  await form.getByTestId('raise-question').fill(SCOPE_QUESTION);
  await form.getByTestId('raise-option').first().fill('Add it now');
  await form.getByTestId('form-submit').click();

  await ourScopeDecision().waitFor({ state: 'visible' });
  expect(await ourScopeDecision().getAttribute('data-category')).toBe('scope');
  expect((await ourScopeDecision().getByTestId('decision-impact').textContent())?.trim()).toBe('Impact: 40 points');
  // The Product & UX decision carries none.
  expect(await ourDecision().getByTestId('decision-impact').count()).toBe(0);
  await screenshot('decisions-scope-impact-light');
});

test('a developer cannot record it: no button, and a forged call is refused and changes nothing', async () => {
  await actAs(developer);
  await ourDecision().waitFor({ state: 'visible' });
  expect(await ourDecision().getByTestId('decision-record').count()).toBe(0);

  type Listing = ResolverResult<{ decisions: { id: string; version: number; status: string }[] }>;
  const before = (await bridgeInvoke('decisions/forIssue', {})) as Listing;
  if (!before.ok) throw new Error(`decisions/forIssue refused the developer: ${before.error.message}`);
  const mine = before.data.decisions.find((d) => d.id === decisionId)!;
  const forged = await bridgeInvoke('decisions/record', { decisionId, outcome: 'Forged by a developer', expectedVersion: mine.version });
  expect(forged.ok).toBe(false);
  if (!forged.ok) expect(forged.error.code).toBe('forbidden');

  const after = (await bridgeInvoke('decisions/forIssue', {})) as Listing;
  if (!after.ok) throw new Error(after.error.message);
  expect(after.data.decisions.find((d) => d.id === decisionId)).toMatchObject({ status: 'pending', version: mine.version });
});

test('the client product owner records the outcome', async () => {
  await actAs(productOwner);
  await ourDecision().getByTestId('decision-record').click();
  const form = ourDecision().getByTestId('record-form');
  await form.getByTestId('record-outcome').fill('Yes: show the delivery date on the basket page.');
  await form.getByTestId('form-submit').click();

  await issuePanel().locator(`[data-testid="decision"][data-decision-id="${decisionId}"][data-status="decided"]`).waitFor({ state: 'visible' });
  await ourDecision().getByTestId('decision-toggle').click();
  expect(await ourDecision().getByTestId('decision-outcome').textContent()).toContain(productOwner.displayName);
  const history = (await ourDecision().getByTestId('decision-history').textContent()) ?? '';
  expect(history).toContain(techLead.displayName);
  expect(history).toContain(productOwner.displayName);
  await screenshot('decisions-decided-light');
});

test('the decision is in the project decision log', async () => {
  await page.getByRole('link', { name: 'Engagement health' }).click();
  await page.waitForURL(/view=project/);
  await scrollUntilVisible(projectPage().getByRole('heading', { name: 'Decisions', exact: true }), projectPage().getByTestId('decision-log-search'));
  await projectPage().getByTestId('decision-log-search').fill('delivery date before checkout');
  const row = projectPage().locator(`[data-testid="decision-log-row"][data-decision-id="${decisionId}"]`);
  await row.waitFor({ state: 'visible' });
  expect(await projectPage().getByTestId('decision-log-row').count()).toBe(1);
  expect(await row.getByTestId('decision-log-question').textContent()).toBe(QUESTION);
  expect((await row.getByTestId('decision-log-status').textContent())?.trim()).toBe('Decided');
  expect(await row.textContent()).toContain(issue.key);
  await projectPage().getByTestId('decision-latency').waitFor({ state: 'visible' });
  await screenshot('decision-log-light');

  await projectPage().getByTestId('decision-log-search').fill(SCOPE_QUESTION);
  const scopeRow = projectPage().getByTestId('decision-log-row').filter({ hasText: SCOPE_QUESTION });
  await scopeRow.waitFor({ state: 'visible' });
  expect((await scopeRow.getByTestId('decision-log-impact').textContent())?.trim()).toBe('Impact: 40 points');
});

test('Jira search finds the issue by its decision aliases', async () => {
  expect(await searchKeys(DECIDED_PRODUCT_JQL)).toContain(issue.key);
});

test('dark theme: the decision log and the issue decisions', async () => {
  await page.click('#theme-toggle');
  await projectPage().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await scrollUntilVisible(projectPage().getByRole('heading', { name: 'Decisions', exact: true }), projectPage().getByTestId('decision-log-table'));
  await screenshot('decision-log-dark');

  await page.goto(`${sandbox.url}/?view=issue&key=${issue.key}`);
  await issuePanel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  await ourDecision().waitFor({ state: 'visible' });
  await screenshot('decisions-dark');
});
