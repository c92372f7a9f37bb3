import type { AcceptanceQueueView } from '../../contract/resolvers';
import { awaitingQueue } from '../../domain/acceptance/queue';
import { currentStatusId, lastEnteredReadyAt, resolveReadyStatus, type ReadyStatus } from '../../domain/acceptance/readyStatus';
import { sprintAcceptance } from '../../domain/acceptance/sprintStats';
import type { AcceptanceRecord } from '../../domain/acceptance/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { jqlString } from '../jql';
import { loadPolicy } from '../policy';
import { sprintsNewestFirst } from '../../domain/sprintOrder';
import { entriesByIssue } from '../../domain/changelogByIssue';

/** With Done as the ready status, only recent work can still be waiting for a verdict. */
const DONE_AS_READY_WINDOW = '-30d';

/** The ready status in JQL: by id where known (Jira reads an unquoted number as a status id), else by name. */
function readyStatusClause(ready: ReadyStatus): string {
  const ids = ready.ids ?? [];
  return ids.length > 0 && ids.every((id) => /^\d+$/.test(id)) ? `status in (${ids.join(', ')})` : `status = ${jqlString(ready.name)}`;
}

/** What awaits the client, oldest first, and per sprint how acceptance went. */
export async function acceptanceQueue(ctx: UseCaseContext, projectKey: string): Promise<AcceptanceQueueView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const key = jqlString(projectKey);
  const [{ policy }, statuses, records, board] = await Promise.all([
    loadPolicy(ctx, projectKey),
    ctx.jira.getProjectStatuses(projectKey),
    ctx.acceptance.listByProject(projectKey),
    ctx.jira.findBoard(projectKey),
  ]);
  const ready = resolveReadyStatus(statuses, policy.acceptance);
  const readyJql = ready.isDoneCategory
    ? `project = ${key} AND statusCategory = Done AND resolved >= ${DONE_AS_READY_WINDOW}`
    : `project = ${key} AND ${readyStatusClause(ready)}`;
  const [readyIssues, sprints, sprintIssues] = await Promise.all([
    ctx.jira.searchIssues(readyJql),
    board ? ctx.jira.listSprints(board.id) : Promise.resolve([]),
    ctx.jira.searchIssues(`project = ${key} AND sprint is not EMPTY`),
  ]);
  const changelog = readyIssues.length > 0 ? await ctx.jira.fetchChangelogs(readyIssues.map((i) => i.id)) : [];
  const byIssueChanges = entriesByIssue(changelog);
  const byIssue = new Map<string, AcceptanceRecord>(records.map((r) => [r.issueId, r]));
  const awaiting = awaitingQueue(
    readyIssues.map((issue) => {
      const changes = byIssueChanges.get(issue.id) ?? [];
      const facts = { statusId: currentStatusId(issue.status, changes, statuses), statusName: issue.status, statusCategory: issue.statusCategory, enteredReadyAt: lastEnteredReadyAt(changes, statuses, ready) };
      return { issue, record: byIssue.get(issue.id), facts };
    }),
    ready,
    ctx.now,
  );
  const names = new Map(sprints.map((s) => [s.id, s.name]));
  return {
    projectKey,
    readyStatus: ready.name,
    awaiting: awaiting.map((item) => ({
      issueKey: item.issue.key,
      summary: item.issue.summary,
      assignee: item.issue.assignee?.displayName ?? null,
      readySince: new Date(item.readySince).toISOString(),
      ageHours: item.ageHours,
      round: item.round,
    })),
    sprints: sprintAcceptance({ sprints: sprintsNewestFirst(sprints).filter((s) => s.state !== 'future'), issues: sprintIssues, records }).map((row) => ({
      ...row,
      sprintName: names.get(row.sprintId) ?? `Sprint ${row.sprintId}`,
    })),
  };
}
