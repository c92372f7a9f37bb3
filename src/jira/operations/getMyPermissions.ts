import type { JiraClient } from '../client';
import type { MyPermissionsJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_MY_PERMISSIONS = jiraOperation('GET', '/rest/api/3/mypermissions');

export interface MyPermissionsContext {
  projectKey?: string;
  projectId?: string;
  issueKey?: string;
  issueId?: string;
}

/** Whether the caller (asUser) holds each permission, in the given project or issue context. Missing answers read as false. */
export async function getMyPermissions(
  client: JiraClient,
  permissions: readonly string[],
  context: MyPermissionsContext = {},
): Promise<Record<string, boolean>> {
  const answer = await client.get<MyPermissionsJson>(pathFor(GET_MY_PERMISSIONS), {
    permissions: permissions.join(','),
    projectKey: context.projectKey,
    projectId: context.projectId,
    issueKey: context.issueKey,
    issueId: context.issueId,
  });
  const held: Record<string, boolean> = {};
  for (const permission of permissions) held[permission] = answer?.permissions?.[permission]?.havePermission === true;
  return held;
}
