/**
 * The local Forge's product requests in real-site mode: asApp and asUser alike go to the site as
 * the API token's user (Forge would send the app's or the user's own grant). A site without Jira
 * Software has no agile API; its board list is answered as empty — "no boards", which is true there —
 * so the app shows a project without a board instead of failing on a 404 it reads as "not visible".
 */
import type { ProductRequests } from '../forge/productRequests';
import type { SiteAccess } from './siteAccess';

const BOARD_LIST = '/rest/agile/1.0/board';

function noBoards(url: URL): Response {
  const maxResults = Number(url.searchParams.get('maxResults') ?? 50) || 50;
  const startAt = Number(url.searchParams.get('startAt') ?? 0) || 0;
  return new Response(JSON.stringify({ maxResults, startAt, total: 0, isLast: true, values: [] }), { status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' } });
}

export function siteProductRequests(site: SiteAccess): ProductRequests {
  return async (_as, url, init) => {
    const method = init?.method ?? 'GET';
    const response = await site.request(method, url.pathname + url.search, init);
    if (response.status === 404 && method === 'GET' && url.pathname === BOARD_LIST && site.state.jiraSoftware === false) {
      await response.body?.cancel().catch(() => undefined);
      return noBoards(url);
    }
    return response;
  };
}
