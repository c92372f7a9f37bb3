import type { JiraClient } from '../client';
import type { GroupJson } from '../jsonTypes';
import { chunk, pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const BULK_GET_GROUPS = jiraOperation('GET', '/rest/api/3/group/bulk');

/** Group ids per request: keeps the URL short (each id repeats `groupId=`). */
const GROUP_IDS_PER_REQUEST = 50;

/** The groups with these ids (unknown ids are simply absent from the answer). */
export async function bulkGetGroups(client: JiraClient, groupIds: readonly string[]): Promise<GroupJson[]> {
  const groups: GroupJson[] = [];
  for (const batch of chunk([...new Set(groupIds)], GROUP_IDS_PER_REQUEST)) {
    const pages = pageByStartAt<GroupJson>((startAt) =>
      client.get<StartAtPage & { values?: GroupJson[] }>(pathFor(BULK_GET_GROUPS), { groupId: batch, startAt, maxResults: GROUP_IDS_PER_REQUEST }),
    );
    for await (const group of pages) groups.push(group);
  }
  return groups;
}
