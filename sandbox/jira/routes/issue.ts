import { requireIssuePermission, visibleIssue } from '../auth';
import { createIssue as applyCreate } from '../create';
import { applyEdit } from '../edit';
import { selectFields } from '../fields';
import { boolParam, listParam, noContent, ok } from '../http';
import type { RequestContext, Route } from '../router';
import { issueJson, issueSelf } from '../serialize/issue';

function issueView(ctx: RequestContext, expandParam: string[] | undefined) {
  return {
    fields: selectFields(ctx.catalogue, listParam(ctx.query, 'fields'), ['*all']),
    properties: listParam(ctx.query, 'properties'),
    expand: new Set((expandParam ?? []).map((e) => e.toLowerCase())),
    withExpandHint: true,
  };
}

function getIssue(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  return ok(issueJson(ctx.store, ctx.catalogue, issue, issueView(ctx, listParam(ctx.query, 'expand'))));
}

function editIssue(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  requireIssuePermission(ctx.store, ctx.caller, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
  applyEdit(ctx.store, issue, ctx.caller, ctx.now, ctx.body);
  ctx.store.changed(issue);
  if (boolParam(ctx.query, 'returnIssue')) {
    return ok(issueJson(ctx.store, ctx.catalogue, issue, { ...issueView(ctx, listParam(ctx.query, 'expand')), fields: selectFields(ctx.catalogue, undefined, ['*all']) }));
  }
  return noContent();
}

function createIssue(ctx: RequestContext) {
  const issue = applyCreate(ctx.store, ctx.caller, ctx.now, ctx.body);
  ctx.store.changed(issue);
  return ok({ id: issue.id, key: issue.key, self: issueSelf(ctx.store, issue) }, 201);
}

export const issueRoutes: Route[] = [
  { method: 'POST', template: '/rest/api/3/issue', handler: createIssue },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', handler: getIssue },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}', handler: editIssue },
];
