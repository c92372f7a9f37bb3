/**
 * The one shape every Jira call goes through: what `api.asApp().requestJira`
 * accepts and returns in Forge, and what the local Forge serves in the sandbox.
 * `path` is a path plus query string relative to the site, e.g.
 * "/rest/api/3/search/jql?jql=project%3DENG".
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraRequestInit {
  method?: HttpMethod;
  headers?: Record<string, string>;
  body?: string;
}

export interface JiraResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type RequestJira = (path: string, init?: JiraRequestInit) => Promise<JiraResponseLike>;

/** Who a call is made as: the app itself, or the user of the current invocation (Forge knows who that is). */
export interface JiraTransports {
  asApp: RequestJira;
  asUser: RequestJira;
}
