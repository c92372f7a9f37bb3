/**
 * A sandbox started as if it were a real Jira Cloud site (it refuses x-sandbox-as: Basic auth only),
 * and the app in real-site mode pointed at it with a demo person's API token, read from the
 * site's api-tokens.json as a user copies a token from id.atlassian.com.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PEOPLE, type DemoPersonKey } from '../../../sandbox/demo/people';
import { startRealSiteSandbox, type RealSiteSandboxOptions, type RunningRealSite } from '../../../sandbox/realSite/startRealSite';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server';
import type { ResolverContract, ResolverKey, ResolverResult } from '../../../src/contract/resolvers';
import { TEST_NOW } from '../../support/sandbox';

export type StandInSite = RunningSandbox & { dataDir: string };
export type RealSite = RunningRealSite & { dataDir: string };

/** The "real site": a normal demo sandbox that knows only Jira Cloud's credentials. */
export async function standInSite(): Promise<StandInSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eh-stand-in-site-'));
  const sandbox = await startSandbox({ port: 0, dataDir, now: () => TEST_NOW, seed: 'test', acceptSandboxHeader: false });
  return { ...sandbox, dataDir, close: () => sandbox.close().finally(() => rmSync(dataDir, { recursive: true, force: true })) };
}

export function tokenOf(site: StandInSite, key: DemoPersonKey): { email: string; apiToken: string } {
  const email = DEMO_PEOPLE[key].emailAddress;
  const tokens = JSON.parse(readFileSync(join(site.dataDir, 'api-tokens.json'), 'utf8')) as Record<string, string>;
  return { email, apiToken: tokens[email]! };
}

/** `npm start -- --site <siteUrl>` with JIRA_EMAIL / JIRA_API_TOKEN, on a free port, app storage in a folder of its own. */
export async function realSiteMode(options: Pick<RealSiteSandboxOptions, 'siteUrl' | 'email' | 'apiToken'> & Partial<RealSiteSandboxOptions>): Promise<RealSite> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'eh-real-site-'));
  const running = await startRealSiteSandbox({ allowWrites: false, port: 0, now: () => TEST_NOW, ...options, dataDir });
  const close = async () => {
    await running.close();
    // A folder the test gave is the test's to remove (it restarts on it).
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...running, dataDir, close };
}

const PROJECT_PAGE = 'engagement-health-project-page';
const ISSUE_PANEL = 'engagement-health-issue-panel';

export const projectPage = (projectKey: string) => ({ type: 'jira:projectPage', project: { key: projectKey } });
export function issuePanel(site: StandInSite, issueKey: string) {
  const issue = site.jira.data().issues.find((i) => i.key === issueKey)!;
  return { type: 'jira:issuePanel', issue: { key: issueKey, id: issue.id }, project: { key: issueKey.replace(/-\d+$/, '') } };
}

/** A resolver call as the Custom UI makes it, through the real-site instance's local Forge, as the token's user. */
export function callAsTokenUser(app: RealSite) {
  return async <K extends ResolverKey>(functionKey: K, extension: Record<string, unknown>, payload: Record<string, unknown> = {}) => {
    const accountId = app.site.state.user?.accountId;
    const moduleKey = 'issue' in extension ? ISSUE_PANEL : PROJECT_PAGE;
    return (await app.forge.resolve({ moduleKey, functionKey, payload, accountId, extension })) as ResolverResult<ResolverContract[K]['result']>;
  };
}

export function ok<T>(result: ResolverResult<T>): T {
  if (!result.ok) throw new Error(`resolver failed: ${JSON.stringify(result.error)}`);
  return result.data;
}
