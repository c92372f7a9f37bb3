import type { JiraClient } from '../client';
import type { IssueTypeStatusesJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_PROJECT_STATUSES = jiraOperation('GET', '/rest/api/3/project/{projectIdOrKey}/statuses');

/** The project's issue types, each with the statuses its workflow uses. */
export async function getProjectStatuses(client: JiraClient, projectIdOrKey: string): Promise<IssueTypeStatusesJson[]> {
  const types = await client.get<IssueTypeStatusesJson[]>(pathFor(GET_PROJECT_STATUSES, { projectIdOrKey }));
  return Array.isArray(types) ? types : [];
}
