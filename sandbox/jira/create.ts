/** POST /issue: a new issue from `fields` (and entity properties from `properties`), as Jira Cloud creates one. */
import { isAdfDoc } from './adf';
import { type Caller, hasProjectPermission } from './auth';
import { badRequest, fieldErrors, JiraHttpError } from './errors';
import type { SandboxIssue, SandboxProject } from './model';
import { actorId } from './mutations';
import type { Store } from './store';

const MAX_PROPERTY_KEY = 255;
const MAX_PROPERTY_VALUE = 32768;
const SUMMARY_MAX = 255;
const SETTABLE = new Set(['project', 'issuetype', 'summary', 'description', 'assignee', 'duedate', 'labels', 'priority']);
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];

type Ref = { id?: unknown; key?: unknown; name?: unknown; accountId?: unknown } | null | undefined;

/** A real calendar day written "YYYY-MM-DD". */
function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** Jira's `properties: [{key, value}]`; refused like Jira refuses an entity property it cannot store. */
function issueProperties(raw: unknown): Record<string, unknown> {
  if (raw === undefined) return {};
  if (!Array.isArray(raw)) throw badRequest("'properties' must be a list of {key, value}.");
  const out: Record<string, unknown> = {};
  for (const p of raw as { key?: unknown; value?: unknown }[]) {
    if (typeof p?.key !== 'string' || p.key.length === 0 || p.key.length > MAX_PROPERTY_KEY) throw badRequest(`The property key must be 1 to ${MAX_PROPERTY_KEY} characters.`);
    if (p.value === undefined || JSON.stringify(p.value).length > MAX_PROPERTY_VALUE) throw badRequest(`The property value cannot be empty or longer than ${MAX_PROPERTY_VALUE} characters.`);
    out[p.key] = p.value;
  }
  return out;
}

/** The project a create names, visible to the caller; a field error otherwise. */
function projectOf(store: Store, caller: Caller, ref: Ref): SandboxProject | undefined {
  const wanted = typeof ref?.key === 'string' ? ref.key : typeof ref?.id === 'string' ? ref.id : undefined;
  const project = wanted === undefined ? undefined : store.project(wanted);
  return project && hasProjectPermission(caller, project, 'BROWSE_PROJECTS') ? project : undefined;
}

/** Validates and applies a create; the new issue is added to the data (the caller reports the change). */
export function createIssue(store: Store, caller: Caller, now: number, body: unknown): SandboxIssue {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Request body is missing or is not a JSON object.');
  const { fields, properties } = body as { fields?: Record<string, unknown>; properties?: unknown };
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw badRequest('Invalid request payload. Refer to the REST API documentation and try again.');
  const errors: Record<string, string> = {};
  for (const id of Object.keys(fields)) if (!SETTABLE.has(id)) errors[id] = `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;

  const project = projectOf(store, caller, fields.project as Ref);
  if (!project) errors.project = 'Specify a valid project ID or key';
  const typeRef = fields.issuetype as Ref;
  const issueType = store.data.issueTypes.find((t) => (typeof typeRef?.id === 'string' && t.id === typeRef.id) || (typeof typeRef?.name === 'string' && t.name.toLowerCase() === typeRef.name.toLowerCase()));
  if (!typeRef) errors.issuetype = 'Specify an issue type';
  else if (!issueType || issueType.subtask) errors.issuetype = 'The issue type selected is invalid.';
  const summary = fields.summary;
  if (typeof summary !== 'string' || summary.trim() === '') errors.summary = 'You must specify a summary of the issue.';
  else if (summary.length > SUMMARY_MAX) errors.summary = `Summary must be less than ${SUMMARY_MAX} characters.`;
  if (fields.description !== undefined && fields.description !== null && !isAdfDoc(fields.description)) errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
  const assigneeRef = fields.assignee as Ref;
  const assigneeId = typeof assigneeRef?.accountId === 'string' ? assigneeRef.accountId : typeof assigneeRef?.id === 'string' ? assigneeRef.id : null;
  const assignee = assigneeId === null ? undefined : store.user(assigneeId);
  if (assigneeRef && (!assignee || !assignee.active || (project && !hasProjectPermission({ kind: 'user', user: assignee }, project, 'BROWSE_PROJECTS')))) errors.assignee = `User '${String(assigneeId)}' cannot be assigned issues.`;
  if (fields.duedate !== undefined && fields.duedate !== null && !isDay(fields.duedate)) errors.duedate = `Error parsing date string: ${String(fields.duedate)}`;
  const labels = fields.labels ?? [];
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || /\s/.test(l) || l === '')) errors.labels = 'Labels must be a list of words without spaces.';
  const priorityName = (fields.priority as Ref)?.name;
  if (fields.priority !== undefined && !PRIORITIES.includes(String(priorityName))) errors.priority = 'The priority selected is invalid.';
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  if (!hasProjectPermission(caller, project, 'CREATE_ISSUES')) throw new JiraHttpError(400, [], { project: 'You do not have permission to create issues in this project.' });
  const props = issueProperties(properties);

  const status = store.data.statuses.find((s) => s.categoryKey === 'new') ?? store.data.statuses[0]!;
  const created = new Date(now).toISOString();
  const issue: SandboxIssue = {
    id: store.nextIssueId(),
    key: store.nextIssueKey(project!),
    projectId: project!.id,
    fields: {
      summary: summary as string,
      ...(fields.description ? { description: fields.description } : {}),
      issueTypeId: issueType!.id,
      statusId: status.id,
      ...(fields.priority !== undefined ? { priority: String(priorityName) } : {}),
      created,
      updated: created,
      resolutionDate: null,
      labels: [...new Set(labels as string[])],
      assigneeId: assignee?.accountId ?? null,
      reporterId: actorId(caller),
      fixVersionIds: [],
      sprintIds: [],
      storyPoints: null,
      flagged: false,
      dueDate: typeof fields.duedate === 'string' ? fields.duedate : null,
    },
    properties: props,
    comments: [],
    changelog: [],
  };
  store.data.issues.push(issue);
  store.refresh();
  return issue;
}
