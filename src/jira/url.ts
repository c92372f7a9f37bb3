/** Building request paths: path templates from the spec, and query strings. */
import { JiraError } from './errors';
import type { HttpMethod } from './transport';

export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** A lone surrogate (broken UTF-16) has no UTF-8 form: encodeURIComponent would throw a URIError. */
const LONE_SURROGATE = /\p{Cs}/u;

const cannotEncode = (operation: { method: HttpMethod; path: string }, what: string) =>
  new JiraError({ kind: 'invalid', operation, status: 0, messages: [`The ${what} holds broken text (a lone surrogate) that cannot be sent.`] });

/** Percent-encodes text that has a UTF-8 form; null for text that has none (the caller refuses it). */
function encoded(text: string): string | null {
  return LONE_SURROGATE.test(text) ? null : encodeURIComponent(text);
}

/**
 * "?a=1&b=x&b=y" from a query object: undefined values are omitted, arrays become
 * repeated parameters, everything is percent-encoded (spaces as %20, never "+").
 * Text that cannot be encoded (a lone surrogate) is refused with a JiraError 'invalid'
 * (status 0: nothing was sent) that names the request `refusal` describes.
 */
export function queryString(query: Query | undefined, refusal: { method: HttpMethod; path: string } = { method: 'GET', path: '' }): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = typeof value === 'object' ? value : [String(value)];
    for (const v of values) {
      const pair = [encoded(name), encoded(v)];
      if (pair[0] === null || pair[1] === null) throw cannotEncode(refusal, pair[0] === null ? 'name of a query parameter' : `query parameter "${name}"`);
      parts.push(`${pair[0]}=${pair[1]}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** `method` only names the request if its query is refused. */
export function withQuery(path: string, query: Query | undefined, method: HttpMethod = 'GET'): string {
  const qs = queryString(query, { method, path: pathWithoutQuery(path) });
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
 * are refused: encoding leaves dots alone and they would walk up the path; so is text
 * that cannot be encoded. pathFor (operations/endpoint.ts) turns each refusal into a
 * JiraError 'invalid' that names the operation.
 */
export function fillPath(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    const text = String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new TypeError(`Refusing path parameter ${name}=${JSON.stringify(text)} for ${template}`);
    }
    const segment = encoded(text);
    if (segment === null) throw new TypeError(`Refusing path parameter ${name} for ${template}: it holds broken text (a lone surrogate) that cannot be sent`);
    return segment;
  });
}
