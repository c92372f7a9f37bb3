/**
 * Jira's JSON as the operations return it: only the parts this app reads, named
 * after the spec's schemas. Nothing here is validated — Jira omits and nulls
 * freely — so everything optional is optional, and the mappers read defensively.
 */

export interface JiraUserJson {
  accountId: string;
  accountType?: string;
  displayName?: string;
  emailAddress?: string;
  active?: boolean;
  timeZone?: string;
}

export interface JiraIssueJson {
  id: string;
  key: string;
  /** Field id → value; only the fields asked for. */
  fields?: Record<string, unknown>;
  /** Entity property key → value; only the properties asked for. */
  properties?: Record<string, unknown>;
}

export interface SearchJqlPageJson {
  issues?: JiraIssueJson[];
  nextPageToken?: string | null;
  isLast?: boolean;
}

export interface ChangeItemJson {
  field?: string;
  fieldId?: string;
  fieldtype?: string;
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  toString?: string | null;
}

export interface ChangeHistoryJson {
  id?: string;
  author?: Partial<JiraUserJson>;
  /** ISO string in Jira's format — or a number in Atlassian's own example. */
  created?: string | number;
  items?: ChangeItemJson[];
}

export interface BulkChangelogPageJson {
  issueChangeLogs?: { issueId?: string; changeHistories?: ChangeHistoryJson[] }[];
  nextPageToken?: string | null;
}

export interface CommentJson {
  id: string;
  author?: Partial<JiraUserJson>;
  /** Atlassian Document Format. */
  body?: unknown;
  created?: string;
  updated?: string;
}

export interface StatusJson {
  id: string;
  name: string;
  statusCategory?: { id?: number; key?: string; name?: string };
}

export interface TransitionJson {
  id: string;
  name: string;
  to?: StatusJson;
  hasScreen?: boolean;
  isAvailable?: boolean;
  isConditional?: boolean;
}

export interface ProjectJson {
  id: string;
  key: string;
  name: string;
  projectTypeKey?: string;
  simplified?: boolean;
  style?: string;
  lead?: Partial<JiraUserJson>;
  /** The project's issue types (Jira lists them by default). */
  issueTypes?: { id?: unknown; name?: unknown; subtask?: unknown; hierarchyLevel?: unknown }[];
}

export interface VersionJson {
  id: string;
  name: string;
  projectId?: number;
  released?: boolean;
  archived?: boolean;
  /** "yyyy-MM-dd" (or epoch ms in the spec's example). */
  releaseDate?: string | number;
  startDate?: string | number;
}

/** One issue type of a project with the statuses its workflow uses. */
export interface IssueTypeStatusesJson {
  id: string;
  name: string;
  subtask?: boolean;
  statuses?: StatusJson[];
}

export interface FieldJson {
  id: string;
  key?: string;
  name: string;
  custom?: boolean;
  clauseNames?: string[];
  schema?: { type?: string; items?: string; custom?: string; customId?: number; system?: string };
}

export interface BoardJson {
  id: number;
  name: string;
  type: string;
  location?: { projectId?: number; projectKey?: string; projectName?: string; displayName?: string };
}

export interface BoardConfigurationJson {
  id: number;
  name?: string;
  type?: string;
  location?: { id?: string | number; key?: string; type?: string };
  estimation?: { type?: string; field?: { fieldId?: string; displayName?: string } };
  columnConfig?: { columns?: { name: string; statuses?: { id: string }[] }[] };
  filter?: { id?: string };
}

export interface SprintJson {
  id: number;
  name: string;
  state: string;
  goal?: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  createdDate?: string;
  originBoardId?: number;
}

/** Answer of POST /rest/api/3/permissions/check. */
export interface BulkPermissionGrantsJson {
  globalPermissions?: string[];
  projectPermissions?: { permission: string; projects?: number[]; issues?: number[] }[];
}

/** Answer of GET /rest/api/3/mypermissions. */
export interface MyPermissionsJson {
  permissions?: Record<string, { key?: string; havePermission?: boolean }>;
}

/** GroupDetails (group/bulk) and FoundGroup (groups/picker): a group by its id and name. */
export interface GroupJson {
  groupId?: string | null;
  name?: string;
}

export interface FoundGroupsJson {
  groups?: GroupJson[];
  header?: string;
  total?: number;
}

/** RoleActor: a user (actorUser.accountId) or a group (actorGroup.groupId) acting in a project role. */
export interface RoleActorJson {
  type?: string;
  displayName?: string;
  actorUser?: { accountId?: string };
  actorGroup?: { groupId?: string; name?: string; displayName?: string };
}

/** ProjectRole: a role of a project with its actors there. */
export interface ProjectRoleJson {
  id?: number;
  name?: string;
  actors?: RoleActorJson[];
}
