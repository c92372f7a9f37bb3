import type { IssueAcceptanceView } from '../../src/contract/resolvers';
import type { RunningSandbox } from '../../sandbox/server';
import type { Call } from './resolverCaller';

/** The demo's "Ready for Acceptance" status id. */
export const READY_STATUS_ID = '10003';

/** The acceptance panel as someone sees it, and the issues that await a verdict now (getters: tests set these up in beforeAll). */
export function acceptanceViews(sandboxOf: () => RunningSandbox, callOf: () => Call, viewer: () => string) {
  const view = async (key: string): Promise<IssueAcceptanceView> => {
    const result = await callOf()('acceptance/forIssue', viewer(), { type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const awaitingIssues = async (): Promise<string[]> => {
    const keys = sandboxOf().jira.data().issues.filter((i) => i.fields.statusId === READY_STATUS_ID).map((i) => i.key);
    const views = await Promise.all(keys.map((k) => view(k)));
    return views.filter((v) => v.state === 'awaiting').map((v) => v.issueKey);
  };
  return { view, awaitingIssues };
}
