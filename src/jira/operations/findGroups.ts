import type { JiraClient } from '../client';
import type { FoundGroupsJson, GroupJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const FIND_GROUPS = jiraOperation('GET', '/rest/api/3/groups/picker');

/** Groups whose names contain `query` (any group without one), sorted by name: one page of at most `maxResults`, with how many match. */
export async function findGroups(client: JiraClient, options: { query?: string; maxResults: number }): Promise<{ groups: GroupJson[]; total: number }> {
  const query = options.query ? { query: options.query, caseInsensitive: true } : {};
  const found = await client.get<FoundGroupsJson>(pathFor(FIND_GROUPS), { ...query, maxResults: options.maxResults });
  const groups = Array.isArray(found?.groups) ? found.groups : [];
  return { groups, total: typeof found?.total === 'number' ? found.total : groups.length };
}
