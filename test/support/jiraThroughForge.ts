import { forgeTransports } from '../../src/jira/forgeTransport';
import type { RequestJira } from '../../src/jira/transport';
import { invoke } from '../../sandbox/forge/invocation';
import { createPlatform } from '../../sandbox/forge/platform';

const refuse = (what: string) => ({
  handle: () => {
    throw new Error(`this test's local Forge has no ${what}`);
  },
});

/**
 * The app's Forge transport (@forge/api's requestJira through the local Forge
 * runtime) against a sandbox Jira service, for tests of the Jira client: each
 * request is an invocation as the app, or as the given user.
 */
export function jiraThroughForge(jiraBaseUrl: string): { asApp: RequestJira; asUser(accountId: string): RequestJira } {
  const platform = createPlatform({
    jiraBaseUrl,
    storage: refuse('app storage'),
    queue: refuse('queue'),
    now: () => Date.now(),
    appContext: { appId: 'test-app', environmentId: 'test-env', installationId: 'test-install', appVersion: '1.0.0', scopes: [] },
  });
  const transports = forgeTransports();
  const as = (accountId: string | undefined, request: RequestJira): RequestJira => (path, init) => invoke(platform, { functionKey: 'jira-client-test', accountId, timeoutSeconds: 60 }, () => request(path, init));
  return { asApp: as(undefined, transports.asApp), asUser: (accountId) => as(accountId, transports.asUser) };
}
