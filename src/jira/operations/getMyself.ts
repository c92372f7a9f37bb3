import type { JiraClient } from '../client';
import type { JiraUserJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_MYSELF = jiraOperation('GET', '/rest/api/3/myself');

/** The user the client acts as (asUser), or the app's own user (asApp). */
export async function getMyself(client: JiraClient): Promise<JiraUserJson> {
  return client.get<JiraUserJson>(pathFor(GET_MYSELF));
}
