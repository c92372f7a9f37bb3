import type { IssueDecisionsView, PersonView } from '../../contract/resolvers';
import { sortForIssue } from '../../domain/decisions/ordering';
import type { Decision } from '../../domain/decisions/types';
import { CATEGORY_LABELS } from '../../domain/policy/defaults';
import { DECISION_CATEGORIES, type EngagementPolicy } from '../../domain/policy/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { peopleNames } from '../people';
import { loadPolicy } from '../policy';
import type { IssueWithSprint } from '../ports';
import { syncDecisionMirror } from './mirror';
import { decisionView, peopleInDecisions } from './views';

/** An issue's decisions as read, before their people are named: `people` are the ids its view names. */
export interface LoadedIssueDecisions {
  issueKey: string;
  policy: EngagementPolicy;
  decisions: Decision[];
  canRaise: boolean;
  people: string[];
}

/** The issue panel's Decisions section; also repairs a tampered issue-property mirror. */
export async function issueDecisions(ctx: UseCaseContext, issueKey: string): Promise<IssueDecisionsView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const loaded = await loadIssueDecisions(ctx, await ctx.jira.getIssue(issueKey));
  return issueDecisionsView(ctx, loaded, await peopleNames(ctx, loaded.people));
}

/**
 * The decisions of an issue already read, its mirror repaired, their people not named yet (the issue
 * panel names the people of all its sections in one lookup). The caller has checked that it may browse the issue.
 */
export async function loadIssueDecisions(ctx: UseCaseContext, issue: IssueWithSprint): Promise<LoadedIssueDecisions> {
  const [{ policy }, decisions, canRaise] = await Promise.all([
    loadPolicy(ctx, issue.projectKey),
    ctx.decisions.listByIssue(issue.projectKey, issue.id),
    ctx.permissions.has(ctx.accountId, 'EDIT_ISSUES', { issueKey: issue.key }),
  ]);
  await syncDecisionMirror(ctx, issue.key, decisions);
  return { issueKey: issue.key, policy, decisions, canRaise, people: peopleInDecisions(decisions, policy) };
}

/** The view of loaded decisions; `name` knows everyone in `loaded.people`. */
export function issueDecisionsView(ctx: UseCaseContext, { issueKey, policy, decisions, canRaise }: LoadedIssueDecisions, name: (accountId: string) => PersonView): IssueDecisionsView {
  const viewer = { accountId: ctx.accountId, canRaise, now: ctx.now, name };
  return {
    issueKey,
    decisions: sortForIssue(decisions).map((d) => decisionView(d, policy, viewer)),
    canRaise,
    categories: DECISION_CATEGORIES.map((category) => {
      const rule = policy.categories[category];
      return { category, label: CATEGORY_LABELS[category], owners: rule.ownerIds.map(name), slaHours: rule.slaHours, staleHours: rule.staleHours, escalateTo: rule.escalateToIds.map(name) };
    }),
  };
}
