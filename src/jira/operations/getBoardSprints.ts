import type { JiraClient } from '../client';
import type { SprintJson } from '../jsonTypes';
import { collect, pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const GET_BOARD_SPRINTS = jiraOperation('GET', '/rest/agile/1.0/board/{boardId}/sprint');

export type SprintState = 'future' | 'active' | 'closed';

/** The board's sprints (all pages of 50, from the `from`-th on), optionally only those in the given states. */
export async function getBoardSprints(client: JiraClient, boardId: number, state?: SprintState | readonly SprintState[], from = 0): Promise<SprintJson[]> {
  const states = state === undefined ? undefined : typeof state === 'string' ? state : state.join(',');
  const path = pathFor(GET_BOARD_SPRINTS, { boardId });
  return collect(
    pageByStartAt<SprintJson>((startAt) =>
      client.get<StartAtPage & { values?: SprintJson[] }>(path, { state: states || undefined, startAt, maxResults: 50 }),
      'values',
      from,
    ),
  );
}
