import type { JiraClient } from '../client';
import type { BoardConfigurationJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_BOARD_CONFIGURATION = jiraOperation('GET', '/rest/agile/1.0/board/{boardId}/configuration');

/** The board's columns and its estimation field (the site's story points field). */
export async function getBoardConfiguration(client: JiraClient, boardId: number): Promise<BoardConfigurationJson> {
  return client.get<BoardConfigurationJson>(pathFor(GET_BOARD_CONFIGURATION, { boardId }));
}
