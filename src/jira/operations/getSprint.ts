import type { JiraClient } from '../client';
import type { SprintJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_SPRINT = jiraOperation('GET', '/rest/agile/1.0/sprint/{sprintId}');

export async function getSprint(client: JiraClient, sprintId: number): Promise<SprintJson> {
  return client.get<SprintJson>(pathFor(GET_SPRINT, { sprintId }));
}
