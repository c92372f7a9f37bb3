import type { IssuePanelView } from '../contract/resolvers';
import { requirePermission } from './access';
import { acceptanceView, settledAcceptanceOf } from './acceptance/issueAcceptance';
import type { UseCaseContext } from './context';
import { issueDecisionsView, loadIssueDecisions } from './decisions/issueDecisions';
import { issueEscalationsView } from './escalation/views';
import { issueSprintMetrics } from './health/issueSprintMetrics';
import { loadPolicy } from './policy';
import { issueSummaryOf } from './issueSummary';
import { peopleNames } from './people';
import { callerSurvey } from './nps/survey';

/**
 * Everything the issue panel first shows, in one call and with what the three sections share done once:
 * one permission check, one read of the issue, one lookup of the names of everyone the sections show.
 * The sections' own reads (acceptance facts, decisions, the snapshot's sprint metrics, the escalations) run side by side.
 */
export async function issuePanel(ctx: UseCaseContext, issueKey: string): Promise<IssuePanelView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const issue = await ctx.jira.getIssue(issueKey);
  const [acceptance, decisions, sprintMetrics, stored] = await Promise.all([settledAcceptanceOf(ctx, issue), loadIssueDecisions(ctx, issue), issueSprintMetrics(ctx, issue.projectKey, issue.id), loadPolicy(ctx, issue.projectKey)]);
  const [escalations, survey] = await Promise.all([issueEscalationsView(ctx.store, issue.projectKey, issue.id, stored.policy.escalation.mode, ctx.now), callerSurvey(ctx, issue.projectKey, stored.policy)]);
  const name = await peopleNames(ctx, [...acceptance.people, ...decisions.people]);
  return {
    summary: issueSummaryOf(issue),
    acceptance: acceptanceView(ctx, acceptance, name),
    decisions: issueDecisionsView(ctx, decisions, name),
    sprintMetrics,
    escalations,
    survey,
  };
}
