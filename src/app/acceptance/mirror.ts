import { ACCEPTANCE_PROPERTY_KEY, acceptanceMirror, acceptanceMirrorMatches } from '../../domain/acceptance/mirror';
import type { AcceptanceRecord } from '../../domain/acceptance/types';
import type { MirrorRepair } from '../decisions/mirror';
import { jqlString } from '../jql';
import type { AcceptanceStore, JiraPort } from '../ports';
import { failureMessage } from '../sprintCommitments';

/**
 * Writes the acceptance mirror after a verdict. Best effort: the verdict is already stored,
 * so a mirror Jira does not take is logged and left to the hourly repair. Returns whether it wrote.
 */
export async function writeAcceptanceMirror(ctx: { jira: JiraPort }, record: AcceptanceRecord): Promise<boolean> {
  try {
    await ctx.jira.setIssueProperty(record.issueKey, ACCEPTANCE_PROPERTY_KEY, acceptanceMirror(record));
    return true;
  } catch (error) {
    console.warn(`acceptance mirror of ${record.issueKey} not written; the hourly repair retries`, error);
    return false;
  }
}

/**
 * The hourly repair of a project's acceptance mirrors: every issue with a verdict, and every
 * issue whose property claims one (anyone with Edit Issues can write it), gets what its record
 * says where the property differs; an issue without a record is cleared. Issue by issue: one
 * that cannot be written is reported and the next is still repaired. A second run writes nothing.
 */
export async function repairAcceptanceMirrors(deps: { jira: JiraPort; acceptance: AcceptanceStore }, projectKey: string): Promise<MirrorRepair> {
  const records = new Map((await deps.acceptance.listByProject(projectKey)).map((r) => [r.issueId, r]));
  const mirrored = await deps.jira.searchIssueProperty(`project = ${jqlString(projectKey)} AND acceptanceState is not EMPTY`, ACCEPTANCE_PROPERTY_KEY);
  // By issue id: a key changes when an issue moves, the id does not. Jira's key is newer than the record's.
  const issues = new Map<string, { issueKey: string; stored: unknown }>();
  for (const record of records.values()) issues.set(record.issueId, { issueKey: record.issueKey, stored: null });
  for (const m of mirrored) issues.set(m.issueId, { issueKey: m.issueKey, stored: m.value });
  const repair: MirrorRepair = { rewritten: [], failures: [] };
  const byKey = [...issues].sort(([, a], [, b]) => a.issueKey.localeCompare(b.issueKey, 'en', { numeric: true }));
  for (const [issueId, { issueKey, stored }] of byKey) {
    const expected = acceptanceMirror(records.get(issueId));
    if (acceptanceMirrorMatches(stored, expected)) continue;
    try {
      await deps.jira.setIssueProperty(issueKey, ACCEPTANCE_PROPERTY_KEY, expected);
      repair.rewritten.push(issueKey);
    } catch (error) {
      repair.failures.push({ issueKey, message: failureMessage(error) });
    }
  }
  return repair;
}
