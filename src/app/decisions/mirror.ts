import { DECISIONS_PROPERTY_KEY, decisionsMirror, mirrorMatches } from '../../domain/decisions/mirror';
import type { Decision } from '../../domain/decisions/types';
import type { UseCaseContext } from '../context';
import { jqlString } from '../jql';
import type { DecisionStore, JiraPort } from '../ports';
import { failureMessage } from '../sprintCommitments';

/** What one hourly repair of a project's mirrors did: the issues it rewrote, and those it could not write (the rest was still done). */
export interface MirrorRepair {
  rewritten: string[];
  failures: { issueKey: string; message: string }[];
}

/**
 * The issue property is only a searchable mirror of the trusted records:
 * anyone with Edit Issues can overwrite it through REST, so it is rewritten
 * whenever it differs from what app storage says. Returns whether it wrote.
 * Best effort: the trusted record is already stored, so a mirror Jira does not
 * take is logged and left to the hourly repair instead of failing the use case.
 */
export async function syncDecisionMirror(ctx: UseCaseContext, issueKey: string, decisions: readonly Decision[], known?: unknown): Promise<boolean> {
  try {
    const expected = decisionsMirror(decisions);
    const stored = known === undefined ? await ctx.jira.getIssueProperty(issueKey, DECISIONS_PROPERTY_KEY) : known;
    if (decisions.length === 0 && (stored === null || stored === undefined)) return false;
    if (mirrorMatches(stored, expected)) return false;
    await ctx.jira.setIssueProperty(issueKey, DECISIONS_PROPERTY_KEY, expected);
    return true;
  } catch (error) {
    console.warn(`decision mirror of ${issueKey} not written; the hourly repair retries`, error);
    return false;
  }
}

/**
 * The hourly repair: one search finds every issue whose mirror says it has
 * decisions; any mirror that differs from app storage, or is missing, is
 * rewritten, issue by issue: one that cannot be written is reported and the
 * next is still repaired.
 */
export async function repairDecisionMirrors(deps: { jira: JiraPort; decisions: DecisionStore }, projectKey: string): Promise<MirrorRepair> {
  const decisions = await deps.decisions.listByProject(projectKey);
  const byIssue = new Map<string, Decision[]>();
  for (const d of decisions) byIssue.set(d.issueKey, [...(byIssue.get(d.issueKey) ?? []), d]);
  const mirrored = await deps.jira.searchIssueProperty(`project = ${jqlString(projectKey)} AND decisionStatus is not EMPTY`, DECISIONS_PROPERTY_KEY);
  const current = new Map(mirrored.map((m) => [m.issueKey, m.value]));
  const keys = new Set([...byIssue.keys(), ...current.keys()]);
  const repair: MirrorRepair = { rewritten: [], failures: [] };
  for (const issueKey of [...keys].sort()) {
    const expected = decisionsMirror(byIssue.get(issueKey) ?? []);
    if (mirrorMatches(current.get(issueKey) ?? null, expected)) continue;
    try {
      await deps.jira.setIssueProperty(issueKey, DECISIONS_PROPERTY_KEY, expected);
      repair.rewritten.push(issueKey);
    } catch (error) {
      repair.failures.push({ issueKey, message: failureMessage(error) });
    }
  }
  return repair;
}
