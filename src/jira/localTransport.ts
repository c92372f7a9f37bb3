import type { JiraTransports, RequestJira } from './transport';

/**
 * Header the sandbox Jira service reads to know who is calling: "app" or an
 * accountId. Real Jira authenticates with OAuth inside Forge; locally this
 * stands in for it.
 */
export const SANDBOX_AS_HEADER = 'x-sandbox-as';

function httpRequestJira(baseUrl: string, as: string): RequestJira {
  return async (path, init = {}) => {
    const response = await fetch(new URL(path, baseUrl), {
      method: init.method ?? 'GET',
      headers: { Accept: 'application/json', ...init.headers, [SANDBOX_AS_HEADER]: as },
      body: init.body,
    });
    return response;
  };
}

/** Transports that talk HTTP to a Jira-compatible base URL (the sandbox). */
export function localTransports(baseUrl: string): JiraTransports {
  return {
    asApp: httpRequestJira(baseUrl, 'app'),
    asUser: (accountId) => httpRequestJira(baseUrl, accountId),
  };
}
