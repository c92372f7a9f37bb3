import type { SandboxIssue, SandboxIssueType, SandboxProject, SandboxSprint, SandboxStatus, SandboxVersion, StatusCategoryKey } from '../model';
import { isoDate } from '../dates';
import type { Store } from '../store';

/** Jira's fixed status categories. */
export const STATUS_CATEGORIES: Record<StatusCategoryKey, { id: number; name: string; colorName: string }> = {
  new: { id: 2, name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, name: 'Done', colorName: 'green' },
};

export function issueSelf(store: Store, issue: SandboxIssue): string {
  return `${store.baseUrl}/rest/api/3/issue/${issue.id}`;
}

const PRIORITY_IDS: Record<string, string> = { Highest: '1', High: '2', Medium: '3', Low: '4', Lowest: '5' };

/** An issue's priority as Jira renders it, by name ("High"). */
export function priorityJson(store: Store, name: string): Record<string, unknown> {
  const id = PRIORITY_IDS[name] ?? '3';
  return { self: `${store.baseUrl}/rest/api/3/priority/${id}`, iconUrl: `${store.baseUrl}/images/icons/priorities/${name.toLowerCase()}.svg`, name, id };
}

export function statusCategoryJson(store: Store, key: StatusCategoryKey): Record<string, unknown> {
  const c = STATUS_CATEGORIES[key];
  return { self: `${store.baseUrl}/rest/api/3/statuscategory/${c.id}`, id: c.id, key, colorName: c.colorName, name: c.name };
}

export function statusJson(store: Store, status: SandboxStatus): Record<string, unknown> {
  return {
    self: `${store.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${store.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: statusCategoryJson(store, status.categoryKey),
  };
}

export function issueTypeJson(store: Store, type: SandboxIssueType): Record<string, unknown> {
  return {
    self: `${store.baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: '',
    iconUrl: `${store.baseUrl}/images/icons/issuetypes/${type.name.toLowerCase()}.svg`,
    name: type.name,
    subtask: type.subtask,
    hierarchyLevel: type.subtask ? -1 : type.name === 'Epic' ? 1 : 0,
  };
}

export function projectAvatarUrls(store: Store, project: SandboxProject): Record<string, string> {
  const url = (size: string) => `${store.baseUrl}/secure/projectavatar?size=${size}&pid=${project.id}`;
  return { '16x16': url('xsmall'), '24x24': url('small'), '32x32': url('medium'), '48x48': url('large') };
}

/** The short project object inside issue fields. */
export function projectRefJson(store: Store, project: SandboxProject): Record<string, unknown> {
  return {
    self: `${store.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: projectAvatarUrls(store, project),
  };
}

/** Jira's Version object (GET project versions, fixVersions field). */
export function versionJson(store: Store, v: SandboxVersion): Record<string, unknown> {
  const out: Record<string, unknown> = {
    self: `${store.baseUrl}/rest/api/3/version/${v.id}`,
    id: v.id,
    name: v.name,
    archived: v.archived,
    released: v.released,
    projectId: Number(v.projectId),
  };
  if (v.description !== undefined) out.description = v.description;
  if (v.startDate) out.startDate = v.startDate;
  if (v.releaseDate) out.releaseDate = v.releaseDate;
  return out;
}

/** A sprint as it appears in the Sprint custom field of an issue. */
export function sprintFieldJson(s: SandboxSprint): Record<string, unknown> {
  const out: Record<string, unknown> = { id: s.id, name: s.name, state: s.state, boardId: s.boardId, goal: s.goal ?? '' };
  if (s.startDate) out.startDate = isoDate(s.startDate);
  if (s.endDate) out.endDate = isoDate(s.endDate);
  if (s.completeDate) out.completeDate = isoDate(s.completeDate);
  return out;
}

/** A sprint as the Agile API returns it (SprintBean). */
export function sprintAgileJson(store: Store, s: SandboxSprint): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: s.id,
    self: `${store.baseUrl}/rest/agile/1.0/sprint/${s.id}`,
    state: s.state,
    name: s.name,
  };
  if (s.startDate) out.startDate = isoDate(s.startDate);
  if (s.endDate) out.endDate = isoDate(s.endDate);
  if (s.completeDate) out.completeDate = isoDate(s.completeDate);
  if (s.createdDate) out.createdDate = isoDate(s.createdDate);
  out.originBoardId = s.boardId;
  if (s.goal !== undefined) out.goal = s.goal;
  return out;
}
