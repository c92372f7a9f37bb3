import type { JiraClient } from '../client';
import { isNotFound } from '../errors';
import { jiraOperation, pathFor } from './endpoint';

export const GET_COMMENT_PROPERTY = jiraOperation('GET', '/rest/api/3/comment/{commentId}/properties/{propertyKey}');

/** The comment property's value, or null when the comment has none (404). */
export async function getCommentProperty<T = unknown>(client: JiraClient, commentId: string, propertyKey: string): Promise<T | null> {
  try {
    const property = await client.get<{ key?: string; value?: T }>(pathFor(GET_COMMENT_PROPERTY, { commentId, propertyKey }));
    return property?.value ?? null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}
