import type { ClientConfirmationView, ProjectOverview } from '../contract/resolvers';
import { sprintTotals, sprintsNewestFirst } from '../domain/sprintTotals';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { jqlString } from './jql';
import { peopleNames } from './people';
import { loadPolicy } from './policy';
import { confirmationPeople, confirmationView } from './policyConfirmationView';
import { registerProject } from './registeredProjects';
import { commitmentPrefix, type SprintCommitment } from './sprintCommitments';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * What of the settings waits for the client sponsor or was applied without one, shown on the
 * project page to everyone who opens it (the client sponsor is asked to review it); null when nothing.
 */
async function policyNotice(ctx: UseCaseContext, projectKey: string): Promise<ClientConfirmationView | null> {
  const stored = await loadPolicy(ctx, projectKey);
  if (!stored.pending && !stored.unconfirmed) return null;
  return confirmationView(stored, ctx.accountId, await peopleNames(ctx, confirmationPeople(stored)));
}

export async function projectOverview(ctx: UseCaseContext, projectKey: string): Promise<ProjectOverview> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [project, board, notice] = await Promise.all([ctx.jira.getProject(projectKey), ctx.jira.findBoard(projectKey), policyNotice(ctx, projectKey)]);
  await registerProject(ctx.store, project.key, ctx.now);
  if (!board) return { projectKey: project.key, projectName: project.name, boardName: null, sprints: [], policyNotice: notice };
  const [sprints, issues] = await Promise.all([
    ctx.jira.listSprints(board.id),
    ctx.jira.searchIssues(`project = ${jqlString(project.key)} AND sprint is not EMPTY`),
  ]);
  const ordered = sprintsNewestFirst(sprints);
  const stored = await ctx.store.list<SprintCommitment>(commitmentPrefix(project.key));
  const commitments = new Map(stored.map(({ value }) => [value.sprintId, value.committedPoints]));
  const totals = new Map(sprintTotals(ordered, issues, ctx.now).map((t) => [t.sprintId, t]));
  return {
    projectKey: project.key,
    projectName: project.name,
    boardName: board.name,
    sprints: ordered.map((s) => {
      const t = totals.get(s.id)!;
      return {
        id: s.id,
        name: s.name,
        state: s.state,
        startDate: iso(s.startDate),
        endDate: iso(s.endDate),
        completeDate: iso(s.completeDate),
        issueCount: t.issueCount,
        storyPoints: t.storyPoints,
        committedPoints: commitments.get(s.id) ?? null,
        completedPoints: t.completedPoints,
      };
    }),
    policyNotice: notice,
  };
}
