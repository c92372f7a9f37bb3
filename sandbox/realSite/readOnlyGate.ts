/**
 * Read-only by default: what may go to the site without --allow-writes. Reads are GET and HEAD,
 * and the POSTs Jira uses for reads (a search body, a bulk fetch, a permission question);
 * everything else is a write and is answered here, like Jira's 403, without leaving the machine.
 */

/** POSTs that only read (exact paths). */
export const READ_ONLY_POSTS: ReadonlySet<string> = new Set([
  '/rest/api/3/search/jql',
  '/rest/api/3/changelog/bulkfetch',
  '/rest/api/3/permissions/check',
  '/rest/api/3/user/bulk',
  '/rest/api/3/issue/bulkfetch',
]);

export const READ_ONLY_REFUSAL = 'read-only: started without --allow-writes';

/**
 * Whether a request only reads. `path` is the normalized path (URL.pathname) that would be sent.
 * @example isReadOnlyRequest('POST', '/rest/api/3/search/jql') //=> true
 * @example isReadOnlyRequest('PUT', '/rest/api/3/issue/ENG-1/properties/x') //=> false
 */
export function isReadOnlyRequest(method: string, path: string): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return true;
  return verb === 'POST' && READ_ONLY_POSTS.has(path.replace(/\/+$/, ''));
}

/** The answer to a write refused in read-only mode: Jira's 403 shape, so the app treats it as a refusal and keeps the effect pending. */
export function refusedWrite(method: string, path: string, siteUrl: string): Response {
  const body = { errorMessages: [`${READ_ONLY_REFUSAL} — ${method.toUpperCase()} ${path} was not sent to ${siteUrl}.`], errors: {} };
  return new Response(JSON.stringify(body), { status: 403, statusText: 'Forbidden', headers: { 'content-type': 'application/json;charset=UTF-8', 'x-sandbox-read-only': 'refused' } });
}
