/**
 * The data the sandbox Jira service serves, as it is kept in its data file.
 * Shapes follow Jira Cloud's own where that is cheap (ids as strings, ISO dates),
 * so the HTTP layer mostly projects fields rather than inventing them.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** Roles from PRODUCT.md; `developer` is a delivery-team member without a special role; `guest` has no part in the engagement. */
export type EngagementRole =
  | 'client-product-owner'
  | 'client-decision-maker'
  | 'client-sponsor'
  | 'delivery-tech-lead'
  | 'delivery-sponsor'
  | 'developer'
  | 'project-admin'
  | 'guest';

export type Team = 'client' | 'delivery';

export interface SandboxUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  timeZone: string; // IANA, e.g. "America/New_York"
  team: Team;
  role: EngagementRole;
  active: boolean;
}

/** Jira permission keys the sandbox knows (subset of Jira's). */
export type PermissionKey =
  | 'BROWSE_PROJECTS'
  | 'CREATE_ISSUES'
  | 'EDIT_ISSUES'
  | 'TRANSITION_ISSUES'
  | 'ADD_COMMENTS'
  | 'ADMINISTER_PROJECTS'
  | 'ASSIGN_ISSUES'
  | 'RESOLVE_ISSUES'
  | 'SCHEDULE_ISSUES'
  | 'LINK_ISSUES'
  | 'MANAGE_SPRINTS_PERMISSION';

export interface SandboxProject {
  id: string;
  key: string;
  name: string;
  leadAccountId: string;
  /** Project permissions per accountId. Global admins are not modelled. */
  permissions: Record<string, PermissionKey[]>;
  /** Who acts in each project role here, by role id (routes/projectRoles.ts); absent in data written before the sandbox had roles. */
  roleActors?: Record<string, SandboxRoleActors>;
}

/** A site group (Jira's groups are the site's, not a project's). */
export interface SandboxGroup {
  /** A UUID, as Jira Cloud's group ids. */
  groupId: string;
  name: string;
  memberIds: string[];
}

/** A project role of the site: Jira's list of roles is shared by every project, their actors are per project. */
export interface SandboxProjectRole {
  id: string;
  name: string;
  description: string;
}

/** A role's actors in one project: people, and groups whose members act in it. */
export interface SandboxRoleActors {
  accountIds: string[];
  groupIds: string[];
}

export interface SandboxStatus {
  id: string;
  name: string;
  categoryKey: StatusCategoryKey;
}

export interface SandboxIssueType {
  id: string;
  name: string; // "Story" | "Task" | "Bug" | "Epic"
  subtask: boolean;
}

export interface SandboxTransition {
  id: string;
  name: string;
  toStatusId: string;
}

export interface SandboxBoard {
  id: number;
  name: string;
  type: 'scrum' | 'kanban';
  projectKey: string;
  /** Board configuration: the estimation field (story points custom field id). */
  estimationFieldId: string;
  /** Board columns, each mapped to status ids, left to right. */
  columns: { name: string; statusIds: string[] }[];
}

export interface SandboxSprint {
  id: number;
  boardId: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  goal?: string;
  createdDate: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
}

export interface SandboxVersion {
  id: string;
  projectId: string;
  name: string;
  description?: string;
  released: boolean;
  archived: boolean;
  startDate?: string; // yyyy-mm-dd
  releaseDate?: string; // yyyy-mm-dd
}

export interface SandboxComment {
  id: string;
  authorId: string;
  /** Atlassian Document Format document. */
  body: unknown;
  created: string;
  updated: string;
  /** Comment entity properties (set on create with `properties`). */
  properties?: Record<string, unknown>;
}

export interface SandboxChangeItem {
  field: string; // "status", "Sprint", "Story Points", "Flagged", "Fix Version", "assignee", "Link"
  fieldtype: 'jira' | 'custom';
  fieldId: string; // "status", "customfield_10020", "issuelinks", ...
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface SandboxHistory {
  id: string;
  authorId: string;
  created: string; // ISO
  items: SandboxChangeItem[];
}

export interface SandboxIssueFields {
  summary: string;
  description?: unknown; // ADF
  issueTypeId: string;
  statusId: string;
  priority?: string; // "High" | "Medium" | "Low"
  created: string;
  updated: string;
  resolutionDate: string | null;
  labels: string[];
  assigneeId: string | null;
  reporterId: string;
  fixVersionIds: string[];
  /** All sprints the issue has been in, oldest first (Jira's Sprint field). */
  sprintIds: number[];
  storyPoints: number | null;
  flagged: boolean;
  /** Jira's Due date, "YYYY-MM-DD"; absent in data written before the sandbox had it. */
  dueDate?: string | null;
}

export interface SandboxIssue {
  id: string;
  key: string;
  projectId: string;
  fields: SandboxIssueFields;
  /** Entity properties by property key. */
  properties: Record<string, unknown>;
  comments: SandboxComment[];
  /** Changelog histories, oldest first. */
  changelog: SandboxHistory[];
}

/**
 * A link between two issues, as Jira's issue link resource names its ends: `inwardIssueId` is the
 * issue the type's outward words describe ("ENG-5 blocks ENG-7": ENG-5), `outwardIssueId` the one
 * its inward words describe ("ENG-7 is blocked by ENG-5": ENG-7). Types: see issueLinks.ts.
 */
export interface SandboxIssueLink {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

export interface SandboxSite {
  baseUrl: string; // what self links are built from, e.g. http://localhost:4300
  storyPointsFieldId: string; // "customfield_10016"
  sprintFieldId: string; // "customfield_10020"
  flaggedFieldId: string; // "customfield_10021"
}

export interface SandboxData {
  site: SandboxSite;
  users: SandboxUser[];
  projects: SandboxProject[];
  statuses: SandboxStatus[];
  issueTypes: SandboxIssueType[];
  /** Workflow: every transition is available from every status (a simplified Jira workflow). */
  transitions: SandboxTransition[];
  boards: SandboxBoard[];
  sprints: SandboxSprint[];
  versions: SandboxVersion[];
  issues: SandboxIssue[];
  /** Site groups and project roles; absent in data written before the sandbox had them. */
  groups?: SandboxGroup[];
  projectRoles?: SandboxProjectRole[];
  /** Issue links; absent in data written before the sandbox had them. */
  issueLinks?: SandboxIssueLink[];
  /** Counters for ids the service hands out (comments, histories, issues, links; `link` absent in older data). */
  sequences: { comment: number; history: number; issue: number; link?: number };
}
