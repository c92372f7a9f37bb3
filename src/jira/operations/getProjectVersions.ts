import type { JiraClient } from '../client';
import type { VersionJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_PROJECT_VERSIONS = jiraOperation('GET', '/rest/api/3/project/{projectIdOrKey}/versions');

/** Every version of the project (this endpoint is not paged). */
export async function getProjectVersions(client: JiraClient, projectIdOrKey: string): Promise<VersionJson[]> {
  const versions = await client.get<VersionJson[]>(pathFor(GET_PROJECT_VERSIONS, { projectIdOrKey }));
  return Array.isArray(versions) ? versions : [];
}
