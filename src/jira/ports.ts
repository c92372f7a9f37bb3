import type { GroupRef, JiraPort, PermissionPort, ProjectPermission, PermissionTarget } from '../app/ports';
import { createJiraClient } from './client';
import { isInvalidRequest, isNotFound, isPermissionDenied, isUnauthorized, JiraError } from './errors';
import { discoverFieldIds } from './fieldIds';
import { issueSprintRefs, mapAccount, mapBoard, mapPerson, mapVersion, mapIssue, mapIssues, mapProjectStatuses, mapSprints, readBoardColumns, readEstimationField, type IssueFieldIds } from './mappers';
import { checkPermissions, isGranted } from './operations/checkPermissions';
import { getBoardConfiguration } from './operations/getBoardConfiguration';
import { getBoards } from './operations/getBoards';
import { getBoardSprints } from './operations/getBoardSprints';
import { getFields } from './operations/getFields';
import { getIssue } from './operations/getIssue';
import { getProject } from './operations/getProject';
import { getServerInfo } from './operations/getServerInfo';
import { getProjectStatuses } from './operations/getProjectStatuses';
import { getProjectVersions } from './operations/getProjectVersions';
import { fetchChangelogEntries } from './operations/bulkFetchChangelogs';
import { searchAllIssues } from './operations/searchIssues';
import { bulkGetUsers } from './operations/bulkGetUsers';
import { searchUsers } from './operations/searchUsers';
import { bulkGetGroups } from './operations/bulkGetGroups';
import { findGroups } from './operations/findGroups';
import { groupMembers } from './operations/getGroupMembers';
import { getProjectRole } from './operations/getProjectRole';
import { getProjectRoles } from './operations/getProjectRoles';
import type { GroupJson, ProjectJson } from './jsonTypes';
import { getIssueProperty } from './operations/getIssueProperty';
import { setIssueProperty } from './operations/setIssueProperty';
import { addComment, type AdfDocument } from './operations/addComment';
import { createIssue } from './operations/createIssue';
import { getCommentProperty } from './operations/getCommentProperty';
import { commentsSince } from './operations/getComments';
import { EFFECT_COMMENT_PROPERTY, EFFECT_ISSUE_PROPERTY, EFFECT_ISSUE_SEARCH_ALIAS } from '../domain/effects/types';
import { jqlString } from '../app/jql';
import { getTransitions } from './operations/getTransitions';
import { transitionIssue } from './operations/transitionIssue';
import type { RequestJira } from './transport';
import { mayHoldRole } from '../domain/policy/accountIds';
import type { PersonRef } from '../domain/types';

/** The fields every mapped issue needs; asking for fewer keeps search pages large. `issuelinks`: what blocks the issue. */
const BASE_FIELDS = ['summary', 'issuetype', 'status', 'created', 'updated', 'resolutiondate', 'labels', 'assignee', 'reporter', 'fixVersions', 'project', 'issuelinks'];
/**
 * The histories the metrics and the blocker rule read (bulkfetch takes at most 10 field ids).
 * `issuelinks`: link items (Jira names them "Link"; whether bulkfetch files them under this id on
 * a real site is to be confirmed: without them a link counts from the issue's creation).
 */
const CHANGELOG_FIELDS = ['status', 'fixVersions', 'issuelinks'];
const FIELD_IDS_TTL_MS = 10 * 60_000;
/** Jira's clock and ours may differ a little; a marked comment is looked for from a minute before its effect. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Field ids and project ids do not change under a running app; caching them saves a call per resolver.
 * One Forge function instance serves many sites, so the cache is kept per site (the invocation's
 * installContext): a project id or field id of one site must never answer for another.
 */
interface SiteCache {
  fieldIds?: { value: Promise<IssueFieldIds>; at: number };
  projectIds: Map<string, Promise<string>>;
  baseUrl?: Promise<string | null>;
}
const caches = new WeakMap<RequestJira, Map<string, SiteCache>>();

function siteCache(request: RequestJira, site: string | undefined): SiteCache {
  if (site === undefined) return { projectIds: new Map() };
  let bySite = caches.get(request);
  if (!bySite) caches.set(request, (bySite = new Map()));
  let cache = bySite.get(site);
  if (!cache) bySite.set(site, (cache = { projectIds: new Map() }));
  return cache;
}

/** A read that found nothing (404) as null; any other failure stays a failure. */
const absentAsNull = (error: unknown): null => {
  if (isNotFound(error)) return null;
  throw error;
};

/** A group as Jira answers it, or null without an id (Jira's older groups could lack one). */
const mapGroup = (json: GroupJson): GroupRef | null => (typeof json.groupId === 'string' && json.groupId !== '' ? { groupId: json.groupId, name: typeof json.name === 'string' ? json.name : json.groupId } : null);

/** A list Jira refuses the app (401, 403: a permission the site did not grant) as null; any other failure stays a failure. */
const refusedAsNull = (error: unknown): null => {
  if (isPermissionDenied(error) || isUnauthorized(error)) return null;
  throw error;
};

/**
 * The id of the issue type to create: the project's type of that name (not a sub-task), else its
 * first standard type (a project without "Task" still gets its calibration call); undefined when
 * Jira lists none, so the name is sent as it is.
 */
export function creatableTypeId(project: ProjectJson, name: string): string | undefined {
  const types = (project.issueTypes ?? []).filter((t) => typeof t.id === 'string' && typeof t.name === 'string' && t.subtask !== true);
  const named = types.find((t) => (t.name as string).trim().toLowerCase() === name.trim().toLowerCase());
  const standard = types.find((t) => t.hierarchyLevel === 0 || t.hierarchyLevel === undefined);
  return ((named ?? standard)?.id as string | undefined) ?? undefined;
}

/** The optional fields a refused create names (Jira's `errors` by field: "duedate: Field 'duedate' cannot be set…"). */
function refusedOptionalFields(error: unknown): ('duedate' | 'assignee')[] {
  if (!isInvalidRequest(error)) return [];
  const messages = (error as JiraError).messages;
  return (['duedate', 'assignee'] as const).filter((field) => messages.some((m) => m.startsWith(`${field}: `)));
}

/** `site` is the trusted installContext of the invocation; without it nothing is cached across calls. */
export function createJiraPorts(request: RequestJira, options: { site?: string; now?: () => number } = {}): { jira: JiraPort; permissions: PermissionPort } {
  const now = options.now ?? Date.now;
  const client = createJiraClient(request);
  const site = siteCache(request, options.site);

  const fieldIds = (): Promise<IssueFieldIds> => {
    if (!site.fieldIds || now() - site.fieldIds.at > FIELD_IDS_TTL_MS) {
      const value = getFields(client).then((fields) => discoverFieldIds(fields));
      value.catch(() => (site.fieldIds = undefined));
      site.fieldIds = { value, at: now() };
    }
    return site.fieldIds.value;
  };
  const issueFields = (ids: IssueFieldIds) => [...BASE_FIELDS, ids.storyPoints, ids.sprint, ids.flagged].filter((f): f is string => f !== null);
  const projectId = (key: string): Promise<string> => {
    let id = site.projectIds.get(key);
    if (!id) {
      id = getProject(client, key).then((p) => p.id);
      id.catch(() => site.projectIds.delete(key));
      site.projectIds.set(key, id);
    }
    return id;
  };

  const jira: JiraPort = {
    async getIssue(issueKey) {
      const ids = await fieldIds();
      const json = await getIssue(client, issueKey, { fields: issueFields(ids) });
      const sprints = ids.sprint ? issueSprintRefs((json.fields as Record<string, unknown> | undefined)?.[ids.sprint]) : [];
      return { ...mapIssue(json, ids), sprintName: sprints.at(-1)?.name ?? null };
    },
    async getProject(projectKey) {
      const project = await getProject(client, projectKey);
      return { id: project.id, key: project.key, name: project.name };
    },
    async findBoard(projectKey) {
      // A site without Jira Software has no agile API: its board list answers 404, which means no board
      // (the callers have checked that the project itself can be seen).
      const boards = await getBoards(client, projectKey, { type: 'scrum' }).catch((error: unknown) => {
        if (isNotFound(error)) return [];
        throw error;
      });
      return boards.length > 0 ? mapBoard(boards[0]) : null;
    },
    async getEstimationField(boardId) {
      return readEstimationField(await getBoardConfiguration(client, boardId));
    },
    async getBoardSetup(boardId) {
      const configuration = await getBoardConfiguration(client, boardId);
      return { estimationField: readEstimationField(configuration), columns: readBoardColumns(configuration) };
    },
    siteFieldIds: () => fieldIds(),
    async listSprints(boardId, options = {}) {
      return mapSprints(await getBoardSprints(client, boardId, undefined, options.from ?? 0), boardId);
    },
    async searchIssues(jql, choice = {}) {
      const ids = choice.fieldIds ?? (await fieldIds());
      return mapIssues(await searchAllIssues(client, { jql, fields: issueFields(ids) }), ids);
    },
    async getProjectStatuses(projectKey) {
      // Jira lists statuses per issue type; the project's set is their union, one per id (two statuses can share a name).
      return mapProjectStatuses(await getProjectStatuses(client, projectKey));
    },
    async listVersions(projectKey) {
      return (await getProjectVersions(client, projectKey)).map(mapVersion);
    },
    async fetchChangelogs(issueIds, choice = {}) {
      if (issueIds.length === 0) return [];
      const ids = choice.fieldIds ?? (await fieldIds());
      const tracked = [...CHANGELOG_FIELDS, ids.storyPoints, ids.sprint, ids.flagged].filter((f): f is string => f !== null);
      return fetchChangelogEntries(client, issueIds, tracked);
    },
    async getPeople(accountIds) {
      if (accountIds.length === 0) return [];
      return (await bulkGetUsers(client, accountIds)).map(mapAccount).filter((p): p is PersonRef => p !== null);
    },
    async searchPeople(query) {
      const users = await searchUsers(client, query, { maxResults: 20 });
      // Apps and deactivated accounts cannot own decisions.
      return users.filter(mayHoldRole).map(mapPerson).filter((p): p is PersonRef => p !== null);
    },
    async getGroups(groupIds) {
      if (groupIds.length === 0) return [];
      return (await bulkGetGroups(client, groupIds)).map(mapGroup).filter((g): g is GroupRef => g !== null);
    },
    async listGroups(max) {
      const found = await findGroups(client, { maxResults: max }).catch(refusedAsNull);
      return found && { groups: found.groups.map(mapGroup).filter((g): g is GroupRef => g !== null), total: found.total };
    },
    async getGroupMembers(groupId, limit) {
      const members: PersonRef[] = [];
      try {
        for await (const user of groupMembers(client, groupId)) {
          // Apps and customers can sit in groups too; they are nobody's team.
          const person = mayHoldRole(user) ? mapPerson(user) : null;
          if (person && !members.some((m) => m.accountId === person.accountId)) members.push(person);
          if (members.length >= limit) return { members, complete: false };
        }
      } catch (error) {
        return absentAsNull(error);
      }
      return { members, complete: true };
    },
    getProjectRoles: (projectKey) => getProjectRoles(client, projectKey).catch(refusedAsNull),
    async getRoleActors(projectKey, roleId) {
      const role = await getProjectRole(client, projectKey, roleId).catch(absentAsNull);
      if (role === null) return null;
      const actors = Array.isArray(role.actors) ? role.actors : [];
      return {
        accountIds: [...new Set(actors.flatMap((a) => (typeof a.actorUser?.accountId === 'string' ? [a.actorUser.accountId] : [])))],
        groupIds: [...new Set(actors.flatMap((a) => (typeof a.actorGroup?.groupId === 'string' ? [a.actorGroup.groupId] : [])))],
      };
    },
    getIssueProperty: (issueKey, propertyKey) => getIssueProperty(client, issueKey, propertyKey),
    setIssueProperty: (issueKey, propertyKey, value) => setIssueProperty(client, issueKey, propertyKey, value),
    async addComment(issueKey, body, options = {}) {
      const properties = options.effectId ? [{ key: EFFECT_COMMENT_PROPERTY, value: { effectId: options.effectId } }] : undefined;
      const posted = await addComment(client, issueKey, body as AdfDocument, properties ? { properties } : {});
      return { commentId: typeof posted?.id === 'string' ? posted.id : null };
    },
    async hasEffectComment(issueKey, effectId, since) {
      // Newest first, only as far back as the effect: the comment, if made, is among the few since then.
      for await (const comment of commentsSince(client, issueKey, since - CLOCK_SKEW_MS)) {
        const mark = await getCommentProperty<{ effectId?: unknown }>(client, comment.id, EFFECT_COMMENT_PROPERTY);
        if (mark?.effectId === effectId) return true;
      }
      return false;
    },
    async createIssue(fields, options) {
      const issueTypeId = creatableTypeId(await getProject(client, fields.projectKey), fields.issueTypeName);
      const send = (f: typeof fields) => createIssue(client, { ...f, issueTypeId, description: f.description as AdfDocument }, { properties: [{ key: EFFECT_ISSUE_PROPERTY, value: { effectId: options.effectId } }] });
      const created = await send(fields).catch((error: unknown) => {
        // A project whose create screen lacks the due date or the assignee refuses them (400: nothing was created): once more without them.
        const refused = refusedOptionalFields(error);
        if (refused.length === 0) throw error;
        return send({ ...fields, dueDate: refused.includes('duedate') ? null : fields.dueDate, assigneeId: refused.includes('assignee') ? null : fields.assigneeId });
      });
      if (typeof created?.id !== 'string' || typeof created.key !== 'string') throw new JiraError({ kind: 'server', operation: { method: 'POST', path: '/rest/api/3/issue' }, messages: ['Jira created the issue but did not say its key'], mayHaveApplied: true });
      return { issueId: created.id, issueKey: created.key };
    },
    async findEffectIssue(projectKey, effectId) {
      // The property's search alias (manifest.yml); the property itself is read back to be sure (anyone with Edit Issues can write one).
      const jql = `project = ${jqlString(projectKey)} AND ${EFFECT_ISSUE_SEARCH_ALIAS} = ${jqlString(effectId)}`;
      const issues = await searchAllIssues(client, { jql, fields: ['key'], properties: [EFFECT_ISSUE_PROPERTY], maxResults: 10 });
      const marked = issues.find((issue) => ((issue.properties as Record<string, { effectId?: unknown }> | undefined)?.[EFFECT_ISSUE_PROPERTY])?.effectId === effectId);
      return marked && typeof marked.id === 'string' && typeof marked.key === 'string' ? { issueId: marked.id, issueKey: marked.key } : null;
    },
    async transitionToStatus(issueKey, status) {
      const transitions = await getTransitions(client, issueKey);
      const wanted = status.trim().toLowerCase();
      const named = transitions.filter((t) => t.to?.name?.trim().toLowerCase() === wanted);
      // Two statuses of one name cannot be told apart: only an id, or a name one status has, picks the move.
      const transition = transitions.find((t) => t.to?.id === status.trim()) ?? (new Set(named.map((t) => t.to?.id)).size === 1 ? named[0] : undefined);
      if (!transition) return false;
      await transitionIssue(client, issueKey, transition.id);
      return true;
    },
    async searchIssueProperty(jql, propertyKey) {
      const issues = await searchAllIssues(client, { jql, fields: ['key'], properties: [propertyKey] });
      return issues.map((issue) => ({ issueId: issue.id, issueKey: issue.key, value: (issue.properties as Record<string, unknown> | undefined)?.[propertyKey] ?? null }));
    },
    siteBaseUrl() {
      if (!site.baseUrl) {
        site.baseUrl = getServerInfo(client).then((info) => (typeof info.baseUrl === 'string' && /^https?:\/\//.test(info.baseUrl) ? info.baseUrl : null));
        site.baseUrl.catch(() => (site.baseUrl = undefined));
      }
      return site.baseUrl;
    },
  };

  // permissions/check takes ids, not keys. An issue or project that does not exist is one nobody
  // may act on: the answer is the same as for one the person may not see, so no refusal tells which.
  const issueIds = new Map<string, Promise<string | null>>();
  const issueId = (key: string): Promise<string | null> => {
    let id = issueIds.get(key);
    if (!id) issueIds.set(key, (id = getIssue(client, key, { fields: ['project'] }).then((issue) => issue.id, absentAsNull)));
    return id;
  };
  const permissions: PermissionPort = {
    async has(accountId: string, permission: ProjectPermission, target: PermissionTarget) {
      if ('issueKey' in target) {
        const id = await issueId(target.issueKey);
        if (id === null) return false;
        const answer = await checkPermissions(client, { accountId, projectPermissions: [{ permissions: [permission], issueIds: [id] }] });
        return isGranted(answer, permission, { issueId: id });
      }
      const id = await projectId(target.projectKey).catch(absentAsNull);
      if (id === null) return false;
      const answer = await checkPermissions(client, { accountId, projectPermissions: [{ permissions: [permission], projectIds: [id] }] });
      return isGranted(answer, permission, { projectId: id });
    },
  };

  return { jira, permissions };
}
