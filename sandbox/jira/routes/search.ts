import { callerId } from '../auth';
import { badRequest } from '../errors';
import { selectFields } from '../fields';
import { decodeToken, encodeToken, fingerprint, intParam, intValue, listParam, ok, type RouteResult } from '../http';
import type { RequestContext, Route } from '../router';
import { issueJson, namesFor } from '../serialize/issue';
import { runSearch } from './searchCore';

/** Page size caps from the spec: up to 5000 when only ids/keys are asked, fewer (100 here) with fields. */
const MAX_IDS_ONLY = 5000;
const MAX_WITH_FIELDS = 100;

interface SearchRequest {
  jql: string;
  nextPageToken?: string;
  maxResults: number;
  fields?: string[];
  expand: string[];
  properties?: string[];
}

function fromQuery(ctx: RequestContext): SearchRequest {
  const q = ctx.query;
  return {
    jql: q.get('jql') ?? '',
    nextPageToken: q.get('nextPageToken') ?? undefined,
    maxResults: intParam(q, 'maxResults', 50, 0),
    fields: listParam(q, 'fields'),
    expand: listParam(q, 'expand') ?? [],
    properties: listParam(q, 'properties'),
  };
}

function fromBody(ctx: RequestContext): SearchRequest {
  const b = ctx.body;
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw badRequest('Request body is required and must be a JSON object.');
  const body = b as Record<string, unknown>;
  const strList = (name: string): string[] | undefined => {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw badRequest(`The '${name}' value must be an array of strings.`);
    return (v as string[]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  };
  const str = (name: string): string | undefined => {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw badRequest(`The '${name}' value must be a string.`);
    return v;
  };
  return {
    jql: str('jql') ?? '',
    nextPageToken: str('nextPageToken'),
    maxResults: intValue(body.maxResults, 'maxResults', 50, 0),
    fields: strList('fields'),
    expand: (str('expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    properties: strList('properties'),
  };
}

function search(ctx: RequestContext, req: SearchRequest): RouteResult {
  if (req.properties && req.properties.length > 5) throw badRequest('The maximum number of properties that can be requested is 5.');
  const fields = selectFields(ctx.catalogue, req.fields, ['id']);
  const cap = fields.size === 0 ? MAX_IDS_ONLY : MAX_WITH_FIELDS;
  const pageSize = Math.min(req.maxResults, cap);
  const fp = fingerprint('search', req.jql, callerId(ctx.caller));
  const start = decodeToken(req.nextPageToken, fp);
  const matches = runSearch(ctx, req.jql, { requireBounded: true });
  const page = matches.slice(start, start + pageSize);
  const expand = new Set(req.expand.map((e) => e.toLowerCase()));
  const issues = page.map((issue) =>
    issueJson(ctx.store, ctx.catalogue, issue, {
      fields,
      properties: req.properties,
      expand: new Set([...expand].filter((e) => e === 'changelog')),
    }),
  );
  const end = start + page.length;
  const isLast = end >= matches.length;
  const out: Record<string, unknown> = { issues };
  if (expand.has('names')) out.names = namesFor(ctx.catalogue, fields);
  if (!isLast) out.nextPageToken = encodeToken(end, fp);
  out.isLast = isLast;
  return ok(out);
}

export const searchRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/search/jql', handler: (ctx) => search(ctx, fromQuery(ctx)) },
  { method: 'POST', template: '/rest/api/3/search/jql', handler: (ctx) => search(ctx, fromBody(ctx)) },
];
