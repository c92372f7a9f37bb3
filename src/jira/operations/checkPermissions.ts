import type { JiraClient } from '../client';
import { JiraError } from '../errors';
import type { BulkPermissionGrantsJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const CHECK_PERMISSIONS = jiraOperation('POST', '/rest/api/3/permissions/check');

export interface PermissionCheck {
  /** Whose permissions; omitted = the caller's. With asApp, pass the resolver's trusted accountId. */
  accountId?: string;
  /** Project permissions (EDIT_ISSUES, ...) to check on these project ids and issue ids. */
  projectPermissions?: { permissions: readonly string[]; projectIds?: readonly (string | number)[]; issueIds?: readonly (string | number)[] }[];
  globalPermissions?: readonly string[];
}

export interface PermissionGrant {
  projectIds: string[];
  issueIds: string[];
}

export interface PermissionAnswer {
  /** Requested global permissions the account holds. */
  global: string[];
  /** For every requested project permission, the requested projects and issues where it holds (empty when none). */
  project: Record<string, PermissionGrant>;
}

/** Which of the requested projects/issues the account holds each permission on (ids must be numeric Jira ids). */
export async function checkPermissions(client: JiraClient, check: PermissionCheck): Promise<PermissionAnswer> {
  const path = pathFor(CHECK_PERMISSIONS);
  const toJiraId = (id: string | number): number => {
    const text = String(id);
    if (!/^\d+$/.test(text)) {
      throw new JiraError({ kind: 'invalid', operation: CHECK_PERMISSIONS, messages: [`not a numeric Jira id: ${JSON.stringify(text)}`] });
    }
    return Number(text);
  };
  const body = {
    ...(check.accountId !== undefined ? { accountId: check.accountId } : {}),
    ...(check.globalPermissions ? { globalPermissions: [...check.globalPermissions] } : {}),
    ...(check.projectPermissions
      ? {
          projectPermissions: check.projectPermissions.map((p) => ({
            permissions: [...p.permissions],
            ...(p.projectIds ? { projects: p.projectIds.map(toJiraId) } : {}),
            ...(p.issueIds ? { issues: p.issueIds.map(toJiraId) } : {}),
          })),
        }
      : {}),
  };
  const grants = await client.post<BulkPermissionGrantsJson>(path, body, undefined, { idempotent: true });

  const project: Record<string, PermissionGrant> = {};
  for (const requested of check.projectPermissions ?? []) {
    for (const permission of requested.permissions) project[permission] ??= { projectIds: [], issueIds: [] };
  }
  for (const grant of grants?.projectPermissions ?? []) {
    if (typeof grant?.permission !== 'string') continue;
    const entry = (project[grant.permission] ??= { projectIds: [], issueIds: [] });
    entry.projectIds.push(...(grant.projects ?? []).map(String));
    entry.issueIds.push(...(grant.issues ?? []).map(String));
  }
  const global = (grants?.globalPermissions ?? []).filter((p): p is string => typeof p === 'string');
  return { global, project };
}

/** Whether the answer grants `permission` on the project or issue. */
export function isGranted(answer: PermissionAnswer, permission: string, target: { projectId?: string | number; issueId?: string | number }): boolean {
  const grant = answer.project[permission];
  if (!grant) return false;
  if (target.issueId !== undefined) return grant.issueIds.includes(String(target.issueId));
  if (target.projectId !== undefined) return grant.projectIds.includes(String(target.projectId));
  return false;
}
