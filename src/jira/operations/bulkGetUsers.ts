import type { JiraClient } from '../client';
import type { JiraUserJson } from '../jsonTypes';
import { chunk, pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const BULK_GET_USERS = jiraOperation('GET', '/rest/api/3/user/bulk');

/** Account ids per request: keeps the URL short (each id repeats `accountId=`). */
const ACCOUNT_IDS_PER_REQUEST = 50;

/** The users with these account ids (unknown ids are simply absent from the answer). */
export async function bulkGetUsers(client: JiraClient, accountIds: readonly string[]): Promise<JiraUserJson[]> {
  const users: JiraUserJson[] = [];
  for (const batch of chunk([...new Set(accountIds)], ACCOUNT_IDS_PER_REQUEST)) {
    const pages = pageByStartAt<JiraUserJson>((startAt) =>
      client.get<StartAtPage & { values?: JiraUserJson[] }>(pathFor(BULK_GET_USERS), {
        accountId: batch,
        startAt,
        maxResults: ACCOUNT_IDS_PER_REQUEST,
      }),
    );
    for await (const user of pages) users.push(user);
  }
  return users;
}
