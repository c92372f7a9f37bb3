import { canBrowseIssue, hasProjectPermission, visibleIssue } from '../auth';
import { badRequest, INVALID_PAYLOAD, notFound } from '../errors';
import { findLinkType, ISSUE_LINK_TYPES, linkIssues, unlinkIssues } from '../issueLinks';
import { noContent, ok } from '../http';
import type { SandboxIssue, SandboxIssueLink } from '../model';
import type { RequestContext, Route } from '../router';
import { issueLinkJson, linkTypeJson } from '../serialize/issueLinks';

const LINK_NOT_FOUND = (id: string) => `No issue link with id '${id}' exists.`;
/** Jira answers 404, not 403, when the caller may not link: the spec lists it with the not-found cases. */
const LINK_DENIED = 'You do not have the permission to link issues.';

const mayLink = (ctx: RequestContext, issue: SandboxIssue) => hasProjectPermission(ctx.caller, ctx.store.projectById(issue.projectId), 'LINK_ISSUES');

/** `{ id }` or `{ key }` of an issue the caller can see; Jira's 404 otherwise. */
function linkEnd(ctx: RequestContext, ref: unknown, name: string): SandboxIssue {
  const r = ref as { id?: unknown; key?: unknown } | null | undefined;
  const idOrKey = typeof r?.id === 'string' || typeof r?.id === 'number' ? String(r.id) : typeof r?.key === 'string' ? r.key : undefined;
  if (!r || typeof r !== 'object' || idOrKey === undefined) throw badRequest(`The ${name} issue needs an id or a key.`);
  return visibleIssue(ctx.store, ctx.caller, idOrKey);
}

/**
 * POST /issueLink: "inwardIssue blocks outwardIssue" for type Blocks. 201 with no body; a link that
 * exists already is answered the same. The optional comment is not supported here (400), rather
 * than dropped unseen.
 */
function createLink(ctx: RequestContext) {
  const body = ctx.body as { type?: unknown; inwardIssue?: unknown; outwardIssue?: unknown; comment?: unknown } | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest(INVALID_PAYLOAD);
  if (!body.type || typeof body.type !== 'object') throw badRequest('The issue link type is required (id or name).');
  if (body.comment !== undefined) throw badRequest('The sandbox does not add a comment with a link: add it with POST /issue/{key}/comment.');
  const inward = linkEnd(ctx, body.inwardIssue, 'inward');
  const outward = linkEnd(ctx, body.outwardIssue, 'outward');
  const ref = body.type as { id?: unknown; name?: unknown };
  const type = findLinkType(ref);
  if (!type) throw notFound(ref.id !== undefined ? `No issue link type with id '${String(ref.id)}' found.` : `No issue link type with name '${String(ref.name)}' found.`);
  if (!mayLink(ctx, outward)) throw notFound(LINK_DENIED);
  if (inward.id === outward.id) throw badRequest('You cannot link an issue to itself.');
  linkIssues(ctx.store, ctx.caller, ctx.now, type, inward, outward);
  return { status: 201 };
}

/** A link whose both ends the caller can see; 400 for an id that is not one, 404 otherwise. */
function visibleLink(ctx: RequestContext): SandboxIssueLink {
  const id = ctx.params.linkId!;
  if (!/^\d+$/.test(id)) throw badRequest(`The issue link id '${id}' is not valid.`);
  const link = (ctx.store.data.issueLinks ?? []).find((l) => l.id === id);
  const ends = link ? [ctx.store.issue(link.inwardIssueId), ctx.store.issue(link.outwardIssueId)] : [];
  if (!link || !ends.every((issue) => issue && canBrowseIssue(ctx.store, ctx.caller, issue))) throw notFound(LINK_NOT_FOUND(id));
  return link;
}

function getLink(ctx: RequestContext) {
  const link = visibleLink(ctx);
  const json = issueLinkJson(ctx.store, link);
  if (!json) throw notFound(LINK_NOT_FOUND(link.id));
  return ok(json);
}

/** DELETE /issueLink/{linkId}: Link issues on either end's project suffices, as in Jira. */
function deleteLink(ctx: RequestContext) {
  const link = visibleLink(ctx);
  const ends = [ctx.store.issue(link.inwardIssueId), ctx.store.issue(link.outwardIssueId)].filter((i): i is SandboxIssue => i !== undefined);
  if (!ends.some((issue) => mayLink(ctx, issue))) throw notFound(LINK_DENIED);
  unlinkIssues(ctx.store, ctx.caller, ctx.now, link);
  return noContent();
}

function listLinkTypes(ctx: RequestContext) {
  return ok({ issueLinkTypes: ISSUE_LINK_TYPES.map((t) => linkTypeJson(ctx.store, t)) });
}

export const issueLinkRoutes: Route[] = [
  { method: 'POST', template: '/rest/api/3/issueLink', handler: createLink },
  { method: 'GET', template: '/rest/api/3/issueLink/{linkId}', handler: getLink },
  { method: 'DELETE', template: '/rest/api/3/issueLink/{linkId}', handler: deleteLink },
  { method: 'GET', template: '/rest/api/3/issueLinkType', handler: listLinkTypes },
];
