import { currentStatusId, lastEnteredReadyAt, resolveReadyStatus } from '../../domain/acceptance/readyStatus';
import type { IssueAcceptanceFacts } from '../../domain/acceptance/types';
import type { UseCaseContext } from '../context';
import type { IssueWithSprint } from '../ports';
import { loadPolicy } from '../policy';

export type AcceptanceDeps = Pick<UseCaseContext, 'jira' | 'policies' | 'acceptance'>;

/**
 * Everything the acceptance rules need about one issue: its status, when it became ready, the record, the settings.
 * Statuses are the project's, one per id; the issue's own status id comes from its changelog where its name is shared.
 * Takes the issue itself when the caller has just read it (the issue panel reads it once for all its sections).
 */
export async function acceptanceFacts(deps: AcceptanceDeps, issueOrKey: string | IssueWithSprint) {
  const issue = typeof issueOrKey === 'string' ? await deps.jira.getIssue(issueOrKey) : issueOrKey;
  const [{ policy }, statuses, record, changelog] = await Promise.all([
    loadPolicy(deps, issue.projectKey),
    deps.jira.getProjectStatuses(issue.projectKey),
    deps.acceptance.get(issue.projectKey, issue.id),
    deps.jira.fetchChangelogs([issue.id]),
  ]);
  const ready = resolveReadyStatus(statuses, policy.acceptance);
  const facts: IssueAcceptanceFacts = {
    statusId: currentStatusId(issue.status, changelog, statuses),
    statusName: issue.status,
    statusCategory: issue.statusCategory,
    enteredReadyAt: lastEnteredReadyAt(changelog, statuses, ready),
  };
  return { issue, policy, statuses, ready, facts, record };
}
