import type { JiraClient } from '../client';
import type { BoardJson } from '../jsonTypes';
import { collect, pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const GET_BOARDS = jiraOperation('GET', '/rest/agile/1.0/board');

/** The boards located in the project (all pages). */
export async function getBoards(client: JiraClient, projectKeyOrId: string, options: { type?: 'scrum' | 'kanban' } = {}): Promise<BoardJson[]> {
  return collect(
    pageByStartAt<BoardJson>((startAt) =>
      client.get<StartAtPage & { values?: BoardJson[] }>(pathFor(GET_BOARDS), { projectKeyOrId, type: options.type, startAt, maxResults: 50 }),
    ),
  );
}
