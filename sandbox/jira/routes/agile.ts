import { hasProjectPermission } from '../auth';
import { badRequest, notFound } from '../errors';
import { selectFields } from '../fields';
import { intParam, listParam, ok } from '../http';
import type { SandboxBoard, SandboxIssue, SandboxSprint } from '../model';
import type { RequestContext, Route } from '../router';
import { issueJson } from '../serialize/issue';
import { projectAvatarUrls, sprintAgileJson } from '../serialize/common';
import { runSearch } from './searchCore';

const BOARD_MISSING = 'Board does not exist or you do not have permission to see it.';
const byRank = (a: SandboxIssue, b: SandboxIssue) => Number(a.id) - Number(b.id);

function boardVisible(ctx: RequestContext, board: SandboxBoard): boolean {
  const project = ctx.store.data.projects.find((p) => p.key === board.projectKey);
  return hasProjectPermission(ctx.caller, project, 'BROWSE_PROJECTS');
}

function visibleBoard(ctx: RequestContext): SandboxBoard {
  const raw = ctx.params.boardId!;
  if (!/^\d+$/.test(raw)) throw badRequest(`The board id '${raw}' is not a valid number.`);
  const board = ctx.store.board(Number(raw));
  if (!board || !boardVisible(ctx, board)) throw notFound(BOARD_MISSING);
  return board;
}

function boardJson(ctx: RequestContext, b: SandboxBoard): Record<string, unknown> {
  const p = ctx.store.data.projects.find((x) => x.key === b.projectKey);
  return {
    id: b.id,
    self: `${ctx.store.baseUrl}/rest/agile/1.0/board/${b.id}`,
    name: b.name,
    type: b.type,
    location: p
      ? { projectId: Number(p.id), displayName: `${p.name} (${p.key})`, projectName: p.name, projectKey: p.key, projectTypeKey: 'software', avatarURI: projectAvatarUrls(ctx.store, p)['48x48'], name: `${p.name} (${p.key})` }
      : { projectKey: b.projectKey },
    isPrivate: false,
  };
}

function page<T>(items: T[], startAt: number, maxResults: number, withTotal: boolean) {
  const values = items.slice(startAt, startAt + maxResults);
  return { maxResults, startAt, ...(withTotal ? { total: items.length } : {}), isLast: startAt + values.length >= items.length, values };
}

function listBoards(ctx: RequestContext) {
  const q = ctx.query;
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = Math.min(intParam(q, 'maxResults', 50), 50);
  const projectRef = q.get('projectKeyOrId');
  const types = listParam(q, 'type');
  const name = q.get('name')?.toLowerCase();
  const project = projectRef ? ctx.store.project(projectRef) : undefined;
  if (projectRef && (!project || !hasProjectPermission(ctx.caller, project, 'BROWSE_PROJECTS'))) {
    throw badRequest(`No project could be found with key or id '${projectRef}'.`);
  }
  const boards = ctx.store.data.boards.filter(
    (b) => boardVisible(ctx, b) && (!project || b.projectKey === project.key) && (!types || types.includes(b.type)) && (!name || b.name.toLowerCase().includes(name)),
  );
  const p = page(boards, startAt, maxResults, true);
  return ok({ ...p, values: p.values.map((b) => boardJson(ctx, b)) });
}

function boardConfiguration(ctx: RequestContext) {
  const b = visibleBoard(ctx);
  const base = ctx.store.baseUrl;
  const p = ctx.store.data.projects.find((x) => x.key === b.projectKey);
  const field = ctx.catalogue.find((f) => f.id === b.estimationFieldId);
  return ok({
    id: b.id,
    name: b.name,
    type: b.type,
    self: `${base}/rest/agile/1.0/board/${b.id}/configuration`,
    location: { type: 'project', projectKeyOrId: p?.id ?? b.projectKey },
    filter: { id: String(10000 + b.id), self: `${base}/rest/api/3/filter/${10000 + b.id}` },
    columnConfig: {
      columns: b.columns.map((c) => ({ name: c.name, statuses: c.statusIds.map((id) => ({ id, self: `${base}/rest/api/3/status/${id}` })) })),
      constraintType: 'none',
    },
    estimation: { type: 'field', field: { fieldId: b.estimationFieldId, displayName: field?.name ?? 'Story Points' } },
    ranking: { rankCustomFieldId: 10019 },
  });
}

const STATE_ORDER: Record<SandboxSprint['state'], number> = { closed: 0, active: 1, future: 2 };

function boardSprints(ctx: RequestContext) {
  const b = visibleBoard(ctx);
  const q = ctx.query;
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = Math.min(intParam(q, 'maxResults', 50), 50);
  const states = listParam(q, 'state');
  const bad = states?.find((s) => !(s in STATE_ORDER));
  if (bad) throw badRequest(`The sprint state '${bad}' is not valid. Valid values: future, active, closed.`);
  if (b.type !== 'scrum') throw badRequest("The board does not support sprints");
  const sprints = ctx.store.data.sprints
    .filter((s) => s.boardId === b.id && (!states || states.includes(s.state)))
    .sort((x, y) => STATE_ORDER[x.state] - STATE_ORDER[y.state] || x.id - y.id);
  const p = page(sprints, startAt, maxResults, false);
  return ok({ ...p, values: p.values.map((s) => sprintAgileJson(ctx.store, s)) });
}

function visibleSprint(ctx: RequestContext): SandboxSprint {
  const raw = ctx.params.sprintId!;
  if (!/^\d+$/.test(raw)) throw badRequest(`The sprint id '${raw}' is not a valid number.`);
  const sprint = ctx.store.sprint(Number(raw));
  const board = sprint && ctx.store.board(sprint.boardId);
  if (!sprint || (board && !boardVisible(ctx, board))) throw notFound('Sprint does not exist or you do not have permission to see it.');
  return sprint;
}

/** Agile issue pages: {expand, startAt, maxResults, total, issues} (SearchResults). */
function issuePage(ctx: RequestContext, filter: (i: SandboxIssue) => boolean) {
  const q = ctx.query;
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = Math.min(intParam(q, 'maxResults', 50), 50);
  const fields = selectFields(ctx.catalogue, listParam(q, 'fields'), ['*navigable']);
  const matches = runSearch(ctx, q.get('jql') ?? '', { filter, defaultOrder: byRank });
  const issues = matches
    .slice(startAt, startAt + maxResults)
    .map((i) => issueJson(ctx.store, ctx.catalogue, i, { fields, agile: true, withExpandHint: true, expand: new Set(listParam(q, 'expand') ?? []) }));
  return ok({ expand: 'schema,names', startAt, maxResults, total: matches.length, issues });
}

function sprintIssues(ctx: RequestContext) {
  const sprint = visibleSprint(ctx);
  return issuePage(ctx, (i) => i.fields.sprintIds.includes(sprint.id));
}

function boardIssues(ctx: RequestContext) {
  const b = visibleBoard(ctx);
  const project = ctx.store.data.projects.find((p) => p.key === b.projectKey);
  const mapped = new Set(b.columns.flatMap((c) => c.statusIds));
  const epicTypes = new Set(ctx.store.data.issueTypes.filter((t) => t.name === 'Epic').map((t) => t.id));
  return issuePage(
    ctx,
    (i) => i.projectId === project?.id && mapped.has(i.fields.statusId) && !(b.type === 'scrum' && epicTypes.has(i.fields.issueTypeId)),
  );
}

export const agileRoutes: Route[] = [
  { method: 'GET', template: '/rest/agile/1.0/board', handler: listBoards },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}', handler: (ctx) => ok(boardJson(ctx, visibleBoard(ctx))) },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}/configuration', handler: boardConfiguration },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}/sprint', handler: boardSprints },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}/issue', handler: boardIssues },
  { method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}', handler: (ctx) => ok(sprintAgileJson(ctx.store, visibleSprint(ctx))) },
  { method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}/issue', handler: sprintIssues },
];
