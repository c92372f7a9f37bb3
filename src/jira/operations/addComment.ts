import type { JiraClient } from '../client';
import type { CommentJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const ADD_COMMENT = jiraOperation('POST', '/rest/api/3/issue/{issueIdOrKey}/comment');

/** An Atlassian Document Format document (v1). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export interface CommentVisibility {
  type: 'group' | 'role';
  /** Group id (for groups) or role name. */
  identifier: string;
}

/**
 * Posts a comment. Not resent after a dropped connection or a 5xx (it could post twice): a
 * comment made for an outbox effect carries properties naming the effect, so whether it was
 * posted can be looked up before it is sent again.
 */
export async function addComment(
  client: JiraClient,
  issueIdOrKey: string,
  body: AdfDocument,
  options: { visibility?: CommentVisibility; properties?: { key: string; value: unknown }[] } = {},
): Promise<CommentJson> {
  return client.post<CommentJson>(pathFor(ADD_COMMENT, { issueIdOrKey }), {
    body,
    ...(options.visibility ? { visibility: options.visibility } : {}),
    ...(options.properties ? { properties: options.properties } : {}),
  });
}
