/**
 * The escalations as users see them, in headless Chromium against the real local sandbox: in Preview the
 * project page says nothing is posted and the preview lists what would be; switched to Live, the hourly
 * trigger's scan posts the due comments (a second run posts nothing new); the project page lists the open
 * ones by rule with their age and recipients, the history (filtered, expanded, exported as CSV) and the
 * last run; an issue key opens the issue; the issue panel lists the issue's steps and its decision's clock
 * says "Escalated to …" only from the ledger.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { EscalationItemView, EscalationPreviewView, IssuePanelView, PolicyView, ProjectOverview } from '../../src/contract/resolvers';
import type { SandboxUser } from '../../sandbox/jira/model';
import { decisionEscalationWords } from '../../static/shared/escalationWords';
import { itemStateWords } from '../../static/shared/escalationItemWords';
import { ok, resolverCaller, type Call } from '../support/resolverCaller';
import { personWithRole } from '../support/sandbox';
import { ensureUiBuilt, launchBrowser, openTestPage, SCREENSHOT_DIR } from './support/browser';

jest.setTimeout(300_000);

let target: Awaited<ReturnType<typeof import('../support/sandbox').testSandbox>>;
let browser: Browser;
let page: Page;
let call: Call;
let techLead: SandboxUser;
let admin: SandboxUser;

const PROJECT = 'ENG';
const projectContext = { type: 'jira:projectPage', project: { key: PROJECT, type: 'software' } };
const settingsContext = { type: 'jira:projectSettingsPage', project: { key: PROJECT } };
const projectPage = (): FrameLocator => page.frameLocator('iframe[title="Engagement health"]');
const issuePanel = (): FrameLocator => page.frameLocator('iframe[title="Decisions & acceptance"]');


const overview = async (): Promise<ProjectOverview> => ok(await call('project/overview', techLead.accountId, projectContext));

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `escalations-${name}.png`), fullPage: true });
}

async function openProjectPage(): Promise<void> {
  await page.goto(`${target.url}/?view=project&project=${PROJECT}&as=${encodeURIComponent(techLead.accountId)}&theme=light`);
  await projectPage().getByTestId('escalations').waitFor({ state: 'visible' });
}

beforeAll(async () => {
  ensureUiBuilt();
  const { testSandbox, TEST_NOW } = await import('../support/sandbox');
  const startedAt = Date.now();
  target = await testSandbox(() => TEST_NOW + (Date.now() - startedAt));
  call = resolverCaller(target);
  techLead = personWithRole(target, 'delivery-tech-lead');
  admin = personWithRole(target, 'project-admin');
  // As after a deploy: the hourly trigger's first run computes the snapshot, then scans (in Preview).
  await target.refresh();
  browser = await launchBrowser();
  page = await openTestPage(browser, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

test('in Preview the page says nothing is posted, nothing has been, and the preview lists what would be', async () => {
  const before = await overview();
  expect(before.escalations.mode).toBe('preview');
  expect(before.escalations.history).toEqual([]);
  expect(before.escalations.lastRun).toMatchObject({ mode: 'preview', posted: 0 });

  const preview: EscalationPreviewView = ok(await call('escalation/preview', admin.accountId, settingsContext));
  expect(preview.mode).toBe('preview');
  expect(preview.wouldPost.length).toBeGreaterThan(0);
  expect(preview.wouldPost.every((i) => i.state === 'would-post' && i.text.length > 0 && i.recipients.length > 0)).toBe(true);
  expect((await call('escalation/preview', techLead.accountId, settingsContext)).ok).toBe(false);

  await openProjectPage();
  const section = projectPage().getByTestId('escalations');
  expect(await section.getAttribute('data-mode')).toBe('preview');
  expect(await section.getByTestId('escalations-mode').textContent()).toContain('Nothing is posted: the scanner lists what it would post on the settings page.');
  expect(await section.getByTestId('escalations-open-empty').textContent()).toBe('No escalation is open.');
  await section.getByRole('heading', { name: 'Comments posted' }).scrollIntoViewIfNeeded();
  await section.getByTestId('escalation-history-empty').waitFor({ state: 'visible' });
  expect(await section.getByTestId('escalation-history-empty').textContent()).toBe('Nothing has been posted yet.');
  expect(await section.getByTestId('escalations-run-counts').textContent()).toBe(`${before.escalations.lastRun!.due} due · 0 posted · ${before.escalations.lastRun!.alreadyDone} already done`);
  await section.screenshot({ path: join(SCREENSHOT_DIR, 'escalations-project-preview.png') });

  // The settings page shows the same comments, in full, when the admin asks.
  await page.goto(`${target.url}/?view=settings&project=${PROJECT}&as=${encodeURIComponent(admin.accountId)}&theme=light`);
  const settings = page.frameLocator('iframe[title="Engagement health settings"]').getByTestId('escalation-preview');
  await settings.getByTestId('escalation-preview-show').click();
  await settings.getByTestId('escalation-preview-result').waitFor({ state: 'visible' });
  expect(await settings.getByTestId('escalation-preview-item').count()).toBe(preview.wouldPost.length);
  const texts = await settings.getByTestId('escalation-preview-text').allTextContents();
  expect(new Set(texts)).toEqual(new Set(preview.wouldPost.map((i) => i.text)));
  expect(await settings.getByTestId('escalation-preview-mode').textContent()).toContain('Live');
  await settings.screenshot({ path: join(SCREENSHOT_DIR, 'escalations-settings-preview.png') });
});

test('switched to Live, the trigger posts what is due once; a second run posts nothing new', async () => {
  const current: PolicyView = ok(await call('policy/get', admin.accountId, settingsContext));
  const policy = { ...current.policy, escalation: { ...current.policy.escalation, mode: 'live' as const } };
  const saved = ok(await call('policy/save', admin.accountId, settingsContext, { policy, expectedVersion: current.version }));
  expect(saved.policy.escalation.mode).toBe('live');

  await target.refresh();
  const first = await overview();
  expect(first.escalations.mode).toBe('live');
  const run = first.escalations.lastRun!;
  expect(run).toMatchObject({ mode: 'live', failed: [] });
  expect(run.posted).toBeGreaterThan(0);
  expect(first.escalations.history.length).toBe(first.escalations.historyTotal);
  expect(first.escalations.history.length).toBeGreaterThanOrEqual(run.posted);
  expect(first.escalations.history.every((i) => i.state === 'posted' && i.postedAt !== null)).toBe(true);
  expect(first.escalations.open.length).toBeGreaterThan(0);

  await target.refresh();
  const second = await overview();
  expect(second.escalations.lastRun).toMatchObject({ mode: 'live', posted: 0 });
  expect(second.escalations.lastRun!.alreadyDone).toBeGreaterThanOrEqual(first.escalations.open.length);
  expect(second.escalations.historyTotal).toBe(first.escalations.historyTotal);
});

test('the project page lists the open escalations by rule with age and recipients, the history and the last run', async () => {
  const { escalations } = await overview();
  await openProjectPage();
  const section = projectPage().getByTestId('escalations');
  expect(await section.getAttribute('data-mode')).toBe('live');
  expect(await section.getByTestId('escalations-mode').textContent()).toMatch(/^Live/);

  const groups = await section.getByTestId('escalations-open-group').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-words')));
  expect(groups).toEqual([...new Set(escalations.open.map((i) => i.ruleWords))]);
  const rows = section.getByTestId('escalation-open-row');
  expect(await rows.count()).toBe(escalations.open.length);
  // Ages are the server's: the browser's clock is weeks away from the sandbox's.
  const first = escalations.open[0]!;
  const hours = Math.floor((Date.parse(escalations.lastRun!.at) - Date.parse(first.dueAt)) / 3_600_000);
  const age = (await rows.first().getByTestId('escalation-open-age').textContent())!;
  expect(age).toMatch(/^for (less than a minute|\d+ min|\d+ h|\d+ d( \d+ h)?)$/);
  if (hours < 24) expect(age).not.toMatch(/ d/);
  expect(await rows.first().getByTestId('escalation-open-recipients').textContent()).toBe(first.recipients.map((r) => `${r.displayName} (${r.role})`).join(', '));

  expect(await section.getByTestId('escalations-run-counts').textContent()).toBe(`${escalations.lastRun!.due} due · 0 posted · ${escalations.lastRun!.alreadyDone} already done`);
  expect(await section.getByTestId('escalations-run-budget').count()).toBe(0);

  // The history is a lazy chunk, loaded once scrolled near.
  await section.getByRole('heading', { name: 'Comments posted' }).scrollIntoViewIfNeeded();
  const history = section.getByTestId('escalation-history');
  await history.waitFor({ state: 'visible' });
  expect(await history.getByTestId('escalation-history-row').count()).toBe(escalations.history.length);
  expect(await history.getByTestId('escalation-history-count').textContent()).toBe(`${escalations.historyTotal} ${escalations.historyTotal === 1 ? 'comment' : 'comments'} posted`);
  await screenshot('project-live');
  await section.screenshot({ path: join(SCREENSHOT_DIR, 'escalations-project-live-section.png') });
});

test('the history filters by rule and issue key, expands a comment, exports as CSV; a key opens the issue', async () => {
  const { escalations } = await overview();
  const history = projectPage().getByTestId('escalation-history');
  const rule = escalations.history[0]!.rule;
  await history.getByTestId('escalation-history-rule').selectOption(rule);
  const byRule = escalations.history.filter((i) => i.rule === rule);
  expect(await history.getByTestId('escalation-history-row').count()).toBe(byRule.length);
  const key = byRule[0]!.issueKey;
  await history.getByTestId('escalation-history-issue').fill(key.toLowerCase());
  const shown = byRule.filter((i) => i.issueKey.toLowerCase().includes(key.toLowerCase()));
  expect(await history.getByTestId('escalation-history-row').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-issue-key')))).toEqual(shown.map((i) => i.issueKey));

  const row = history.getByTestId('escalation-history-row').first();
  const text = row.getByTestId('escalation-history-text');
  const foldedHeight = await text.evaluate((el) => el.getBoundingClientRect().height);
  await row.getByTestId('escalation-history-toggle').click();
  expect(await row.getByTestId('escalation-history-toggle').getAttribute('aria-expanded')).toBe('true');
  expect(await text.textContent()).toBe(shown[0]!.text);
  if (shown[0]!.text.includes('\n')) expect(await text.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(foldedHeight);
  await history.screenshot({ path: join(SCREENSHOT_DIR, 'escalations-history-filtered.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), history.getByTestId('escalation-history-export').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${PROJECT}-escalations-.+\\.csv$`));
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('Posted at,Rule,Issue,Step,Recipients,Comment');
  expect(csv).toContain(shown[0]!.postedAt!);
  expect(csv.trimEnd().split('\r\n').filter((line) => line.startsWith('20')).length).toBeGreaterThanOrEqual(shown.length);

  // The key opens Jira's issue page (the shell's issue view), where the posted comment is.
  const [issuePage] = await Promise.all([page.context().waitForEvent('page'), row.getByTestId('escalation-issue-key').click()]);
  await issuePage.waitForURL(/view=issue/);
  expect(new URL(issuePage.url()).searchParams.get('key')).toBe(key);
  await issuePage.waitForLoadState('load');
  await issuePage.screenshot({ path: join(SCREENSHOT_DIR, 'escalations-issue-opened.png'), fullPage: true });
  await issuePage.close();
});

test('the issue panel lists the issue’s steps; the decision clock says "Escalated to …" only from the ledger', async () => {
  const { escalations } = await overview();
  const stale = escalations.history.find((i) => i.rule === 'stale-decision' && i.decisionId !== null);
  if (!stale) throw new Error(`no stale decision was escalated; posted: ${JSON.stringify(escalations.history.map((i) => [i.rule, i.issueKey]))}`);
  const issue = target.jira.data().issues.find((i) => i.key === stale.issueKey)!;
  const panelView: IssuePanelView = ok(await call('issue/panel', techLead.accountId, { type: 'jira:issuePanel', issue: { key: issue.key, id: issue.id }, project: { key: PROJECT } }));
  const items: EscalationItemView[] = panelView.escalations.items;
  expect(items.some((i) => i.id === stale.id && i.state === 'posted')).toBe(true);

  // The browser shows the sandbox's time (ages in the panel are counted on the browser's clock).
  const now = target.clock.now();
  await page.clock.setFixedTime(now);
  await page.goto(`${target.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(techLead.accountId)}&theme=light`);
  const section = issuePanel().getByTestId('escalations');
  await section.waitFor({ state: 'visible' });
  const listed = section.getByTestId('escalation');
  expect(await listed.count()).toBe(items.length);
  for (const [i, item] of items.entries()) {
    expect(await listed.nth(i).getAttribute('data-state')).toBe(item.state);
    expect(await listed.nth(i).getByTestId('escalation-state').textContent()).toBe(itemStateWords(item, now));
  }

  const decision = issuePanel().locator(`[data-testid="decision"][data-decision-id="${stale.decisionId}"]`);
  await decision.waitFor({ state: 'visible' });
  const words = decisionEscalationWords(items, stale.decisionId!, now);
  expect(words.escalated).toMatch(/^Escalated to .+ ago$/);
  expect(await decision.getByTestId('decision-escalated').textContent()).toBe(words.escalated);
  expect(await decision.getByTestId('decision-reminded').count()).toBe(words.reminded ? 1 : 0);
  if (words.reminded) expect(await decision.getByTestId('decision-reminded').textContent()).toBe(words.reminded);
  await issuePanel().getByTestId('sprint-metrics').waitFor({ state: 'visible' });
  await screenshot('issue-panel');

  // A decision with nothing on record says neither.
  const quiet = panelView.decisions.decisions.find((d) => !items.some((i) => i.decisionId === d.id && i.state === 'posted'));
  if (quiet) {
    const card = issuePanel().locator(`[data-testid="decision"][data-decision-id="${quiet.id}"]`);
    expect(await card.getByTestId('decision-escalated').count()).toBe(0);
    expect(await card.getByTestId('decision-reminded').count()).toBe(0);
  }
});

test('an issue without escalations shows no Escalations section', async () => {
  const { escalations } = await overview();
  const withSome = new Set(escalations.history.map((i) => i.issueKey));
  const issue = target.jira.data().issues.find((i) => i.key.startsWith(`${PROJECT}-`) && !withSome.has(i.key))!;
  await page.goto(`${target.url}/?view=issue&key=${issue.key}&as=${encodeURIComponent(techLead.accountId)}&theme=light`);
  await issuePanel().getByTestId('decisions').waitFor({ state: 'visible' });
  expect(await issuePanel().getByTestId('escalations').count()).toBe(0);
});
