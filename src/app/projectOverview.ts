import type { ClientConfirmationView, ProjectOverview } from '../contract/resolvers';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { healthView } from './health/healthView';
import { peopleNames } from './people';
import { loadPolicy, type LoadedPolicy } from './policy';
import { escalationsView } from './escalation/views';
import { projectNps } from './nps/projectNps';
import { projectCalibration } from './calibration/projectCalibration';
import { confirmationPeople, confirmationView } from './policyConfirmationView';
import { registerProject } from './registeredProjects';

/**
 * What of the settings waits for the client sponsor or was applied without one, shown on the
 * project page to everyone who opens it (the client sponsor is asked to review it); null when nothing.
 */
async function policyNotice(ctx: UseCaseContext, stored: LoadedPolicy): Promise<ClientConfirmationView | null> {
  if (!stored.pending && !stored.unconfirmed) return null;
  return confirmationView(stored, ctx.accountId, await peopleNames(ctx, confirmationPeople(stored)));
}

/**
 * The project page's first view in one call: the project, the settings notice, the stored health
 * snapshot (computed by the hourly refresh; queued now when it never was) and the escalations on record.
 */
export async function projectOverview(ctx: UseCaseContext, projectKey: string): Promise<ProjectOverview> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [project, stored] = await Promise.all([ctx.jira.getProject(projectKey), loadPolicy(ctx, projectKey)]);
  await registerProject(ctx.store, project.key, ctx.now);
  const [notice, { health, boardName }, escalations, nps, calibration] = await Promise.all([
    policyNotice(ctx, stored),
    healthView(ctx, project.key),
    escalationsView(ctx.store, project.key, stored.policy.escalation.mode),
    projectNps(ctx, project.key, stored.policy),
    projectCalibration(ctx, project.key, stored.policy),
  ]);
  // The NPS tile joins the snapshot's tiles once there are some (answers change between refreshes: it is computed now).
  const signals = health.signals.length > 0 ? [...health.signals, nps.signal] : health.signals;
  return { projectKey: project.key, projectName: project.name, boardName, health: { ...health, signals }, policyNotice: notice, escalations, survey: nps.survey, nps: nps.nps, concerns: calibration.concerns, calibrationCalls: calibration.calibrationCalls };
}
