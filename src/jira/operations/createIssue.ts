import type { JiraClient } from '../client';
import { JiraError } from '../errors';
import type { AdfDocument } from './addComment';
import { jiraOperation, pathFor } from './endpoint';
import { ISSUE_PROPERTY_MAX_CHARS } from './setIssueProperty';

export const CREATE_ISSUE = jiraOperation('POST', '/rest/api/3/issue');

/** Jira's answer: the new issue's id, key and address (CreatedIssue). */
export interface CreatedIssueJson {
  id?: string;
  key?: string;
  self?: string;
}

/** What the app sets on an issue it creates; the project and the issue type as Jira names them. */
export interface CreateIssueFields {
  projectKey: string;
  issueTypeName: string;
  /** The type's id when known (a project's types are found by id; the name is the fallback). */
  issueTypeId?: string;
  summary: string;
  description?: AdfDocument;
  assigneeId?: string | null;
  /** "YYYY-MM-DD". */
  dueDate?: string | null;
}

/**
 * Creates an issue, with entity properties set in the same request (IssueUpdateDetails.properties).
 * Not resent after a dropped connection or a 5xx (it could create two): an issue made for an outbox
 * effect carries a property naming the effect, so whether it was created can be searched before it
 * is sent again. Too large a property value is refused before sending.
 */
export async function createIssue(client: JiraClient, fields: CreateIssueFields, options: { properties?: { key: string; value: unknown }[] } = {}): Promise<CreatedIssueJson> {
  const path = pathFor(CREATE_ISSUE);
  for (const property of options.properties ?? []) {
    const size = JSON.stringify(property.value)?.length ?? 0;
    if (size > ISSUE_PROPERTY_MAX_CHARS) throw new JiraError({ kind: 'invalid', operation: { method: 'POST', path }, messages: [`property ${property.key} is ${size} characters; Jira accepts at most ${ISSUE_PROPERTY_MAX_CHARS}`] });
  }
  return client.post<CreatedIssueJson>(path, {
    fields: {
      project: { key: fields.projectKey },
      issuetype: fields.issueTypeId ? { id: fields.issueTypeId } : { name: fields.issueTypeName },
      summary: fields.summary,
      ...(fields.description ? { description: fields.description } : {}),
      ...(fields.assigneeId ? { assignee: { accountId: fields.assigneeId } } : {}),
      ...(fields.dueDate ? { duedate: fields.dueDate } : {}),
    },
    ...(options.properties && options.properties.length > 0 ? { properties: options.properties } : {}),
  });
}
