/**
 * Just enough of the sandbox's Jira REST for the shell, for the host's dev harness.
 * The real service (sandbox/jira/) replaces this when the lead's server runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxData, SandboxIssue, SandboxUser } from '../../jira/model';
import { readBody } from '../invokeEndpoint';
import { sendJson } from '../staticFiles';

export function canBrowse(data: SandboxData, accountId: string, projectId: string): boolean {
  const project = data.projects.find((p) => p.id === projectId);
  return Boolean(project?.permissions[accountId]?.includes('BROWSE_PROJECTS'));
}

function userJson(user: SandboxUser | undefined) {
  return user ? { accountId: user.accountId, displayName: user.displayName, active: user.active, timeZone: user.timeZone } : null;
}

function issueJson(data: SandboxData, issue: SandboxIssue) {
  const f = issue.fields;
  const status = data.statuses.find((s) => s.id === f.statusId);
  const type = data.issueTypes.find((t) => t.id === f.issueTypeId);
  const project = data.projects.find((p) => p.id === issue.projectId);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: f.summary,
      description: f.description ?? null,
      status: status && { id: status.id, name: status.name, statusCategory: { key: status.categoryKey } },
      issuetype: type && { id: type.id, name: type.name },
      project: project && { id: project.id, key: project.key, name: project.name },
      assignee: userJson(data.users.find((u) => u.accountId === f.assigneeId)),
      reporter: userJson(data.users.find((u) => u.accountId === f.reporterId)),
      priority: f.priority ? { name: f.priority } : null,
      labels: f.labels,
      created: f.created,
      [data.site.storyPointsFieldId]: f.storyPoints,
      [data.site.sprintFieldId]: f.sprintIds.map((id) => data.sprints.find((s) => s.id === id)).filter(Boolean),
      [data.site.flaggedFieldId]: f.flagged ? [{ value: 'Impediment' }] : null,
    },
  };
}

/** Understands `project = KEY …` and `key = KEY-1 …`, which is all the shell asks. */
function matches(jql: string, data: SandboxData, issue: SandboxIssue): boolean {
  const key = /\bkey\s*=\s*"?([A-Z][A-Z0-9_]*-\d+)"?/i.exec(jql)?.[1];
  if (key) return issue.key === key.toUpperCase();
  const project = /\bproject\s*=\s*"?([A-Z][A-Z0-9_]*)"?/i.exec(jql)?.[1];
  return !project || data.projects.find((p) => p.id === issue.projectId)?.key === project.toUpperCase();
}

export function createFakeJira(data: () => SandboxData) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://dev.invalid');
    const as = String(req.headers['x-sandbox-as'] ?? '');
    const d = data();
    if (url.pathname === '/__sandbox/users') return sendJson(res, 200, d.users), true;
    if (!url.pathname.startsWith('/rest/')) return false;
    if (!d.users.some((u) => u.accountId === as)) return sendJson(res, 401, { errorMessages: ['Unknown x-sandbox-as user'] }), true;
    const visibleProjects = d.projects.filter((p) => canBrowse(d, as, p.id));
    if (req.method === 'POST' && url.pathname === '/rest/api/3/search/jql') {
      const body = JSON.parse((await readBody(req)) || '{}') as { jql?: string; maxResults?: number };
      const found = d.issues.filter((i) => canBrowse(d, as, i.projectId) && matches(body.jql ?? '', d, i)).reverse();
      const page = found.slice(0, body.maxResults ?? 50);
      return sendJson(res, 200, { issues: page.map((i) => issueJson(d, i)), nextPageToken: found.length > page.length ? 'more' : undefined }), true;
    }
    if (url.pathname === '/rest/api/3/field') {
      return sendJson(res, 200, [
        { id: d.site.storyPointsFieldId, name: 'Story Points' },
        { id: d.site.sprintFieldId, name: 'Sprint' },
        { id: d.site.flaggedFieldId, name: 'Flagged' },
      ]), true;
    }
    if (url.pathname === '/rest/api/3/project/search') {
      return sendJson(res, 200, { values: visibleProjects.map(({ id, key, name }) => ({ id, key, name })) }), true;
    }
    const projectKey = /^\/rest\/api\/3\/project\/([^/]+)$/.exec(url.pathname)?.[1];
    const project = visibleProjects.find((p) => p.key === projectKey || p.id === projectKey);
    if (project) return sendJson(res, 200, { id: project.id, key: project.key, name: project.name, projectTypeKey: 'software' }), true;
    return sendJson(res, 404, { errorMessages: [`The dev harness has no ${req.method} ${url.pathname}`] }), true;
  };
}
