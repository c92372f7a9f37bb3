import type { JiraClient } from '../client';
import { jiraOperation, pathFor } from './endpoint';

export const EDIT_ISSUE = jiraOperation('PUT', '/rest/api/3/issue/{issueIdOrKey}');

export interface IssueEdit {
  /** Field id → new value (the simple form). */
  fields?: Record<string, unknown>;
  /** Field id → operations (`[{add: 'label'}]`), for what `fields` cannot say. */
  update?: Record<string, unknown[]>;
}

export async function editIssue(client: JiraClient, issueIdOrKey: string, edit: IssueEdit, options: { notifyUsers?: boolean } = {}): Promise<void> {
  return client.put<void>(pathFor(EDIT_ISSUE, { issueIdOrKey }), edit, { notifyUsers: options.notifyUsers });
}
