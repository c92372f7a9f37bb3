import type { IncomingHttpHeaders } from 'node:http';
import { type ApiTokens, sameToken } from './apiTokens';
import type { PermissionKey, SandboxIssue, SandboxProject, SandboxUser } from './model';
import { authenticationFailed, ISSUE_NOT_FOUND, JiraHttpError, notFound, unauthorized } from './errors';
import type { Store } from './store';

/** Who is calling: the app itself (may do everything) or an active user. */
export type Caller = { kind: 'app' } | { kind: 'user'; user: SandboxUser };

export const SANDBOX_AS_HEADER = 'x-sandbox-as';

/**
 * Decides who is calling, or throws 401:
 * 1. `x-sandbox-as: app | <accountId>` when the header is there (tests, the shell, the local Forge's
 *    requestJira): as before, missing value / unknown / inactive → 401; Authorization is then not read.
 * 2. otherwise `Authorization: Basic base64(email:api_token)` or `Bearer <api_token>`, as Jira Cloud:
 *    an unknown email, a wrong token, another scheme or an inactive user → 401;
 * 3. no credentials at all → 401.
 * With `acceptSandboxHeader: false` (a sandbox standing in for a real site) the header itself is refused with 401.
 * Every 401 carries Jira Cloud's challenge (`WWW-Authenticate: OAuth realm="<site>"`).
 */
export function resolveCaller(store: Store, headers: IncomingHttpHeaders, tokens: ApiTokens, options: { acceptSandboxHeader?: boolean } = {}): Caller {
  const challenge = { 'www-authenticate': `OAuth realm="${encodeURIComponent(store.baseUrl)}"` };
  const sandboxAs = headers[SANDBOX_AS_HEADER];
  // A sandbox standing in for a real site (real-site mode's tests) knows only what Jira Cloud knows.
  if (sandboxAs !== undefined && options.acceptSandboxHeader === false) throw unauthorized(challenge);
  if (sandboxAs !== undefined) {
    const as = Array.isArray(sandboxAs) ? sandboxAs[0] : sandboxAs;
    if (!as) throw unauthorized(challenge);
    if (as === 'app') return { kind: 'app' };
    const user = store.user(as);
    if (!user || !user.active) throw unauthorized(challenge);
    return { kind: 'user', user };
  }
  if (!headers.authorization) throw unauthorized(challenge);
  const user = userOfCredentials(store, headers.authorization, tokens);
  // Jira marks refused credentials with this header beside the challenge.
  if (!user || !user.active) throw authenticationFailed({ ...challenge, 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' });
  return { kind: 'user', user };
}

/** The user an Authorization header names with a valid token, active or not; undefined when it names nobody. */
function userOfCredentials(store: Store, authorization: string, tokens: ApiTokens): SandboxUser | undefined {
  const [, scheme = '', credentials = ''] = /^\s*(\S+)\s+(\S+)\s*$/.exec(authorization) ?? [];
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const email = decoded.slice(0, colon);
    const expected = tokens.tokenOf(email);
    return expected !== undefined && sameToken(expected, decoded.slice(colon + 1)) ? userByEmail(store, email) : undefined;
  }
  if (scheme.toLowerCase() === 'bearer') {
    const email = tokens.emailOf(credentials);
    return email === undefined ? undefined : userByEmail(store, email);
  }
  return undefined;
}

const userByEmail = (store: Store, email: string): SandboxUser | undefined =>
  store.data.users.find((u) => u.emailAddress.toLowerCase() === email.toLowerCase());

export function callerId(caller: Caller): string {
  return caller.kind === 'app' ? 'app' : caller.user.accountId;
}

export function callerTimeZone(caller: Caller): string {
  return caller.kind === 'app' ? 'UTC' : caller.user.timeZone || 'UTC';
}

/** Project permission check for a user or the app (the app holds all of them). */
export function hasProjectPermission(caller: Caller, project: SandboxProject | undefined, perm: PermissionKey): boolean {
  if (!project) return false;
  if (caller.kind === 'app') return true;
  return userHasPermission(caller.user.accountId, project, perm);
}

export function userHasPermission(accountId: string, project: SandboxProject, perm: PermissionKey): boolean {
  return (project.permissions[accountId] ?? []).includes(perm);
}

export function canBrowseIssue(store: Store, caller: Caller, issue: SandboxIssue): boolean {
  return hasProjectPermission(caller, store.projectById(issue.projectId), 'BROWSE_PROJECTS');
}

/** Finds an issue the caller may see, or throws Jira's 404. */
export function visibleIssue(store: Store, caller: Caller, idOrKey: string): SandboxIssue {
  const issue = store.issue(idOrKey);
  if (!issue || !canBrowseIssue(store, caller, issue)) throw notFound(ISSUE_NOT_FOUND);
  return issue;
}

/** Throws 403 unless the caller holds `perm` in the issue's project. */
export function requireIssuePermission(store: Store, caller: Caller, issue: SandboxIssue, perm: PermissionKey, message: string): void {
  if (!hasProjectPermission(caller, store.projectById(issue.projectId), perm)) throw new JiraHttpError(403, [message]);
}

/** Finds a project the caller may browse, or throws Jira's 404. */
export function visibleProject(store: Store, caller: Caller, idOrKey: string): SandboxProject {
  const project = store.project(idOrKey);
  if (!project || !hasProjectPermission(caller, project, 'BROWSE_PROJECTS')) {
    throw notFound(`No project could be found with key '${idOrKey}'.`);
  }
  return project;
}
