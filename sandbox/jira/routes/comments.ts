import { isAdfDoc, isEmptyDoc } from '../adf';
import { requireIssuePermission, visibleIssue } from '../auth';
import { badRequest, fieldErrors, notFound } from '../errors';
import { intParam, ok } from '../http';
import { actorId } from '../mutations';
import type { RequestContext, Route } from '../router';
import { commentJson } from '../serialize/changelog';

function listComments(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = Math.min(intParam(ctx.query, 'maxResults', 100), 5000);
  const orderBy = ctx.query.get('orderBy');
  if (orderBy !== null && !['created', '+created', '-created'].includes(orderBy)) {
    throw badRequest(`Sorting by field '${orderBy}' is not supported. Use 'created' instead.`);
  }
  const sorted = [...issue.comments].sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || Number(a.id) - Number(b.id));
  if (orderBy === '-created') sorted.reverse();
  return ok({
    comments: sorted.slice(startAt, startAt + maxResults).map((c) => commentJson(ctx.store, issue, c)),
    maxResults,
    total: sorted.length,
    startAt,
  });
}

function addComment(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  requireIssuePermission(ctx.store, ctx.caller, issue, 'ADD_COMMENTS', 'You do not have the permission to comment on this issue.');
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  if (!ctx.body || typeof ctx.body !== 'object' || body === undefined) throw fieldErrors({ comment: 'Comment body can not be empty!' });
  if (!isAdfDoc(body)) throw fieldErrors({ comment: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' });
  if (isEmptyDoc(body as { content: unknown[] })) throw fieldErrors({ comment: 'Comment body can not be empty!' });
  const properties = commentProperties((ctx.body as { properties?: unknown }).properties);
  const created = new Date(ctx.now).toISOString();
  const comment = { id: ctx.store.nextCommentId(), authorId: actorId(ctx.caller), body, created, updated: created, ...(properties ? { properties } : {}) };
  issue.comments.push(comment);
  issue.fields.updated = created;
  ctx.store.changed(issue);
  return ok(commentJson(ctx.store, issue, comment), 201);
}

const MAX_PROPERTY_KEY = 255;
const MAX_PROPERTY_VALUE = 32768;

/** Jira's `properties: [{key, value}]` on create; refused like Jira refuses an entity property it cannot store. */
function commentProperties(raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw badRequest("'properties' must be a list of {key, value}.");
  const out: Record<string, unknown> = {};
  for (const p of raw as { key?: unknown; value?: unknown }[]) {
    if (typeof p?.key !== 'string' || p.key.length === 0 || p.key.length > MAX_PROPERTY_KEY) throw badRequest(`A comment property key must be 1 to ${MAX_PROPERTY_KEY} characters.`);
    if (p.value === undefined || JSON.stringify(p.value).length > MAX_PROPERTY_VALUE) throw badRequest(`The property value cannot be empty or longer than ${MAX_PROPERTY_VALUE} characters.`);
    out[p.key] = p.value;
  }
  return out;
}

/** GET /rest/api/3/comment/{commentId}/properties/{propertyKey}: 404 when the comment is not visible or has no such property. */
function getCommentProperty(ctx: RequestContext) {
  const id = ctx.params.commentId!;
  const key = ctx.params.propertyKey!;
  for (const issue of ctx.store.data.issues) {
    const comment = issue.comments.find((c) => c.id === id);
    if (!comment) continue;
    visibleIssue(ctx.store, ctx.caller, issue.key);
    if (!comment.properties || !(key in comment.properties)) throw notFound(`The property with key '${key}' does not exist.`);
    return ok({ key, value: comment.properties[key] });
  }
  throw notFound(`Comment with id: ${id} not found.`);
}

export const commentRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/comment/{commentId}/properties/{propertyKey}', handler: getCommentProperty },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/comment', handler: listComments },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/comment', handler: addComment },
];
