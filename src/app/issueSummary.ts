import type { IssueSummaryView } from '../contract/resolvers';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';

export async function issueSummary(ctx: UseCaseContext, issueKey: string): Promise<IssueSummaryView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const issue = await ctx.jira.getIssue(issueKey);
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
