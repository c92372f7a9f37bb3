import type { GroupView, ProjectSettingsView, TeamChoicesView } from '../contract/resolvers';
import { TEAM_SIDES } from '../domain/policy/teams';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { jqlString } from './jql';
import { loadPolicy } from './policy';

/** People on the project: whoever was assigned or reported work updated in the last 30 days. */
const RECENT_ISSUES_JQL = (key: string) => `project = ${jqlString(key)} AND updated >= -30d ORDER BY updated DESC`;

/** Groups the teams are chosen from: the site's first ones by name (a site can have thousands). */
export const GROUPS_OFFERED = 200;

/**
 * The groups and roles the teams are chosen from, in the settings' one call: the site's first groups,
 * any group the teams name beyond those (one bulk lookup), the project's roles.
 */
async function teamChoices(ctx: UseCaseContext, projectKey: string): Promise<TeamChoicesView> {
  const [listed, projectRoles, { policy }] = await Promise.all([ctx.jira.listGroups(GROUPS_OFFERED), ctx.jira.getProjectRoles(projectKey), loadPolicy(ctx, projectKey)]);
  const chosen = [...new Set(TEAM_SIDES.flatMap((side) => policy.teams[side].groupIds))];
  const offered = new Set(listed?.groups.map((g) => g.groupId));
  const unlisted = chosen.filter((id) => !offered.has(id));
  const more = listed && unlisted.length > 0 ? await ctx.jira.getGroups(unlisted) : [];
  const groups: GroupView[] | null = listed ? [...listed.groups, ...more].map(({ groupId, name }) => ({ groupId, name })).sort((a, b) => a.name.localeCompare(b.name)) : null;
  return { groups, groupsTotal: listed?.total ?? 0, projectRoles: projectRoles?.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)) ?? null };
}

export async function projectSettings(ctx: UseCaseContext, projectKey: string): Promise<ProjectSettingsView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [project, board, statuses, canAdminister, recent, choices] = await Promise.all([
    ctx.jira.getProject(projectKey),
    ctx.jira.findBoard(projectKey),
    ctx.jira.getProjectStatuses(projectKey),
    ctx.permissions.has(ctx.accountId, 'ADMINISTER_PROJECTS', { projectKey }),
    ctx.jira.searchIssues(RECENT_ISSUES_JQL(projectKey)),
    teamChoices(ctx, projectKey),
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
    teamChoices: choices,
  };
}
