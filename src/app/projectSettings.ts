import type { ProjectSettingsView } from '../contract/resolvers';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { jqlString } from './jql';

/** People on the project: whoever was assigned or reported work updated in the last 30 days. */
const RECENT_ISSUES_JQL = (key: string) => `project = ${jqlString(key)} AND updated >= -30d ORDER BY updated DESC`;

export async function projectSettings(ctx: UseCaseContext, projectKey: string): Promise<ProjectSettingsView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [project, board, statuses, canAdminister, recent] = await Promise.all([
    ctx.jira.getProject(projectKey),
    ctx.jira.findBoard(projectKey),
    ctx.jira.getProjectStatuses(projectKey),
    ctx.permissions.has(ctx.accountId, 'ADMINISTER_PROJECTS', { projectKey }),
    ctx.jira.searchIssues(RECENT_ISSUES_JQL(projectKey)),
  ]);
  const estimation = board ? await ctx.jira.getEstimationField(board.id) : null;
  const people = new Map<string, string>();
  for (const issue of recent) {
    for (const person of [issue.assignee, issue.reporter]) if (person) people.set(person.accountId, person.displayName);
  }
  return {
    projectKey: project.key,
    projectName: project.name,
    canAdminister,
    board: board ? { id: board.id, name: board.name, estimationField: estimation?.displayName ?? null } : null,
    statuses: statuses.map(({ id, name, category }) => ({ id, name, category })),
    people: [...people].map(([accountId, displayName]) => ({ accountId, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName)),
  };
}
