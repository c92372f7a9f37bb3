import type { JiraClient } from '../client';
import { jiraOperation, pathFor } from './endpoint';
import { entityPropertyValue } from './entityPropertyValue';

export const GET_COMMENT_PROPERTY = jiraOperation('GET', '/rest/api/3/comment/{commentId}/properties/{propertyKey}');

/** The comment property's value, or null when the comment has none (404). */
export async function getCommentProperty<T = unknown>(client: JiraClient, commentId: string, propertyKey: string): Promise<T | null> {
  return entityPropertyValue<T>(client, pathFor(GET_COMMENT_PROPERTY, { commentId, propertyKey }));
}
