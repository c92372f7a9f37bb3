import type { UseCaseContext } from './context';
import { forbidden } from './errors';
import type { ProjectPermission, PermissionTarget } from './ports';

const REFUSALS: Record<ProjectPermission, string> = {
  BROWSE_PROJECTS: "You don't have permission to see this",
  EDIT_ISSUES: "You don't have permission to edit this issue",
  ADMINISTER_PROJECTS: 'Only project admins can do this',
  TRANSITION_ISSUES: "You don't have permission to transition this issue",
  ADD_COMMENTS: "You don't have permission to comment on this issue",
};

/** Refuses unless Jira says the caller holds the permission on the issue or project. */
export async function requirePermission(ctx: UseCaseContext, permission: ProjectPermission, target: PermissionTarget): Promise<void> {
  if (!(await ctx.permissions.has(ctx.accountId, permission, target))) {
    const what = 'issueKey' in target ? `issue ${target.issueKey}` : `project ${target.projectKey}`;
    throw forbidden(`${REFUSALS[permission]} (${what}).`);
  }
}
