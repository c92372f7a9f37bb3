import type { JiraClient } from '../client';
import type { JiraIssueJson, SearchJqlPageJson } from '../jsonTypes';
import { collect, pageByToken } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const SEARCH_JQL = jiraOperation('GET', '/rest/api/3/search/jql');

export interface SearchIssuesOptions {
  /** Must be bounded (e.g. `project = ENG AND ...`): the endpoint refuses unbounded JQL. */
  jql: string;
  /** Field ids to return; Jira returns only `id` when none are asked. */
  fields: readonly string[];
  /** Per page; Jira returns fewer when many fields are asked. Default 100. */
  maxResults?: number;
  /** Issue entity property keys to return alongside the fields. */
  properties?: readonly string[];
}

/** Every issue the JQL matches, page by page (nextPageToken). */
export async function* searchIssues(client: JiraClient, options: SearchIssuesOptions): AsyncGenerator<JiraIssueJson> {
  const pages = pageByToken((nextPageToken) =>
    client.get<SearchJqlPageJson>(pathFor(SEARCH_JQL), {
      jql: options.jql,
      fields: options.fields.join(','),
      properties: options.properties && options.properties.length > 0 ? options.properties.join(',') : undefined,
      maxResults: options.maxResults ?? 100,
      nextPageToken,
    }),
  );
  for await (const page of pages) yield* page?.issues ?? [];
}

export async function searchAllIssues(client: JiraClient, options: SearchIssuesOptions): Promise<JiraIssueJson[]> {
  return collect(searchIssues(client, options));
}
