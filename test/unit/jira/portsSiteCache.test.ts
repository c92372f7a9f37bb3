/**
 * One Forge function instance serves many sites: what the Jira adapter caches
 * (project ids, field ids) must be kept per site, never answered across sites.
 */
import { createJiraPorts } from '../../../src/jira/ports';
import { ok, scriptedJira } from './fakeJira';

/** Each site answers project ENG with its own id, and grants only on that id. */
function siteAnswers(projectId: string) {
  return scriptedJira((request) => {
    if (request.path === '/rest/api/3/project/ENG') return ok({ id: projectId, key: 'ENG', name: 'Engagement' });
    if (request.path === '/rest/api/3/permissions/check') {
      const asked = String((request.body as { projectPermissions: { projects: number[] }[] }).projectPermissions[0]!.projects[0]);
      return ok({ projectPermissions: asked === projectId ? [{ permission: 'BROWSE_PROJECTS', projects: [Number(projectId)] }] : [] });
    }
    throw new Error(`unexpected ${request.path}`);
  });
}

it('asks each site for its own project id, and caches it per site', async () => {
  const siteA = siteAnswers('10000');
  const siteB = siteAnswers('20000');
  // In Forge both sites go through the same requestJira function; the scripted answers stand for the two sites' Jira.
  let current = siteA;
  const shared = (path: string, init?: Parameters<typeof siteA.request>[1]) => current.request(path, init);

  const a = createJiraPorts(shared, { site: 'ari:cloud:jira::site/a' });
  expect(await a.permissions.has('u1', 'BROWSE_PROJECTS', { projectKey: 'ENG' })).toBe(true);
  current = siteB;
  const b = createJiraPorts(shared, { site: 'ari:cloud:jira::site/b' });
  expect(await b.permissions.has('u1', 'BROWSE_PROJECTS', { projectKey: 'ENG' })).toBe(true);
  expect(siteB.requests.map((r) => r.path)).toEqual(['/rest/api/3/project/ENG', '/rest/api/3/permissions/check']);

  current = siteA;
  const againA = createJiraPorts(shared, { site: 'ari:cloud:jira::site/a' });
  expect(await againA.permissions.has('u1', 'BROWSE_PROJECTS', { projectKey: 'ENG' })).toBe(true);
  expect(siteA.requests.map((r) => r.path)).toEqual(['/rest/api/3/project/ENG', '/rest/api/3/permissions/check', '/rest/api/3/permissions/check']);
});

it("keeps each site's address apart, asks once per site, and reads an answer without one as unknown", async () => {
  const answers: Record<string, unknown> = { a: { baseUrl: 'https://a.example.net' }, b: { baseUrl: 'https://b.example.net' }, c: { baseUrl: 'javascript:alert(1)' } };
  let current = 'a';
  const jira = scriptedJira((request) => {
    if (request.path === '/rest/api/3/serverInfo') return ok(answers[current]);
    throw new Error(`unexpected ${request.path}`);
  });
  const ports = (site: string) => ((current = site), createJiraPorts(jira.request, { site: `ari:cloud:jira::site/${site}` }).jira);
  expect(await ports('a').siteBaseUrl()).toBe('https://a.example.net');
  expect(await ports('b').siteBaseUrl()).toBe('https://b.example.net');
  expect(await ports('a').siteBaseUrl()).toBe('https://a.example.net');
  expect(await ports('c').siteBaseUrl()).toBeNull();
  expect(jira.requests.map((r) => r.path)).toEqual(['/rest/api/3/serverInfo', '/rest/api/3/serverInfo', '/rest/api/3/serverInfo']);
});
