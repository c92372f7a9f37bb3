import type { JiraClient } from '../client';
import type { CommentJson } from '../jsonTypes';
import { collect, pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const GET_COMMENTS = jiraOperation('GET', '/rest/api/3/issue/{issueIdOrKey}/comment');

/** All comments of the issue (paged by startAt), oldest first unless `orderBy: '-created'`. */
export async function getComments(
  client: JiraClient,
  issueIdOrKey: string,
  options: { orderBy?: 'created' | '-created' } = {},
): Promise<CommentJson[]> {
  const path = pathFor(GET_COMMENTS, { issueIdOrKey });
  return collect(
    pageByStartAt<CommentJson, 'comments'>(
      (startAt) => client.get<StartAtPage & { comments?: CommentJson[] }>(path, { startAt, maxResults: 100, orderBy: options.orderBy }),
      'comments',
    ),
  );
}
