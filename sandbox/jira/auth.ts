import type { PermissionKey, SandboxIssue, SandboxProject, SandboxUser } from './model';
import { ISSUE_NOT_FOUND, JiraHttpError, notFound, unauthorized } from './errors';
import type { Store } from './store';

/** Who is calling: the app itself (may do everything) or an active user. */
export type Caller = { kind: 'app' } | { kind: 'user'; user: SandboxUser };

export const SANDBOX_AS_HEADER = 'x-sandbox-as';

/** Resolves the `x-sandbox-as` header; missing, unknown or inactive → 401. */
export function resolveCaller(store: Store, header: string | string[] | undefined): Caller {
  const as = Array.isArray(header) ? header[0] : header;
  if (!as) throw unauthorized();
  if (as === 'app') return { kind: 'app' };
  const user = store.user(as);
  if (!user || !user.active) throw unauthorized();
  return { kind: 'user', user };
}

export function callerId(caller: Caller): string {
  return caller.kind === 'app' ? 'app' : caller.user.accountId;
}

export function callerTimeZone(caller: Caller): string {
  return caller.kind === 'app' ? 'UTC' : caller.user.timeZone || 'UTC';
}

/** Project permission check for a user or the app (the app holds all of them). */
export function hasProjectPermission(caller: Caller, project: SandboxProject | undefined, perm: PermissionKey): boolean {
  if (!project) return false;
  if (caller.kind === 'app') return true;
  return userHasPermission(caller.user.accountId, project, perm);
}

export function userHasPermission(accountId: string, project: SandboxProject, perm: PermissionKey): boolean {
  return (project.permissions[accountId] ?? []).includes(perm);
}

export function canBrowseIssue(store: Store, caller: Caller, issue: SandboxIssue): boolean {
  return hasProjectPermission(caller, store.projectById(issue.projectId), 'BROWSE_PROJECTS');
}

/** Finds an issue the caller may see, or throws Jira's 404. */
export function visibleIssue(store: Store, caller: Caller, idOrKey: string): SandboxIssue {
  const issue = store.issue(idOrKey);
  if (!issue || !canBrowseIssue(store, caller, issue)) throw notFound(ISSUE_NOT_FOUND);
  return issue;
}

/** Throws 403 unless the caller holds `perm` in the issue's project. */
export function requireIssuePermission(store: Store, caller: Caller, issue: SandboxIssue, perm: PermissionKey, message: string): void {
  if (!hasProjectPermission(caller, store.projectById(issue.projectId), perm)) throw new JiraHttpError(403, [message]);
}

/** Finds a project the caller may browse, or throws Jira's 404. */
export function visibleProject(store: Store, caller: Caller, idOrKey: string): SandboxProject {
  const project = store.project(idOrKey);
  if (!project || !hasProjectPermission(caller, project, 'BROWSE_PROJECTS')) {
    throw notFound(`No project could be found with key '${idOrKey}'.`);
  }
  return project;
}
