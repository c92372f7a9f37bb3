import type { JiraClient } from '../client';
import type { JiraIssueJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_ISSUE = jiraOperation('GET', '/rest/api/3/issue/{issueIdOrKey}');

export interface GetIssueOptions {
  fields?: readonly string[];
  properties?: readonly string[];
}

export async function getIssue(client: JiraClient, issueIdOrKey: string, options: GetIssueOptions = {}): Promise<JiraIssueJson> {
  return client.get<JiraIssueJson>(pathFor(GET_ISSUE, { issueIdOrKey }), {
    fields: options.fields && options.fields.length > 0 ? options.fields.join(',') : undefined,
    properties: options.properties && options.properties.length > 0 ? options.properties.join(',') : undefined,
  });
}
