import { lastEnteredReadyAt, resolveReadyStatus } from '../../domain/acceptance/readyStatus';
import type { IssueAcceptanceFacts } from '../../domain/acceptance/types';
import type { UseCaseContext } from '../context';
import { loadPolicy } from '../policy';

export type AcceptanceDeps = Pick<UseCaseContext, 'jira' | 'policies' | 'acceptance'>;

/** Everything the acceptance rules need about one issue: its status, when it became ready, the record, the settings. */
export async function acceptanceFacts(deps: AcceptanceDeps, issueKey: string) {
  const issue = await deps.jira.getIssue(issueKey);
  const [{ policy }, statuses, record] = await Promise.all([
    loadPolicy(deps, issue.projectKey),
    deps.jira.getProjectStatuses(issue.projectKey),
    deps.acceptance.get(issue.projectKey, issue.id),
  ]);
  const ready = resolveReadyStatus(statuses, policy.acceptance);
  const facts: IssueAcceptanceFacts = {
    statusName: issue.status,
    statusCategory: issue.statusCategory,
    enteredReadyAt: lastEnteredReadyAt(await deps.jira.fetchChangelogs([issue.id]), statuses, ready),
  };
  return { issue, policy, statuses, ready, facts, record };
}
