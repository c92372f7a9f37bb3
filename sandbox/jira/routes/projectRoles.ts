/**
 * Project roles, as Jira Cloud serves them: the site's roles for a project (names → URLs) and one
 * role with its actors in the project (people and groups, sorted by display name). As in Jira, only
 * the project's admins (and the app) may read them; to anyone else the project is not there.
 */
import { hasProjectPermission, visibleProject } from '../auth';
import { badRequest, notFound } from '../errors';
import { ok } from '../http';
import type { SandboxProject, SandboxProjectRole } from '../model';
import type { RequestContext, Route } from '../router';

const rolesOf = (ctx: RequestContext): SandboxProjectRole[] => ctx.store.data.projectRoles ?? [];

function administeredProject(ctx: RequestContext): SandboxProject {
  const key = ctx.params.projectIdOrKey!;
  const project = visibleProject(ctx.store, ctx.caller, key);
  if (!hasProjectPermission(ctx.caller, project, 'ADMINISTER_PROJECTS')) throw notFound(`No project could be found with key '${key}'.`);
  return project;
}

const roleSelf = (ctx: RequestContext, project: SandboxProject, role: SandboxProjectRole) => `${ctx.store.baseUrl}/rest/api/3/project/${project.key}/role/${role.id}`;

/** GET /rest/api/3/project/{projectIdOrKey}/role: each role's name with its URL. */
function projectRoles(ctx: RequestContext) {
  const project = administeredProject(ctx);
  return ok(Object.fromEntries(rolesOf(ctx).map((role) => [role.name, roleSelf(ctx, project, role)])));
}

/** GET /rest/api/3/project/{projectIdOrKey}/role/{id}: the role with its actors in the project. */
function projectRole(ctx: RequestContext) {
  const project = administeredProject(ctx);
  const id = ctx.params.id!;
  if (!/^\d+$/.test(id)) throw badRequest(`The project role id '${id}' is not a number.`);
  const role = rolesOf(ctx).find((r) => r.id === id);
  if (!role) throw notFound(`Can not retrieve a role actor for a null project role.`);
  const actors = project.roleActors?.[role.id] ?? { accountIds: [], groupIds: [] };
  const excludeInactive = ctx.query.get('excludeInactiveUsers') === 'true';
  const users = actors.accountIds.flatMap((accountId) => {
    const user = ctx.store.user(accountId);
    if (!user || (excludeInactive && !user.active)) return [];
    return [{ displayName: user.displayName, type: 'atlassian-user-role-actor', actorUser: { accountId } }];
  });
  const groups = actors.groupIds.flatMap((groupId) => {
    const group = (ctx.store.data.groups ?? []).find((g) => g.groupId === groupId);
    return group ? [{ displayName: group.name, type: 'atlassian-group-role-actor', name: group.name, actorGroup: { name: group.name, displayName: group.name, groupId } }] : [];
  });
  const sorted = [...users, ...groups].sort((a, b) => a.displayName.localeCompare(b.displayName)).map((actor, i) => ({ id: 10_000 + i, ...actor }));
  return ok({ self: roleSelf(ctx, project, role), name: role.name, id: Number(role.id), description: role.description, actors: sorted });
}

export const projectRoleRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/role', handler: projectRoles },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/role/{id}', handler: projectRole },
];
