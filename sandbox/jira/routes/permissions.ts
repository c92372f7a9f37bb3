import { type Caller, hasProjectPermission } from '../auth';
import { badRequest, JiraHttpError, notFound } from '../errors';
import { ok } from '../http';
import type { PermissionKey, SandboxProject, SandboxUser } from '../model';
import type { RequestContext, Route } from '../router';

/** Jira's permission ids and names for the keys the sandbox models. */
const PROJECT_PERMISSIONS: Record<PermissionKey, { id: string; name: string }> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues' },
  RESOLVE_ISSUES: { id: '14', name: 'Resolve Issues' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments' },
  LINK_ISSUES: { id: '21', name: 'Link Issues' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects' },
  SCHEDULE_ISSUES: { id: '28', name: 'Schedule Issues' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues' },
  MANAGE_SPRINTS_PERMISSION: { id: '-1', name: 'Manage sprints' },
};
const GLOBAL_PERMISSIONS: Record<string, { id: string; name: string }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira' },
  SYSTEM_ADMIN: { id: '44', name: 'Administer Jira (system)' },
  USER_PICKER: { id: '27', name: 'Browse users and groups' },
  CREATE_SHARED_OBJECTS: { id: '22', name: 'Create Shared Objects' },
};

const isProjectPerm = (k: string): k is PermissionKey => k in PROJECT_PERMISSIONS;

/** Whom a permission question is about: the app (holds everything) or a user. */
type Subject = Caller;

function subjectHasGlobal(subject: Subject, key: string): boolean {
  if (subject.kind === 'app') return true;
  return key === 'USER_PICKER' || key === 'CREATE_SHARED_OBJECTS';
}

function permissionsCheck(ctx: RequestContext) {
  const { store } = ctx;
  const body = (ctx.body ?? {}) as { accountId?: unknown; projectPermissions?: unknown; globalPermissions?: unknown };
  if (typeof body !== 'object' || Array.isArray(body)) throw badRequest('Invalid request payload. Refer to the REST API documentation and try again.');
  let subject: Subject = ctx.caller;
  if (body.accountId !== undefined && body.accountId !== null) {
    if (typeof body.accountId !== 'string') throw badRequest('accountId must be a string.');
    const isSelf = ctx.caller.kind === 'user' && ctx.caller.user.accountId === body.accountId;
    if (ctx.caller.kind === 'user' && !isSelf) {
      throw new JiraHttpError(403, ['You must have the Administer Jira global permission to check permissions for other users.']);
    }
    const user: SandboxUser | undefined = store.user(body.accountId);
    if (!user) throw badRequest(`The user with account ID '${body.accountId}' does not exist.`);
    subject = { kind: 'user', user };
  }
  const globals = body.globalPermissions ?? [];
  const projectPerms = body.projectPermissions ?? [];
  if (!Array.isArray(globals) || !Array.isArray(projectPerms)) throw badRequest('Invalid request payload. Refer to the REST API documentation and try again.');
  const unknown = [
    ...globals.filter((g) => typeof g !== 'string' || !(g in GLOBAL_PERMISSIONS)),
    ...projectPerms.flatMap((p: { permissions?: unknown }) => (Array.isArray(p?.permissions) ? p.permissions : [undefined])).filter((k) => typeof k !== 'string' || !isProjectPerm(k)),
  ];
  if (unknown.length) throw new JiraHttpError(400, [], { permissions: `Unrecognized permission keys: ${unknown.map(String).join(', ')}` });

  const grants: { permission: string; projects: number[]; issues: number[] }[] = [];
  for (const req of projectPerms as { permissions: PermissionKey[]; projects?: unknown; issues?: unknown }[]) {
    const projects = Array.isArray(req.projects) ? req.projects.map(Number) : [];
    const issues = Array.isArray(req.issues) ? req.issues.map(Number) : [];
    for (const perm of req.permissions) {
      const grant = grants.find((g) => g.permission === perm) ?? { permission: perm, projects: [], issues: [] };
      if (!grants.includes(grant)) grants.push(grant);
      for (const pid of projects) {
        const p = store.projectById(String(pid));
        if (p && hasProjectPermission(subject, p, perm) && !grant.projects.includes(pid)) grant.projects.push(pid);
      }
      for (const iid of issues) {
        const issue = store.issue(String(iid));
        const p = issue && store.projectById(issue.projectId);
        if (p && hasProjectPermission(subject, p, 'BROWSE_PROJECTS') && hasProjectPermission(subject, p, perm) && !grant.issues.includes(iid)) {
          grant.issues.push(iid);
        }
      }
    }
  }
  return ok({
    globalPermissions: (globals as string[]).filter((g) => subjectHasGlobal(subject, g)),
    projectPermissions: grants,
  });
}

function myPermissions(ctx: RequestContext) {
  const { store, query } = ctx;
  const raw = query.get('permissions');
  if (!raw) throw badRequest('The permissions query parameter is required.');
  const keys = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = keys.filter((k) => !isProjectPerm(k) && !(k in GLOBAL_PERMISSIONS));
  if (unknown.length) throw badRequest(`Invalid permission key(s): ${unknown.join(', ')}`);
  let projects: SandboxProject[] | undefined;
  const issueRef = query.get('issueId') ?? query.get('issueKey');
  const projectRef = query.get('projectId') ?? query.get('projectKey');
  if (issueRef) {
    const issue = store.issue(issueRef);
    const p = issue && store.projectById(issue.projectId);
    if (!p || !hasProjectPermission(ctx.caller, p, 'BROWSE_PROJECTS')) throw notFound(`Issue does not exist or you do not have permission to see it.`);
    projects = [p];
  } else if (projectRef) {
    const p = store.project(projectRef);
    if (!p || !hasProjectPermission(ctx.caller, p, 'BROWSE_PROJECTS')) throw notFound(`No project could be found with key '${projectRef}'.`);
    projects = [p];
  }
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    if (isProjectPerm(key)) {
      const scope = projects ?? store.data.projects;
      const { id, name } = PROJECT_PERMISSIONS[key];
      permissions[key] = { id, key, name, type: 'PROJECT', description: name, havePermission: scope.some((p) => hasProjectPermission(ctx.caller, p, key)) };
    } else {
      const { id, name } = GLOBAL_PERMISSIONS[key]!;
      permissions[key] = { id, key, name, type: 'GLOBAL', description: name, havePermission: subjectHasGlobal(ctx.caller, key) };
    }
  }
  return ok({ permissions });
}

export const permissionRoutes: Route[] = [
  { method: 'POST', template: '/rest/api/3/permissions/check', handler: permissionsCheck },
  { method: 'GET', template: '/rest/api/3/mypermissions', handler: myPermissions },
];
