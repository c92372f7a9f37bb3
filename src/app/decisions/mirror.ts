import { DECISIONS_PROPERTY_KEY, decisionsMirror, mirrorMatches } from '../../domain/decisions/mirror';
import type { Decision } from '../../domain/decisions/types';
import type { UseCaseContext } from '../context';
import { jqlString } from '../jql';
import type { DecisionStore, JiraPort } from '../ports';

/**
 * The issue property is only a searchable mirror of the trusted records:
 * anyone with Edit Issues can overwrite it through REST, so it is rewritten
 * whenever it differs from what app storage says. Returns whether it wrote.
 */
export async function syncDecisionMirror(ctx: UseCaseContext, issueKey: string, decisions: readonly Decision[], known?: unknown): Promise<boolean> {
  const expected = decisionsMirror([...decisions]);
  const stored = known === undefined ? await ctx.jira.getIssueProperty(issueKey, DECISIONS_PROPERTY_KEY) : known;
  if (decisions.length === 0 && (stored === null || stored === undefined)) return false;
  if (mirrorMatches(stored, expected)) return false;
  await ctx.jira.setIssueProperty(issueKey, DECISIONS_PROPERTY_KEY, expected);
  return true;
}

/**
 * The hourly repair: one search finds every issue whose mirror says it has
 * decisions; any mirror that differs from app storage, or is missing, is
 * rewritten. Returns the keys it rewrote.
 */
export async function repairDecisionMirrors(deps: { jira: JiraPort; decisions: DecisionStore }, projectKey: string): Promise<string[]> {
  const decisions = await deps.decisions.listByProject(projectKey);
  const byIssue = new Map<string, Decision[]>();
  for (const d of decisions) byIssue.set(d.issueKey, [...(byIssue.get(d.issueKey) ?? []), d]);
  const mirrored = await deps.jira.searchIssueProperty(`project = ${jqlString(projectKey)} AND decisionStatus is not EMPTY`, DECISIONS_PROPERTY_KEY);
  const current = new Map(mirrored.map((m) => [m.issueKey, m.value]));
  const keys = new Set([...byIssue.keys(), ...current.keys()]);
  const rewritten: string[] = [];
  for (const issueKey of [...keys].sort()) {
    const expected = decisionsMirror(byIssue.get(issueKey) ?? []);
    if (mirrorMatches(current.get(issueKey) ?? null, expected)) continue;
    await deps.jira.setIssueProperty(issueKey, DECISIONS_PROPERTY_KEY, expected);
    rewritten.push(issueKey);
  }
  return rewritten;
}
