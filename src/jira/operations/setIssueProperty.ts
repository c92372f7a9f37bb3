import type { JiraClient } from '../client';
import { JiraError } from '../errors';
import { jiraOperation, pathFor } from './endpoint';

export const SET_ISSUE_PROPERTY = jiraOperation('PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}');

/** Jira's limit on a property value's JSON. */
export const ISSUE_PROPERTY_MAX_CHARS = 32_768;

/** Sets (creates or replaces) the property; the body is the value itself. Too large a value is refused before sending. */
export async function setIssueProperty(client: JiraClient, issueIdOrKey: string, propertyKey: string, value: unknown): Promise<void> {
  const path = pathFor(SET_ISSUE_PROPERTY, { issueIdOrKey, propertyKey });
  const size = JSON.stringify(value)?.length ?? 0;
  if (size > ISSUE_PROPERTY_MAX_CHARS) {
    const message = `property value is ${size} characters; Jira accepts at most ${ISSUE_PROPERTY_MAX_CHARS}`;
    throw new JiraError({ kind: 'invalid', operation: { method: 'PUT', path }, messages: [message] });
  }
  return client.put<void>(path, value);
}
