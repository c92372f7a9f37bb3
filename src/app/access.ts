import type { UseCaseContext } from './context';
import { forbidden, notFound } from './errors';
import type { ProjectPermission, PermissionTarget } from './ports';

const REFUSALS: Record<Exclude<ProjectPermission, 'BROWSE_PROJECTS'>, string> = {
  EDIT_ISSUES: "You don't have permission to edit this issue",
  ADMINISTER_PROJECTS: 'Only project admins can do this',
  TRANSITION_ISSUES: "You don't have permission to transition this issue",
  ADD_COMMENTS: "You don't have permission to comment on this issue",
};

/** The one answer for an issue or project the caller cannot see — whether or not it exists. */
export const NOT_VISIBLE = 'Not found, or you do not have access to it.';

/**
 * Refuses unless Jira says the caller holds the permission on the issue or project (one that
 * does not exist, nobody holds). Someone who may not see it hears "not found" and no more —
 * the same as for one that does not exist, so a refusal never tells whether it does; someone
 * who sees it but may not do this hears why.
 */
export async function requirePermission(ctx: UseCaseContext, permission: ProjectPermission, target: PermissionTarget): Promise<void> {
  const has = (p: ProjectPermission) => ctx.permissions.has(ctx.accountId, p, target);
  // One question when the answer is yes; Browse is asked only to word a refusal.
  if (await has(permission)) return;
  if (permission === 'BROWSE_PROJECTS' || !(await has('BROWSE_PROJECTS'))) throw notFound(NOT_VISIBLE);
  const what = 'issueKey' in target ? `issue ${target.issueKey}` : `project ${target.projectKey}`;
  throw forbidden(`${REFUSALS[permission]} (${what}).`);
}
