import type { JiraClient } from '../client';
import { jiraOperation, pathFor } from './endpoint';
import { entityPropertyValue } from './entityPropertyValue';

export const GET_ISSUE_PROPERTY = jiraOperation('GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}');

/** The property's value, or null when it is not set (or the issue is not visible to the caller). */
export async function getIssueProperty<T = unknown>(client: JiraClient, issueIdOrKey: string, propertyKey: string): Promise<T | null> {
  return entityPropertyValue<T>(client, pathFor(GET_ISSUE_PROPERTY, { issueIdOrKey, propertyKey }));
}
