import type { JiraClient } from '../client';
import type { ProjectRoleJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_PROJECT_ROLE = jiraOperation('GET', '/rest/api/3/project/{projectIdOrKey}/role/{id}');

/** A project role with its actors in the project (users and groups; inactive users left out); a role the project lacks is Jira's 404. */
export async function getProjectRole(client: JiraClient, projectIdOrKey: string, roleId: string): Promise<ProjectRoleJson> {
  return client.get<ProjectRoleJson>(pathFor(GET_PROJECT_ROLE, { projectIdOrKey, id: roleId }), { excludeInactiveUsers: true });
}
