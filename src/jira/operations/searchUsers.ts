import type { JiraClient } from '../client';
import type { JiraUserJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const FIND_USERS = jiraOperation('GET', '/rest/api/3/user/search');

/** Users whose name or email matches `query` (one page; a picker needs no more). */
export async function searchUsers(client: JiraClient, query: string, options: { maxResults?: number } = {}): Promise<JiraUserJson[]> {
  const users = await client.get<JiraUserJson[]>(pathFor(FIND_USERS), { query, maxResults: options.maxResults ?? 50 });
  return Array.isArray(users) ? users : [];
}
