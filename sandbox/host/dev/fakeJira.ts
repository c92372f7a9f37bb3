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

/** Runs before a transition; a message refuses it (as the app's jira:workflowValidator would). */
export type BeforeTransition = (issue: SandboxIssue, toStatusId: string) => string | null;

/** Transitions and comments of one issue: GET/POST …/transitions, GET …/comment. */
async function issueRoutes(req: IncomingMessage, res: ServerResponse, d: SandboxData, issue: SandboxIssue, part: string, as: string, before?: BeforeTransition): Promise<void> {
  if (part === 'comment' && req.method === 'GET') {
    const comments = [...issue.comments].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
    return sendJson(res, 200, { startAt: 0, maxResults: 100, total: comments.length, comments: comments.map((c) => ({ id: c.id, author: userJson(d.users.find((u) => u.accountId === c.authorId)), body: c.body, created: c.created, updated: c.updated })) });
  }
  if (part === 'transitions' && req.method === 'GET') {
    return sendJson(res, 200, { transitions: d.transitions.map((t) => ({ id: t.id, name: t.name, to: d.statuses.filter((s) => s.id === t.toStatusId).map((s) => ({ id: s.id, name: s.name, statusCategory: { key: s.categoryKey } }))[0] })) });
  }
  if (part === 'transitions' && req.method === 'POST') {
    const project = d.projects.find((p) => p.id === issue.projectId);
    if (!project?.permissions[as]?.includes('TRANSITION_ISSUES')) return sendJson(res, 403, { errorMessages: ['You do not have permission to transition this issue.'] });
    const body = JSON.parse((await readBody(req)) || '{}') as { transition?: { id?: string } };
    const transition = d.transitions.find((t) => t.id === String(body.transition?.id));
    if (!transition) return sendJson(res, 400, { errorMessages: [`Transition id '${String(body.transition?.id)}' is not valid for this issue.`] });
    const refusal = before?.(issue, transition.toStatusId) ?? null;
    if (refusal) return sendJson(res, 400, { errorMessages: [refusal], errors: {} });
    issue.fields.statusId = transition.toStatusId;
    issue.fields.updated = new Date().toISOString();
    res.writeHead(204).end();
    return;
  }
  sendJson(res, 405, { errorMessages: [`The dev harness has no ${req.method} on ${part}`] });
}

export function createFakeJira(data: () => SandboxData, beforeTransition?: BeforeTransition) {
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
    const issuePart = /^\/rest\/api\/3\/issue\/([^/]+)\/(transitions|comment)$/.exec(url.pathname);
    const issue = issuePart && d.issues.find((i) => (i.key === issuePart[1] || i.id === issuePart[1]) && canBrowse(d, as, i.projectId));
    if (issuePart && !issue) return sendJson(res, 404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] }), true;
    if (issuePart && issue) return await issueRoutes(req, res, d, issue, issuePart[2]!, as, beforeTransition), true;
    const projectKey = /^\/rest\/api\/3\/project\/([^/]+)$/.exec(url.pathname)?.[1];
    const project = visibleProjects.find((p) => p.key === projectKey || p.id === projectKey);
    if (project) return sendJson(res, 200, { id: project.id, key: project.key, name: project.name, projectTypeKey: 'software' }), true;
    return sendJson(res, 404, { errorMessages: [`The dev harness has no ${req.method} ${url.pathname}`] }), true;
  };
}
