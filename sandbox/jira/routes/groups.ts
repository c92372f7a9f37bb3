/**
 * Site groups, as Jira Cloud serves them: groups by id or name (group/bulk), a group's members
 * (group/member, inactive people only when asked), and the group picker's suggestions (groups/picker).
 * Every caller may read them: the sandbox grants everyone Jira's "Browse users and groups".
 */
import { badRequest, notFound } from '../errors';
import { intParam, ok } from '../http';
import type { SandboxGroup } from '../model';
import type { RequestContext, Route } from '../router';
import { userJson } from '../serialize/user';

const groupsOf = (ctx: RequestContext): SandboxGroup[] => ctx.store.data.groups ?? [];
const listParam = (q: URLSearchParams, name: string) => q.getAll(name).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
const groupJson = (g: SandboxGroup) => ({ name: g.name, groupId: g.groupId });

/** Jira's PageBean over `all`, with self and nextPage links that keep the other parameters. */
function page<T>(ctx: RequestContext, path: string, all: readonly T[], startAt: number, maxResults: number, toJson: (item: T) => unknown) {
  const values = all.slice(startAt, startAt + maxResults).map(toJson);
  const isLast = startAt + values.length >= all.length;
  const others = new URLSearchParams(ctx.query);
  others.delete('startAt');
  others.delete('maxResults');
  const link = (at: number) => `${ctx.store.baseUrl}${path}?${others.toString() ? `${others.toString()}&` : ''}startAt=${at}&maxResults=${maxResults}`;
  return { self: link(startAt), ...(isLast ? {} : { nextPage: link(startAt + values.length) }), maxResults, startAt, total: all.length, isLast, values };
}

/** GET /rest/api/3/group/bulk: every group, or those with the ids or names asked for (unknown ones left out). */
function bulkGroups(ctx: RequestContext) {
  const ids = listParam(ctx.query, 'groupId');
  const names = listParam(ctx.query, 'groupName').map((n) => n.toLowerCase());
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = Math.min(intParam(ctx.query, 'maxResults', 50, 1), 50);
  const groups = groupsOf(ctx).filter((g) => (ids.length === 0 && names.length === 0) || ids.includes(g.groupId) || names.includes(g.name.toLowerCase()));
  return ok(page(ctx, '/rest/api/3/group/bulk', groups, startAt, maxResults, groupJson));
}

/** GET /rest/api/3/group/member: the group's members by display name, paged (at most 50 a page), inactive ones only with includeInactiveUsers. */
function groupMembers(ctx: RequestContext) {
  const q = ctx.query;
  const groupId = q.get('groupId');
  const groupName = q.get('groupname');
  if (!groupId && !groupName) throw badRequest('Either a group name or a group ID must be provided.');
  const group = groupsOf(ctx).find((g) => (groupId ? g.groupId === groupId : g.name.toLowerCase() === groupName!.toLowerCase()));
  if (!group) throw notFound('Group not found.');
  const withInactive = q.get('includeInactiveUsers') === 'true';
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = Math.min(intParam(q, 'maxResults', 50, 1), 50);
  const members = group.memberIds
    .map((id) => ctx.store.user(id))
    .filter((u) => u !== undefined && (withInactive || u.active))
    .map((u) => u!)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return ok(page(ctx, '/rest/api/3/group/member', members, startAt, maxResults, (u) => userJson(ctx.store, u)));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GET /rest/api/3/groups/picker: groups whose names contain the query (every group without one), sorted, the match in bold. */
function findGroups(ctx: RequestContext) {
  const q = ctx.query;
  const query = q.get('query') ?? '';
  const insensitive = q.get('caseInsensitive') === 'true';
  const fold = (s: string) => (insensitive ? s.toLowerCase() : s);
  const excluded = new Set(listParam(q, 'exclude'));
  const excludedIds = new Set(listParam(q, 'excludeId'));
  const maxResults = Math.min(intParam(q, 'maxResults', 20), 1000);
  const matching = groupsOf(ctx)
    .filter((g) => !excluded.has(g.name) && !excludedIds.has(g.groupId) && fold(g.name).includes(fold(query)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const shown = matching.slice(0, maxResults);
  const html = (name: string) => {
    const at = query ? fold(name).indexOf(fold(query)) : -1;
    return at < 0 ? escapeHtml(name) : `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, at + query.length))}</b>${escapeHtml(name.slice(at + query.length))}`;
  };
  return ok({
    header: `Showing ${shown.length} of ${matching.length} matching groups`,
    total: matching.length,
    groups: shown.map((g) => ({ name: g.name, html: html(g.name), groupId: g.groupId, labels: [] })),
  });
}

export const groupRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/group/bulk', handler: bulkGroups },
  { method: 'GET', template: '/rest/api/3/group/member', handler: groupMembers },
  { method: 'GET', template: '/rest/api/3/groups/picker', handler: findGroups },
];
