import { hasProjectPermission, requireIssuePermission, visibleIssue } from '../auth';
import { badRequest } from '../errors';
import { applyEdit } from '../edit';
import { noContent, ok } from '../http';
import { moveToStatus } from '../mutations';
import type { RequestContext, Route } from '../router';
import { statusJson } from '../serialize/common';

function listTransitions(ctx: RequestContext) {
  const { store } = ctx;
  const issue = visibleIssue(store, ctx.caller, ctx.params.issueIdOrKey!);
  if (!hasProjectPermission(ctx.caller, store.projectById(issue.projectId), 'TRANSITION_ISSUES')) return ok({ transitions: [] });
  const only = ctx.query.get('transitionId');
  const transitions = store.data.transitions
    .filter((t) => only === null || t.id === only)
    .flatMap((t) => {
      const to = store.status(t.toStatusId);
      if (!to) return [];
      return [{ id: t.id, name: t.name, to: statusJson(store, to), hasScreen: false, isGlobal: true, isInitial: false, isAvailable: true, isConditional: false, isLooped: false }];
    });
  return ok({ expand: 'transitions', transitions });
}

async function doTransition(ctx: RequestContext) {
  const { store } = ctx;
  const issue = visibleIssue(store, ctx.caller, ctx.params.issueIdOrKey!);
  requireIssuePermission(store, ctx.caller, issue, 'TRANSITION_ISSUES', 'You do not have permission to transition this issue.');
  const body = ctx.body as { transition?: { id?: unknown }; fields?: unknown; update?: unknown } | undefined;
  const id = body?.transition?.id;
  if (id === undefined || id === null) throw badRequest("Missing 'transition' identifier");
  const transition = store.data.transitions.find((t) => t.id === String(id));
  const to = transition && store.status(transition.toStatusId);
  if (!transition || !to) throw badRequest(`Transition id '${String(id)}' is not valid for this issue.`);
  if (ctx.workflowValidator) {
    const accountId = ctx.caller.kind === 'user' ? ctx.caller.user.accountId : undefined;
    const verdict = await ctx.workflowValidator({ issueKey: issue.key, fromStatusId: issue.fields.statusId, toStatusId: to.id, accountId });
    if (!verdict.result) throw badRequest(verdict.errorMessage || 'The transition was refused by a workflow validator.');
  }
  if (body?.fields !== undefined || body?.update !== undefined) {
    applyEdit(store, issue, ctx.caller, ctx.now, { fields: body.fields ?? {}, update: body.update ?? {} });
  }
  moveToStatus(store, issue, ctx.caller, ctx.now, to);
  store.changed(issue);
  return noContent();
}

export const transitionRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: listTransitions },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: doTransition },
];
