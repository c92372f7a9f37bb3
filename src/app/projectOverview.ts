import type { ClientConfirmationView, ProjectOverview } from '../contract/resolvers';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { healthView } from './health/healthView';
import { peopleNames } from './people';
import { loadPolicy } from './policy';
import { confirmationPeople, confirmationView } from './policyConfirmationView';
import { registerProject } from './registeredProjects';

/**
 * What of the settings waits for the client sponsor or was applied without one, shown on the
 * project page to everyone who opens it (the client sponsor is asked to review it); null when nothing.
 */
async function policyNotice(ctx: UseCaseContext, projectKey: string): Promise<ClientConfirmationView | null> {
  const stored = await loadPolicy(ctx, projectKey);
  if (!stored.pending && !stored.unconfirmed) return null;
  return confirmationView(stored, ctx.accountId, await peopleNames(ctx, confirmationPeople(stored)));
}

/**
 * The project page's first view in one call: the project, the settings notice and the stored health
 * snapshot (computed by the hourly refresh; queued now when it never was).
 */
export async function projectOverview(ctx: UseCaseContext, projectKey: string): Promise<ProjectOverview> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [project, notice] = await Promise.all([ctx.jira.getProject(projectKey), policyNotice(ctx, projectKey)]);
  await registerProject(ctx.store, project.key, ctx.now);
  const { health, boardName } = await healthView(ctx, project.key);
  return { projectKey: project.key, projectName: project.name, boardName, health, policyNotice: notice };
}
