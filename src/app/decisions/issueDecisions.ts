import type { IssueDecisionsView } from '../../contract/resolvers';
import { sortForIssue } from '../../domain/decisions/ordering';
import { CATEGORY_LABELS } from '../../domain/policy/defaults';
import { DECISION_CATEGORIES } from '../../domain/policy/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { peopleNames } from '../people';
import { loadPolicy } from '../policy';
import { syncDecisionMirror } from './mirror';
import { decisionView, peopleInDecisions } from './views';

/** The issue panel's Decisions section; also repairs a tampered issue-property mirror. */
export async function issueDecisions(ctx: UseCaseContext, issueKey: string): Promise<IssueDecisionsView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const issue = await ctx.jira.getIssue(issueKey);
  const [{ policy }, decisions, canRaise] = await Promise.all([
    loadPolicy(ctx, issue.projectKey),
    ctx.decisions.listByIssue(issue.projectKey, issue.id),
    ctx.permissions.has(ctx.accountId, 'EDIT_ISSUES', { issueKey }),
  ]);
  await syncDecisionMirror(ctx, issue.key, decisions);
  const name = await peopleNames(ctx, peopleInDecisions(decisions, policy));
  const viewer = { accountId: ctx.accountId, canRaise, now: ctx.now, name };
  return {
    issueKey: issue.key,
    decisions: sortForIssue(decisions).map((d) => decisionView(d, policy, viewer)),
    canRaise,
    categories: DECISION_CATEGORIES.map((category) => {
      const rule = policy.categories[category];
      return { category, label: CATEGORY_LABELS[category], owners: rule.ownerIds.map(name), slaHours: rule.slaHours, staleHours: rule.staleHours, escalateTo: rule.escalateToIds.map(name) };
    }),
  };
}
