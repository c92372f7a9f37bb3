// The shell reads Jira like Jira's own front end would: the sandbox's REST API on this origin,
// as the acting user (header x-sandbox-as).

const DEFAULT_FIELD_IDS = { storyPoints: 'customfield_10016', sprint: 'customfield_10020', flagged: 'customfield_10021' };

export class JiraError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function jira(accountId, path, init = {}) {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-sandbox-as': accountId, ...(init.headers ?? {}) },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const messages = [...(body?.errorMessages ?? []), ...Object.values(body?.errors ?? {})];
    throw new JiraError(response.status, messages.join(' ') || `Jira answered HTTP ${response.status}`);
  }
  return body;
}

/** The people of the sandbox (GET /__sandbox/users). */
export async function loadUsers() {
  const response = await fetch('/__sandbox/users', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not load the sandbox's people (HTTP ${response.status})`);
  const body = await response.json();
  return Array.isArray(body) ? body : (body.users ?? body.values ?? []);
}

let fieldIds;
/** Custom field ids by name (Story Points, Sprint, Flagged), as GET /rest/api/3/field reports them. */
export async function loadFieldIds(accountId) {
  if (fieldIds) return fieldIds;
  try {
    const fields = await jira(accountId, '/rest/api/3/field');
    const byName = (name) => fields.find((field) => String(field.name).toLowerCase() === name)?.id;
    fieldIds = {
      storyPoints: byName('story points') ?? byName('story point estimate') ?? DEFAULT_FIELD_IDS.storyPoints,
      sprint: byName('sprint') ?? DEFAULT_FIELD_IDS.sprint,
      flagged: byName('flagged') ?? DEFAULT_FIELD_IDS.flagged,
    };
  } catch {
    fieldIds = DEFAULT_FIELD_IDS;
  }
  return fieldIds;
}

/** One page of issues for a JQL query (POST /rest/api/3/search/jql). */
export async function searchIssues(accountId, jql, fields, maxResults = 100) {
  const body = await jira(accountId, '/rest/api/3/search/jql', { method: 'POST', body: JSON.stringify({ jql, fields, maxResults }) });
  return { issues: body?.issues ?? [], more: Boolean(body?.nextPageToken) };
}

/** One issue with the fields the issue view shows, or null when the acting user cannot see it. */
export async function loadIssue(accountId, key) {
  const ids = await loadFieldIds(accountId);
  const fields = ['summary', 'description', 'status', 'issuetype', 'assignee', 'reporter', 'priority', 'labels', 'project', 'created', 'duedate', ids.storyPoints, ids.sprint, ids.flagged];
  const { issues } = await searchIssues(accountId, `key = ${key}`, fields, 1);
  return issues[0] ?? null;
}

/** The project (GET /rest/api/3/project/{key}); null when the acting user cannot browse it. */
export async function loadProject(accountId, key) {
  try {
    return await jira(accountId, `/rest/api/3/project/${encodeURIComponent(key)}`);
  } catch (error) {
    if (error instanceof JiraError && (error.status === 404 || error.status === 403)) return null;
    throw error;
  }
}

/** Jira's Sprint field: a list of sprints, the current last. */
export function sprintName(value) {
  const sprints = Array.isArray(value) ? value : [];
  const active = sprints.find((sprint) => sprint?.state === 'active');
  return (active ?? sprints[sprints.length - 1])?.name ?? null;
}

export function isFlagged(value) {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** The transitions the acting user may make on an issue (GET /rest/api/3/issue/{key}/transitions). */
export async function loadTransitions(accountId, key) {
  const body = await jira(accountId, `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`);
  return body?.transitions ?? [];
}

/** Makes a transition; a refusal (e.g. a workflow validator's 400) throws JiraError with Jira's message. */
export async function transitionIssue(accountId, key, transitionId) {
  await jira(accountId, `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { method: 'POST', body: JSON.stringify({ transition: { id: transitionId } }) });
}

/** The issue's comments, oldest first (GET /rest/api/3/issue/{key}/comment). */
export async function loadComments(accountId, key) {
  const body = await jira(accountId, `/rest/api/3/issue/${encodeURIComponent(key)}/comment?orderBy=created&maxResults=100`);
  return body?.comments ?? [];
}
