import type { JiraClient } from '../client';
import type { JiraUserJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_USER = jiraOperation('GET', '/rest/api/3/user');

export async function getUser(client: JiraClient, accountId: string): Promise<JiraUserJson> {
  return client.get<JiraUserJson>(pathFor(GET_USER), { accountId });
}
