import type { JiraClient } from '../client';
import { jiraOperation, pathFor } from './endpoint';

export const GET_SERVER_INFO = jiraOperation('GET', '/rest/api/3/serverInfo');

/** The part of Jira's server information the app reads: the site's address, for links in what it posts. */
export interface ServerInfoJson {
  baseUrl?: unknown;
}

/** The site's information (no scope needed): its `baseUrl` is what issue links are built from. */
export async function getServerInfo(client: JiraClient): Promise<ServerInfoJson> {
  return client.get<ServerInfoJson>(pathFor(GET_SERVER_INFO));
}
