import type { JiraClient } from '../client';
import { isNotFound } from '../errors';
import { jiraOperation, pathFor } from './endpoint';

export const DELETE_ISSUE_PROPERTY = jiraOperation('DELETE', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}');

/** Removes the property; a property that is already gone (404) counts as removed. */
export async function deleteIssueProperty(client: JiraClient, issueIdOrKey: string, propertyKey: string): Promise<void> {
  try {
    await client.del(pathFor(DELETE_ISSUE_PROPERTY, { issueIdOrKey, propertyKey }));
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}
