import type { JiraClient } from '../client';
import { isNotFound } from '../errors';
import { jiraOperation, pathFor } from './endpoint';

export const GET_ISSUE_PROPERTY = jiraOperation('GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}');

/**
 * The property's value, or null when Jira answers 404 — the property is not set
 * (or the issue is not visible to the caller; both read as "no value").
 */
export async function getIssueProperty<T = unknown>(client: JiraClient, issueIdOrKey: string, propertyKey: string): Promise<T | null> {
  try {
    const property = await client.get<{ key?: string; value?: T }>(pathFor(GET_ISSUE_PROPERTY, { issueIdOrKey, propertyKey }));
    return property?.value ?? null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}
