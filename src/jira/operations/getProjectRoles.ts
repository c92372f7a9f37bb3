import type { JiraClient } from '../client';
import { jiraOperation, pathFor } from './endpoint';

export const GET_PROJECT_ROLES = jiraOperation('GET', '/rest/api/3/project/{projectIdOrKey}/role');

/**
 * The project's roles, as Jira lists them: each name with its URL, whose last segment is the role's id.
 *
 * @example
 * // Jira answers { "Developers": "https://…/rest/api/3/project/ENG/role/10000" }
 * await getProjectRoles(client, 'ENG') //=> [{ id: '10000', name: 'Developers' }]
 */
export async function getProjectRoles(client: JiraClient, projectIdOrKey: string): Promise<{ id: string; name: string }[]> {
  const roles = await client.get<Record<string, unknown>>(pathFor(GET_PROJECT_ROLES, { projectIdOrKey }));
  if (typeof roles !== 'object' || roles === null || Array.isArray(roles)) return [];
  return Object.entries(roles).flatMap(([name, url]) => {
    const id = typeof url === 'string' ? /\/role\/(\d+)\/?$/.exec(url)?.[1] : undefined;
    return id ? [{ id, name }] : [];
  });
}
