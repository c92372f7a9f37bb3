import type { IssueSummaryView } from '../contract/resolvers';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import type { IssueWithSprint } from './ports';

export async function issueSummary(ctx: UseCaseContext, issueKey: string): Promise<IssueSummaryView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  return issueSummaryOf(await ctx.jira.getIssue(issueKey));
}

/** The summary of an issue already read (by a caller that has checked the permission). */
export function issueSummaryOf(issue: IssueWithSprint): IssueSummaryView {
  return {
    key: issue.key,
    summary: issue.summary,
    issueType: issue.issueType,
    status: issue.status,
    statusCategory: issue.statusCategory,
    storyPoints: issue.storyPoints,
    assignee: issue.assignee?.displayName ?? null,
    sprint: issue.sprintName,
    flagged: issue.flagged,
  };
}
