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

/** The issue's comments newest first, page by page, stopping at the first one created before `since` (ms). */
export async function* commentsSince(client: JiraClient, issueIdOrKey: string, since: number): AsyncGenerator<CommentJson> {
  const path = pathFor(GET_COMMENTS, { issueIdOrKey });
  for (let startAt = 0; ; ) {
    const page = await client.get<StartAtPage & { comments?: CommentJson[] }>(path, { startAt, maxResults: 100, orderBy: '-created' });
    const comments = page?.comments ?? [];
    for (const comment of comments) {
      const created = typeof comment.created === 'string' ? Date.parse(comment.created) : NaN;
      if (Number.isFinite(created) && created < since) return;
      if (typeof comment.id === 'string') yield comment;
    }
    startAt += comments.length;
    if (comments.length === 0 || (typeof page?.total === 'number' && startAt >= page.total)) return;
  }
}
