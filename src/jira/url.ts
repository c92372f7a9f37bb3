/** Building request paths: path templates from the spec, and query strings. */

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/**
 * "?a=1&b=x&b=y" from a query object: undefined values are omitted, arrays become
 * repeated parameters, everything is percent-encoded (spaces as %20, never "+").
 */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = typeof value === 'object' ? value : [String(value)];
    for (const v of values) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function withQuery(path: string, query: Query | undefined): string {
  const qs = queryString(query);
  if (qs === '') return path;
  return path.includes('?') ? `${path}&${qs.slice(1)}` : `${path}${qs}`;
}

/** The path part of a request path (no query string), as errors and logs name it. */
export function pathWithoutQuery(path: string): string {
  const at = path.indexOf('?');
  return at === -1 ? path : path.slice(0, at);
}

/**
 * Fills a spec path template ("/rest/api/3/issue/{issueIdOrKey}") with
 * percent-encoded values. Values often come from the browser, so "", "." and ".."
 * are refused: encoding leaves dots alone and they would walk up the path.
 */
export function fillPath(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    const text = String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new TypeError(`Refusing path parameter ${name}=${JSON.stringify(text)} for ${template}`);
    }
    return encodeURIComponent(text);
  });
}
