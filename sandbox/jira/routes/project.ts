import { hasProjectPermission, visibleProject } from '../auth';
import { badRequest } from '../errors';
import { fieldDetailsJson } from '../fields';
import { intParam, ok } from '../http';
import type { SandboxProject, SandboxVersion } from '../model';
import type { RequestContext, Route } from '../router';
import { issueTypeJson, projectAvatarUrls, statusJson, versionJson } from '../serialize/common';
import { userJsonById } from '../serialize/user';

function getProject(ctx: RequestContext) {
  return ok(projectJson(ctx.store, visibleProject(ctx.store, ctx.caller, ctx.params.projectIdOrKey!)));
}

function projectJson(store: RequestContext['store'], p: SandboxProject) {
  const lead = userJsonById(store, p.leadAccountId);
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${store.baseUrl}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    ...(lead ? { lead } : {}),
    avatarUrls: projectAvatarUrls(store, p),
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic',
    isPrivate: false,
    assigneeType: 'UNASSIGNED',
    components: [],
    issueTypes: store.data.issueTypes.map((t) => issueTypeJson(store, t)),
    versions: store.data.versions.filter((v) => v.projectId === p.id).map((v) => versionJson(store, v)),
    roles: {},
    properties: {},
  };
}

/** GET /rest/api/3/project/search: the projects the caller may browse, paged by startAt. */
function searchProjects(ctx: RequestContext) {
  const { store, query } = ctx;
  const startAt = intParam(query, 'startAt', 0);
  const maxResults = Math.min(intParam(query, 'maxResults', 50), 100);
  const text = query.get('query')?.toLowerCase();
  const keys = query.getAll('keys').flatMap((k) => k.split(',')).map((k) => k.trim().toUpperCase()).filter(Boolean);
  const projects = store.data.projects
    .filter((p) => hasProjectPermission(ctx.caller, p, 'BROWSE_PROJECTS'))
    .filter((p) => !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    .filter((p) => keys.length === 0 || keys.includes(p.key));
  return ok(pageBean(`${store.baseUrl}/rest/api/3/project/search`, projects, startAt, maxResults, (p) => projectJson(store, p)));
}

/** Jira's PageBean: a startAt page of `all`, with self and nextPage links. */
function pageBean<T>(base: string, all: readonly T[], startAt: number, maxResults: number, toJson: (item: T) => unknown) {
  const values = all.slice(startAt, startAt + maxResults).map(toJson);
  const isLast = startAt + values.length >= all.length;
  return {
    self: `${base}?maxResults=${maxResults}&startAt=${startAt}`,
    ...(isLast ? {} : { nextPage: `${base}?maxResults=${maxResults}&startAt=${startAt + values.length}` }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values,
  };
}

function projectVersions(ctx: RequestContext): SandboxVersion[] {
  const p = visibleProject(ctx.store, ctx.caller, ctx.params.projectIdOrKey!);
  return ctx.store.data.versions.filter((v) => v.projectId === p.id);
}

function getVersions(ctx: RequestContext) {
  return ok(projectVersions(ctx).map((v) => versionJson(ctx.store, v)));
}

const ORDERABLE = ['description', 'name', 'releaseDate', 'sequence', 'startDate'] as const;

function getVersionsPaged(ctx: RequestContext) {
  const { store, query } = ctx;
  let versions = projectVersions(ctx);
  const startAt = intParam(query, 'startAt', 0);
  const maxResults = Math.min(intParam(query, 'maxResults', 50), 50);
  const text = query.get('query')?.toLowerCase();
  if (text) versions = versions.filter((v) => v.name.toLowerCase().includes(text) || (v.description ?? '').toLowerCase().includes(text));
  const status = query.get('status');
  if (status) {
    const wanted = status.split(',').map((s) => s.trim());
    const bad = wanted.find((s) => !['released', 'unreleased', 'archived'].includes(s));
    if (bad) throw badRequest(`Invalid status value '${bad}'. Valid values are released, unreleased and archived.`);
    versions = versions.filter((v) => wanted.includes(v.archived ? 'archived' : v.released ? 'released' : 'unreleased'));
  }
  const orderBy = query.get('orderBy');
  if (orderBy) {
    const desc = orderBy.startsWith('-');
    const field = orderBy.replace(/^[-+]/, '') as (typeof ORDERABLE)[number];
    if (!ORDERABLE.includes(field)) throw badRequest(`Ordering by '${orderBy}' is not supported.`);
    if (field !== 'sequence') {
      versions = [...versions].sort((a, b) => String(a[field] ?? '\uffff').localeCompare(String(b[field] ?? '\uffff')));
    }
    if (desc) versions = [...versions].reverse();
  }
  return ok(pageBean(`${store.baseUrl}/rest/api/3/project/${ctx.params.projectIdOrKey}/version`, versions, startAt, maxResults, (v) => versionJson(store, v)));
}

function getStatuses(ctx: RequestContext) {
  const { store } = ctx;
  visibleProject(store, ctx.caller, ctx.params.projectIdOrKey!);
  return ok(
    store.data.issueTypes.map((t) => ({
      self: `${store.baseUrl}/rest/api/3/issuetype/${t.id}`,
      id: t.id,
      name: t.name,
      subtask: t.subtask,
      statuses: store.data.statuses.map((s) => statusJson(store, s)),
    })),
  );
}

function getFields(ctx: RequestContext) {
  return ok(ctx.catalogue.map(fieldDetailsJson));
}

export const projectRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/project/search', handler: searchProjects },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', handler: getProject },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/versions', handler: getVersions },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/version', handler: getVersionsPaged },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/statuses', handler: getStatuses },
  { method: 'GET', template: '/rest/api/3/field', handler: getFields },
];
