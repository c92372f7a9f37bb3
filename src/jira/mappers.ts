/**
 * Jira JSON → domain types. Every mapper takes `unknown`, never throws, and
 * falls back to a safe default (empty string, 0, null, false, []) for what is
 * missing or malformed; the list mappers drop entries with no usable identity.
 */
import type { BlockingIssue, Board, ChangelogEntry, FieldChange, Issue, PersonRef, Sprint, StatusCategory, Version } from '../domain/types';
import { parseJiraDate } from './jiraDate';
import { asArray, asId, asNumber, asObject, asString, field, stringAt } from './json';

export { parseJiraDate } from './jiraDate';

/** Where this site keeps the fields whose ids vary per site (see fieldIds.ts); null when the site has none. */
export interface IssueFieldIds {
  storyPoints: string | null;
  sprint: string | null;
  flagged: string | null;
}

export function mapIssue(json: unknown, fieldIds: IssueFieldIds): Issue {
  const key = stringAt(json, 'key') ?? '';
  const fields = asObject(field(json, 'fields')) ?? {};
  const at = (id: string | null) => (id === null ? undefined : field(fields, id));
  const created = parseJiraDate(at('created')) ?? 0;
  return {
    id: asId(field(json, 'id')) ?? '',
    key,
    projectKey: stringAt(at('project'), 'key') ?? projectKeyOf(key),
    summary: asString(at('summary')) ?? '',
    issueType: stringAt(at('issuetype'), 'name') ?? '',
    isSubtask: field(at('issuetype'), 'subtask') === true,
    status: stringAt(at('status'), 'name') ?? '',
    statusId: asId(field(at('status'), 'id')) ?? null,
    statusCategory: mapStatusCategory(field(at('status'), 'statusCategory')),
    storyPoints: asNumber(at(fieldIds.storyPoints)),
    created,
    updated: parseJiraDate(at('updated')) ?? created,
    resolutionDate: parseJiraDate(at('resolutiondate')),
    labels: asArray(at('labels')).filter((l): l is string => typeof l === 'string'),
    assignee: mapPerson(at('assignee')),
    reporter: mapReporter(at('reporter')),
    // The Agile API also sends the current `sprint` and `closedSprints` next to (or instead of) the custom field.
    sprintIds: unique([...sprintIdsOf(at(fieldIds.sprint)), ...sprintIdsOf(at('closedSprints')), ...sprintIdsOf(at('sprint'))]),
    fixVersionIds: asArray(at('fixVersions')).flatMap((v) => asId(field(v, 'id')) ?? []),
    flagged: isFlagged(at(fieldIds.flagged)) ?? isFlagged(at('flagged')) ?? false,
    ...(at('issuelinks') !== undefined ? { blockedBy: mapBlockedBy(at('issuelinks')), linkedIssueIds: mapLinkedIssueIds(at('issuelinks')) } : {}),
  };
}

/**
 * The ids of the issues an `issuelinks` field links to this one, by any type and in either
 * direction (the other end is the inward or the outward issue); each once.
 *
 * @example
 * mapLinkedIssueIds([{ type: { name: 'Relates' }, outwardIssue: { id: '10005', key: 'ENG-5' } }, { type: { name: 'Blocks' }, inwardIssue: { id: '10007', key: 'ENG-7' } }])
 * //=> ['10005', '10007']
 */
export function mapLinkedIssueIds(issuelinks: unknown): string[] {
  const ids = new Set<string>();
  for (const link of asArray(issuelinks)) {
    const id = asId(field(field(link, 'inwardIssue') ?? field(link, 'outwardIssue'), 'id'));
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/** Jira's blocking link type: its name, or (renamed) its inward words. */
const isBlocksType = (type: unknown) => stringAt(type, 'name')?.trim().toLowerCase() === 'blocks' || stringAt(type, 'inward')?.trim().toLowerCase() === 'is blocked by';

/**
 * The issues an `issuelinks` field says block this one: its "Blocks" links whose other end is the
 * inward issue (that end blocks this one); each blocking issue once.
 *
 * @example
 * mapBlockedBy([{ type: { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, inwardIssue: { id: '10005', key: 'ENG-5', fields: { status: { statusCategory: { key: 'indeterminate' } } } } }])
 * //=> [{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false }]
 */
export function mapBlockedBy(issuelinks: unknown): BlockingIssue[] {
  const found = new Map<string, BlockingIssue>();
  for (const link of asArray(issuelinks)) {
    const blocker = field(link, 'inwardIssue');
    const issueKey = stringAt(blocker, 'key');
    if (!isBlocksType(field(link, 'type')) || !issueKey || found.has(issueKey)) continue;
    const fields = field(blocker, 'fields');
    const issueId = asId(field(blocker, 'id'));
    found.set(issueKey, {
      issueKey,
      ...(issueId !== null ? { issueId } : {}),
      assigneeId: stringAt(field(fields, 'assignee'), 'accountId'),
      done: mapStatusCategory(field(field(fields, 'status'), 'statusCategory')) === 'done',
    });
  }
  return [...found.values()];
}

/** Issues with an id and key; anything else is dropped. */
export function mapIssues(list: unknown, fieldIds: IssueFieldIds): Issue[] {
  return asArray(list)
    .map((json) => mapIssue(json, fieldIds))
    .filter((issue) => issue.id !== '' && issue.key !== '');
}

const CATEGORY_BY_ID: Record<number, StatusCategory> = { 2: 'new', 4: 'indeterminate', 3: 'done' };

/** Jira's statusCategory (key, else id); unknown ones — including Jira's own "undefined" — count as 'new'. */
export function mapStatusCategory(json: unknown): StatusCategory {
  const key = stringAt(json, 'key');
  if (key === 'new' || key === 'indeterminate' || key === 'done') return key;
  const id = asNumber(field(json, 'id'));
  return (id !== null ? CATEGORY_BY_ID[id] : undefined) ?? 'new';
}

export function mapPerson(json: unknown): PersonRef | null {
  const accountId = stringAt(json, 'accountId');
  if (!accountId) return null;
  return { accountId, displayName: stringAt(json, 'displayName') ?? '' };
}

/** An issue's reporter, with whose account it is (a person's, an app's) where Jira says: the partner signal leaves out what apps created. */
function mapReporter(json: unknown): PersonRef | null {
  const person = mapPerson(json);
  const accountType = stringAt(json, 'accountType');
  return person && accountType !== null ? { ...person, accountType } : person;
}

/** A person as a user lookup answers: also whether the account is active and whose it is (a person's, an app's), where Jira says. */
export function mapAccount(json: unknown): PersonRef | null {
  const person = mapPerson(json);
  if (!person) return null;
  const active = field(json, 'active');
  const accountType = stringAt(json, 'accountType');
  return { ...person, ...(typeof active === 'boolean' ? { active } : {}), ...(accountType !== null ? { accountType } : {}) };
}

function projectKeyOf(issueKey: string): string {
  const dash = issueKey.lastIndexOf('-');
  return dash > 0 ? issueKey.slice(0, dash) : '';
}

/** A sprint as an issue's sprint field names it. */
export interface IssueSprintRef {
  id: number;
  name: string | null;
  state: Sprint['state'] | null;
}

/** Legacy sprint strings: "com.atlassian.greenhopper.service.sprint.Sprint@1f[id=3,rapidViewId=1,state=CLOSED,name=...,startDate=...]". */
const LEGACY_SPRINT = /^[\w.$]+@\w+\[(.*)\]$/s;

/** The sprints an issue's sprint field lists (objects, legacy strings, or bare ids), oldest first as Jira keeps them. */
export function issueSprintRefs(value: unknown): IssueSprintRef[] {
  const entries = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return entries.flatMap((entry): IssueSprintRef[] => {
    if (typeof entry === 'string') {
      const legacy = LEGACY_SPRINT.exec(entry);
      if (!legacy) {
        const id = asNumber(entry);
        return id !== null && Number.isInteger(id) && id > 0 ? [{ id, name: null, state: null }] : [];
      }
      const body = `,${legacy[1] ?? ''},`;
      const attr = (key: string) => new RegExp(`,${key}=(.*?),(?=[a-zA-Z]+=|$)`, 's').exec(body)?.[1] ?? null;
      const id = asNumber(attr('id'));
      if (id === null || !Number.isInteger(id) || id <= 0) return [];
      return [{ id, name: attr('name'), state: knownSprintState(attr('state')) }];
    }
    const id = asNumber(typeof entry === 'number' ? entry : field(entry, 'id'));
    if (id === null || !Number.isInteger(id) || id <= 0) return [];
    return [{ id, name: stringAt(entry, 'name'), state: knownSprintState(stringAt(entry, 'state')) }];
  });
}

function sprintIdsOf(value: unknown): number[] {
  return issueSprintRefs(value).map((ref) => ref.id);
}

function knownSprintState(state: string | null): Sprint['state'] | null {
  const lower = state?.toLowerCase();
  return lower === 'future' || lower === 'active' || lower === 'closed' ? lower : null;
}

/** The Flagged field: a list of options (flagged when non-empty), a boolean (Agile API), or null; undefined when absent. */
function isFlagged(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value !== '';
  if (asObject(value)) return true;
  return false;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function mapSprint(json: unknown, boardId: number | null = null): Sprint {
  const startDate = parseJiraDate(field(json, 'startDate'));
  const completeDate = parseJiraDate(field(json, 'completeDate'));
  const goal = stringAt(json, 'goal');
  return {
    id: asNumber(field(json, 'id')) ?? 0,
    boardId: asNumber(field(json, 'originBoardId')) ?? boardId,
    name: stringAt(json, 'name') ?? '',
    state: sprintState(stringAt(json, 'state'), startDate, completeDate),
    goal: goal === null || goal.trim() === '' ? null : goal,
    startDate,
    endDate: parseJiraDate(field(json, 'endDate')),
    completeDate,
  };
}

/** Sprints with a positive integer id; anything else is dropped. */
export function mapSprints(list: unknown, boardId: number | null = null): Sprint[] {
  return asArray(list)
    .map((json) => mapSprint(json, boardId))
    .filter((sprint) => Number.isInteger(sprint.id) && sprint.id > 0);
}

function sprintState(state: string | null, startDate: number | null, completeDate: number | null): Sprint['state'] {
  const known = knownSprintState(state);
  if (known !== null) return known;
  // No usable state: the dates say how far the sprint got.
  if (completeDate !== null) return 'closed';
  return startDate !== null ? 'active' : 'future';
}

export function mapVersion(json: unknown): Version {
  return {
    id: asId(field(json, 'id')) ?? '',
    name: stringAt(json, 'name') ?? '',
    released: field(json, 'released') === true,
    releaseDate: parseJiraDate(field(json, 'releaseDate')),
  };
}

export function mapBoard(json: unknown): Board {
  return {
    id: asNumber(field(json, 'id')) ?? 0,
    name: stringAt(json, 'name') ?? '',
    type: stringAt(json, 'type') ?? '',
    projectKey: stringAt(field(json, 'location'), 'projectKey'),
  };
}

/** The field a board estimates with (board configuration `estimation.field`); null for issue-count boards. */
export function readEstimationField(boardConfiguration: unknown): { fieldId: string; displayName: string } | null {
  const estimation = field(boardConfiguration, 'estimation');
  if (stringAt(estimation, 'type') === 'issueCount') return null;
  const fieldId = stringAt(field(estimation, 'field'), 'fieldId');
  if (!fieldId) return null;
  return { fieldId, displayName: stringAt(field(estimation, 'field'), 'displayName') ?? '' };
}

/** A project's statuses across its issue types (GET project statuses), each once. */
export function mapProjectStatuses(json: unknown): { id: string; name: string; category: StatusCategory }[] {
  const byId = new Map<string, { id: string; name: string; category: StatusCategory }>();
  for (const issueType of asArray(json)) {
    for (const status of asArray(field(issueType, 'statuses'))) {
      const id = asId(field(status, 'id'));
      if (id === null || byId.has(id)) continue;
      byId.set(id, { id, name: stringAt(status, 'name') ?? '', category: mapStatusCategory(field(status, 'statusCategory')) });
    }
  }
  return [...byId.values()];
}

/** One bulkfetch page → entries, in the order Jira sent them; histories without a readable time are dropped. */
export function mapChangelogs(bulkfetchPage: unknown): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  for (const log of asArray(field(bulkfetchPage, 'issueChangeLogs'))) {
    const issueId = asId(field(log, 'issueId'));
    if (issueId === null) continue;
    for (const history of asArray(field(log, 'changeHistories'))) {
      const at = parseJiraDate(field(history, 'created'));
      if (at === null) continue;
      entries.push({
        issueId,
        id: asId(field(history, 'id')) ?? '',
        authorId: stringAt(field(history, 'author'), 'accountId'),
        at,
        changes: asArray(field(history, 'items')).flatMap((item) => (asObject(item) ? [mapFieldChange(item)] : [])),
      });
    }
  }
  return entries;
}

function mapFieldChange(item: unknown): FieldChange {
  const name = stringAt(item, 'field') ?? '';
  return {
    fieldId: stringAt(item, 'fieldId') ?? name,
    field: name,
    from: asId(field(item, 'from')),
    fromString: stringAt(item, 'fromString'),
    to: asId(field(item, 'to')),
    toString: stringAt(item, 'toString'),
  };
}

/**
 * The board's columns, left to right, from its configuration (`columnConfig.columns[].statuses[].id`);
 * statuses without an id are dropped, a column without statuses is kept (it is not the done column).
 *
 * @example
 * readBoardColumns({ columnConfig: { columns: [{ name: 'To Do', statuses: [{ id: '1' }] }, { name: 'Done', statuses: [{ id: 5 }] }] } })
 * //=> [{ name: 'To Do', statusIds: ['1'] }, { name: 'Done', statusIds: ['5'] }]
 */
export function readBoardColumns(boardConfiguration: unknown): { name: string; statusIds: string[] }[] {
  return asArray(field(field(boardConfiguration, 'columnConfig'), 'columns')).flatMap((column) => {
    if (asObject(column) === null) return [];
    const statusIds = asArray(field(column, 'statuses')).flatMap((status) => {
      const id = asId(field(status, 'id'));
      return id === null ? [] : [id];
    });
    return [{ name: stringAt(column, 'name') ?? '', statusIds }];
  });
}
