/** The Forge side of the transport: the only file in src/jira that imports @forge/*. */
import api, { assumeTrustedRoute } from '@forge/api';
import type { JiraTransports } from './transport';

/**
 * Paths reach here already built by the operations (segments encodeURIComponent'd,
 * "." and ".." refused, query encoded), so they are trusted as routes.
 */
export function forgeTransports(): JiraTransports {
  return {
    asApp: (path, init) => api.asApp().requestJira(assumeTrustedRoute(path), init),
    // asUser() acts as the user of the current invocation; api.asUser(accountId) would ask for offline impersonation, which this app does not declare.
    asUser: (path, init) => api.asUser().requestJira(assumeTrustedRoute(path), init),
  };
}
