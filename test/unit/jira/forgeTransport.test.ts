const requestJiraAsApp = jest.fn(async () => ({ status: 200, headers: { get: () => null }, text: async () => '{}' }));
const requestJiraAsUser = jest.fn(async () => ({ status: 204, headers: { get: () => null }, text: async () => '' }));
const asUser = jest.fn(() => ({ requestJira: requestJiraAsUser }));

jest.mock('@forge/api', () => {
  const asApp = () => ({ requestJira: requestJiraAsApp });
  return {
    __esModule: true,
    default: { asApp, asUser: (...args: unknown[]) => asUser(...(args as [])) },
    assumeTrustedRoute: (path: string) => ({ value: path }),
  };
});

import { forgeTransports } from '../../../src/jira/forgeTransport';

describe('forgeTransports', () => {
  it('passes the built path as a trusted route with the init, as the app', async () => {
    const init = { method: 'GET' as const, headers: { Accept: 'application/json' } };
    const response = await forgeTransports().asApp('/rest/api/3/search/jql?jql=project%20%3D%20ENG', init);
    expect(response.status).toBe(200);
    expect(requestJiraAsApp).toHaveBeenCalledWith({ value: '/rest/api/3/search/jql?jql=project%20%3D%20ENG' }, init);
  });

  it('acts as the invoking user without asking for impersonation', async () => {
    await forgeTransports().asUser('/rest/api/3/myself', { method: 'GET' });
    expect(asUser).toHaveBeenCalledWith();
    expect(requestJiraAsUser).toHaveBeenCalledWith({ value: '/rest/api/3/myself' }, { method: 'GET' });
  });
});
