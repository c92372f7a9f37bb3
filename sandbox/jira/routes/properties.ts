import { requireIssuePermission, visibleIssue } from '../auth';
import { badRequest, notFound } from '../errors';
import { noContent, ok } from '../http';
import type { RequestContext, Route } from '../router';
import { issueSelf } from '../serialize/issue';

const MAX_VALUE_CHARS = 32768;
const MAX_KEY_CHARS = 255;
const EDIT_DENIED = 'You do not have permission to edit issues in this project.';

function listKeys(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  const self = issueSelf(ctx.store, issue);
  return ok({ keys: Object.keys(issue.properties).map((key) => ({ self: `${self}/properties/${encodeURIComponent(key)}`, key })) });
}

function getProperty(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  const key = ctx.params.propertyKey!;
  if (!(key in issue.properties)) throw notFound(`The property with key '${key}' does not exist.`);
  return ok({ key, value: issue.properties[key] });
}

function setProperty(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  requireIssuePermission(ctx.store, ctx.caller, issue, 'EDIT_ISSUES', EDIT_DENIED);
  const key = ctx.params.propertyKey!;
  if (key.length > MAX_KEY_CHARS) throw badRequest(`The property key cannot be longer than ${MAX_KEY_CHARS} characters.`);
  if (ctx.body === undefined) throw badRequest('The property value cannot be empty.');
  if (JSON.stringify(ctx.body).length > MAX_VALUE_CHARS) {
    throw badRequest(`The property value cannot be longer than ${MAX_VALUE_CHARS} characters.`);
  }
  const existed = key in issue.properties;
  issue.properties[key] = ctx.body;
  ctx.store.changed(issue);
  return { status: existed ? 200 : 201 };
}

function deleteProperty(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  requireIssuePermission(ctx.store, ctx.caller, issue, 'EDIT_ISSUES', EDIT_DENIED);
  const key = ctx.params.propertyKey!;
  if (!(key in issue.properties)) throw notFound(`The property with key '${key}' does not exist.`);
  delete issue.properties[key];
  ctx.store.changed(issue);
  return noContent();
}

export const propertyRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties', handler: listKeys },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handler: getProperty },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handler: setProperty },
  { method: 'DELETE', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handler: deleteProperty },
];
