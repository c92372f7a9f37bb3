import type { JiraClient } from '../client';
import type { ProjectJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_PROJECT = jiraOperation('GET', '/rest/api/3/project/{projectIdOrKey}');

export async function getProject(client: JiraClient, projectIdOrKey: string): Promise<ProjectJson> {
  return client.get<ProjectJson>(pathFor(GET_PROJECT, { projectIdOrKey }));
}
