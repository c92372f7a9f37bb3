import type { AcceptanceRecord } from '../domain/acceptance/types';
import type { Decision } from '../domain/decisions/types';
import type { EngagementPolicy, PolicyChange, PolicyProposal, UnconfirmedChanges } from '../domain/policy/types';
import type { Board, ChangelogEntry, Issue, PersonRef, Sprint, StatusCategory, Version } from '../domain/types';
import type { NewIssue } from '../domain/effects/types';

/** Jira project permissions the app checks before acting for someone. */
export type ProjectPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS' | 'TRANSITION_ISSUES' | 'ADD_COMMENTS';

export type PermissionTarget = { issueKey: string } | { projectKey: string };

/** Asks Jira (as the app) what a given person may do; the browser's word is never taken. */
export interface PermissionPort {
  has(accountId: string, permission: ProjectPermission, target: PermissionTarget): Promise<boolean>;
}

export interface IssueWithSprint extends Issue {
  /** Name of the issue's most recent sprint, if any. */
  sprintName: string | null;
}

export interface ProjectInfo {
  id: string;
  key: string;
  name: string;
}

export interface EstimationField {
  fieldId: string;
  displayName: string;
}

/** The board's configuration as the metrics read it: its estimation field and its columns, left to right. */
export interface BoardSetup {
  estimationField: EstimationField | null;
  columns: { name: string; statusIds: string[] }[];
}

/** A Jira group: its id (what the settings store; names can change) and its name. */
export interface GroupRef {
  groupId: string;
  name: string;
}

/** A project role: its id (a number as text) and its name. */
export interface ProjectRoleRef {
  id: string;
  name: string;
}

/** Who acts in a project role in one project: people, and groups whose members do. */
export interface RoleActors {
  accountIds: string[];
  groupIds: string[];
}

/** Where this site keeps the fields whose ids vary per site; null where the site has none. */
export interface SiteFieldIds {
  storyPoints: string | null;
  sprint: string | null;
  flagged: string | null;
}

/**
 * Which fields a search or changelog fetch reads. Without it the site's fields are looked up (one
 * request, cached a while); the health snapshot passes the ids it stored, with the board's estimation
 * field as story points, so a refresh with nothing changed makes no such request.
 */
export interface FieldChoice {
  fieldIds?: SiteFieldIds;
}

/** An issue the app created. */
export interface CreatedIssue {
  issueId: string;
  issueKey: string;
}

/** The Jira reads the use cases need, already mapped to domain types. */
export interface JiraPort {
  getIssue(issueKey: string): Promise<IssueWithSprint>;
  getProject(projectKey: string): Promise<ProjectInfo>;
  /** The project's Scrum board (the first one if there are several), or null. */
  findBoard(projectKey: string): Promise<Board | null>;
  getEstimationField(boardId: number): Promise<EstimationField | null>;
  /** The board's estimation field and columns (one request). */
  getBoardSetup(boardId: number): Promise<BoardSetup>;
  /** The site's field ids (story points found by type or name; the board's estimation field is the one to count with). */
  siteFieldIds(): Promise<SiteFieldIds>;
  /** The board's sprints in the board's order; `from` skips the first ones (those the caller already has). */
  listSprints(boardId: number, options?: { from?: number }): Promise<Sprint[]>;
  /** Every issue matching the JQL, all pages. */
  searchIssues(jql: string, choice?: FieldChoice): Promise<Issue[]>;
  /** Every status of the project's workflows, once per id; two statuses can share a name, so compare ids (names are for display). */
  getProjectStatuses(projectKey: string): Promise<{ id: string; name: string; category: StatusCategory }[]>;
  listVersions(projectKey: string): Promise<Version[]>;
  /** Histories of the fields the metrics and the blocker rule read (status, sprint, story points, flagged, fix versions, links), all issues in bulk. */
  fetchChangelogs(issueIds: readonly string[], choice?: FieldChoice): Promise<ChangelogEntry[]>;
  /**
   * The accounts with these ids, one bulk lookup (as Jira's: unknown ids are left out; deactivated
   * accounts come with `active: false`, apps and customers with their `accountType`).
   */
  getPeople(accountIds: readonly string[]): Promise<PersonRef[]>;
  /** Active human Jira users matching a name or email fragment. */
  searchPeople(query: string): Promise<PersonRef[]>;
  /** The groups with these ids, one bulk lookup (unknown ids are left out). */
  getGroups(groupIds: readonly string[]): Promise<GroupRef[]>;
  /** The site's groups by name, the first `max` of them, and how many the site has; null when Jira refuses the app the list. */
  listGroups(max: number): Promise<{ groups: GroupRef[]; total: number } | null>;
  /** A group's active human members, at most `limit` (`complete`: all of them); null when the group does not exist. */
  getGroupMembers(groupId: string, limit: number): Promise<{ members: PersonRef[]; complete: boolean } | null>;
  /** The project's roles (Jira's list of roles is the site's; their actors are the project's); null when Jira refuses the app the list. */
  getProjectRoles(projectKey: string): Promise<ProjectRoleRef[] | null>;
  /** Who acts in the role in the project, inactive people left out; null when the project has no such role. */
  getRoleActors(projectKey: string, roleId: string): Promise<RoleActors | null>;
  getIssueProperty(issueKey: string, propertyKey: string): Promise<unknown>;
  setIssueProperty(issueKey: string, propertyKey: string, value: unknown): Promise<void>;
  /** Posts a comment (Atlassian Document Format) as the app; one made for an outbox effect is marked with its id. */
  addComment(issueKey: string, body: unknown, options?: { effectId?: string }): Promise<{ commentId: string | null }>;
  /** Whether a comment made since `since` carries the effect's mark (a comment property): the look before a comment is sent again. */
  hasEffectComment(issueKey: string, effectId: string, since: number): Promise<boolean>;
  /** Creates an issue as the app, marked with the issue property naming the outbox effect it is made for. */
  createIssue(fields: NewIssue & { projectKey: string }, options: { effectId: string }): Promise<CreatedIssue>;
  /** The project's issue marked as made for the effect (JQL on the property's search alias), or null: the look before a create is sent again. */
  findEffectIssue(projectKey: string, effectId: string): Promise<CreatedIssue | null>;
  /**
   * Moves the issue to the status with this id if a transition leads there (a name, as settings saved before ids
   * hold, only when exactly one status reachable has it); false when none does.
   */
  transitionToStatus(issueKey: string, status: string): Promise<boolean>;
  /** One entity property of every issue the JQL matches (null where unset), in one paged search. */
  searchIssueProperty(jql: string, propertyKey: string): Promise<{ issueId: string; issueKey: string; value: unknown }[]>;
  /** The site's address (e.g. https://acme.atlassian.net), for links in what the app posts; null when Jira does not say. */
  siteBaseUrl(): Promise<string | null>;
}

/** Work handed to Forge's async events: each project's health refresh runs in its own consumer invocation. */
export interface HealthQueue {
  push(requests: readonly { projectKey: string; full?: boolean; checkBoard?: boolean }[]): Promise<void>;
}

/** Escalation scans handed to Forge's async events: one project per event; a run that stopped on its budget queues its own continuation. */
export interface EscalationQueue {
  push(requests: readonly { projectKey: string }[], options?: { delayInSeconds?: number }): Promise<void>;
}

/** App storage: the trusted records (Forge KVS in Jira, a file-backed twin locally). */
export interface AppStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  /** Writes only when the key is new; false when someone else wrote it first. */
  create<T>(key: string, value: T): Promise<boolean>;
  /** Every entry whose key starts with the prefix. */
  list<T>(prefix: string): Promise<{ key: string; value: T }[]>;
  /** Removes the key (nothing happens when it is absent). */
  delete(key: string): Promise<void>;
}

/** The trusted decision records, queryable by project, issue, and status with due time. */
export interface DecisionStore {
  get(projectKey: string, id: string): Promise<Decision | undefined>;
  listByProject(projectKey: string): Promise<Decision[]>;
  listByIssue(projectKey: string, issueId: string): Promise<Decision[]>;
  /** Pending decisions of the project, earliest due first (no SLA last). */
  listPending(projectKey: string): Promise<Decision[]>;
  /** Stores a new decision; false when its id is taken. */
  insert(decision: Decision): Promise<boolean>;
  /**
   * Writes all of them or none: each only if the stored version is still
   * `version - 1`. False when someone else wrote first; nothing is changed then.
   */
  replace(...decisions: Decision[]): Promise<boolean>;
}

export interface StoredPolicy {
  /** The policy in force: what decisions, acceptance and the workflow validator read. */
  policy: EngagementPolicy;
  /** 0 = never saved (defaults). */
  version: number;
  /** Newest last; capped so the record stays well under the storage value limit. */
  history: PolicyChange[];
  /** Changes that weaken the client's control, waiting for the client sponsor (domain/policy/proposals.ts); absent when none. */
  pending?: PolicyProposal;
  /** Such changes applied without the client's confirmation (no client sponsor could confirm them); absent when none. */
  unconfirmed?: UnconfirmedChanges;
}

export interface PolicyStore {
  get(projectKey: string): Promise<StoredPolicy | undefined>;
  /** Saves only if the stored version is still `record.version - 1`; false otherwise. */
  save(projectKey: string, record: StoredPolicy): Promise<boolean>;
}

/** The trusted acceptance records, one per issue. */
export interface AcceptanceStore {
  get(projectKey: string, issueId: string): Promise<AcceptanceRecord | undefined>;
  listByProject(projectKey: string): Promise<AcceptanceRecord[]>;
  /** Writes only if the stored version is still `record.version - 1` (absent for version 1); false otherwise. */
  save(record: AcceptanceRecord): Promise<boolean>;
}
