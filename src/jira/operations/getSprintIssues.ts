import type { JiraClient } from '../client';
import type { JiraIssueJson } from '../jsonTypes';
import { collect, pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const GET_SPRINT_ISSUES = jiraOperation('GET', '/rest/agile/1.0/sprint/{sprintId}/issue');

export interface SprintIssuesOptions {
  fields: readonly string[];
  /** Narrows the sprint's issues further, e.g. `issuetype != Epic`. */
  jql?: string;
}

/** The issues in the sprint now (all pages). */
export async function* sprintIssues(client: JiraClient, sprintId: number, options: SprintIssuesOptions): AsyncGenerator<JiraIssueJson> {
  const path = pathFor(GET_SPRINT_ISSUES, { sprintId });
  yield* pageByStartAt<JiraIssueJson, 'issues'>(
    (startAt) =>
      client.get<StartAtPage & { issues?: JiraIssueJson[] }>(path, {
        fields: options.fields.join(','),
        jql: options.jql,
        startAt,
        maxResults: 100,
      }),
    'issues',
  );
}

export async function getSprintIssues(client: JiraClient, sprintId: number, options: SprintIssuesOptions): Promise<JiraIssueJson[]> {
  return collect(sprintIssues(client, sprintId, options));
}
