import { isAdfDoc, isEmptyDoc } from '../adf';
import { requireIssuePermission, visibleIssue } from '../auth';
import { badRequest, fieldErrors } from '../errors';
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
  const created = new Date(ctx.now).toISOString();
  const comment = { id: ctx.store.nextCommentId(), authorId: actorId(ctx.caller), body, created, updated: created };
  issue.comments.push(comment);
  issue.fields.updated = created;
  ctx.store.changed();
  return ok(commentJson(ctx.store, issue, comment), 201);
}

export const commentRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/comment', handler: listComments },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/comment', handler: addComment },
];
