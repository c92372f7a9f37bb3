/** Test data for the metrics: domain issues, changelog entries, sprints and versions on a day clock, and the demo engagement. */
import { generateEngagement } from '../../../../sandbox/demo/generate';
import type { SandboxData } from '../../../../sandbox/jira/model';
import type { ChangelogEntry, FieldChange, Issue, Sprint, Version } from '../../../../src/domain/types';
import { doneStatusIds } from '../../../../src/domain/metrics/boardColumns';
import { issueTimeline } from '../../../../src/domain/metrics/issueTimeline';
import type { IssueTimeline } from '../../../../src/domain/metrics/issueTimeline';

export const DAY = 24 * 3600 * 1000;
export const SPRINT_FIELD = 'customfield_10020';
export const POINTS_FIELD = 'customfield_10016';
export const OTHER_POINTS_FIELD = 'customfield_10002';
export const FIELDS = { sprintFieldId: SPRINT_FIELD, estimationFieldId: POINTS_FIELD };

/** Board columns: To Do | In Progress | Review (a done-category status in a middle column) | Done. */
export const TODO = '10000';
export const IN_PROGRESS = '3';
export const REVIEW_DONE_CATEGORY = '10005';
export const DONE = '10001';
export const DONE_COLUMN: ReadonlySet<string> = new Set([DONE]);

export function issue(key: string, current: { sprintIds?: number[]; points?: number | null; statusId?: string }): Issue {
  return {
    id: key.replace(/\D/g, ''),
    key,
    projectKey: 'ENG',
    summary: key,
    issueType: 'Story',
    status: '',
    statusId: current.statusId ?? TODO,
    statusCategory: 'new',
    storyPoints: current.points ?? null,
    created: 0,
    updated: 0,
    resolutionDate: null,
    labels: [],
    assignee: null,
    reporter: null,
    sprintIds: current.sprintIds ?? [],
    fixVersionIds: [],
    flagged: false,
  };
}

const change = (fieldId: string, field: string, from: string | null, to: string | null): FieldChange => ({ fieldId, field, from, fromString: from, to, toString: to });
const ids = (list: number[]) => (list.length ? list.join(', ') : null);

export const sprintChange = (from: number[], to: number[]) => change(SPRINT_FIELD, 'Sprint', ids(from), ids(to));
export const pointsChange = (from: number | null, to: number | null, fieldId = POINTS_FIELD) =>
  change(fieldId, 'Story Points', from === null ? null : String(from), to === null ? null : String(to));
export const statusChange = (from: string, to: string) => change('status', 'status', from, to);

let nextId = 1;
export const entry = (of: Issue, at: number, ...changes: FieldChange[]): ChangelogEntry => ({ issueId: of.id, id: String(nextId++), authorId: null, at, changes });

export function sprint(id: number, startDay: number, completeDay: number | null, state: Sprint['state'] = 'closed'): Sprint {
  return {
    id,
    boardId: 1,
    name: `Sprint ${id}`,
    state,
    goal: null,
    startDate: startDay * DAY,
    endDate: (startDay + 14) * DAY,
    completeDate: completeDay === null ? null : completeDay * DAY,
  };
}

export const timeline = (of: Issue, entries: ChangelogEntry[], isSubtask = false): IssueTimeline => issueTimeline(of, entries, FIELDS, isSubtask);

export const version = (id: string, releaseDay: number | null, released = true): Version => ({ id, name: `v${id}`, released, releaseDate: releaseDay === null ? null : releaseDay * DAY });

/** The generated demo engagement, mapped to the domain as the app would see it, beside its raw data. */
export interface DemoMetricsData {
  now: number;
  data: SandboxData;
  issues: Issue[];
  timelines: IssueTimeline[];
  sprints: Sprint[];
  versions: Version[];
  /** The board's right-most column. */
  done: Set<string>;
  subtaskIssueIds: Set<string>;
  clientAccountIds: Set<string>;
}

export function demoMetricsData(now = Date.parse('2025-06-18T12:00:00Z'), options: { issueCount?: number; closedSprints?: number } = {}): DemoMetricsData {
  const data = generateEngagement({ now, seed: 'test', ...options });
  const board = data.boards[0]!;
  const typeName = new Map(data.issueTypes.map((t) => [t.id, t.name]));
  const subtaskTypes = new Set(data.issueTypes.filter((t) => t.subtask).map((t) => t.id));
  const fields = { sprintFieldId: data.site.sprintFieldId, estimationFieldId: board.estimationFieldId };
  const issues: Issue[] = data.issues.map((i) => ({
    ...issue(i.key, { sprintIds: i.fields.sprintIds, points: i.fields.storyPoints, statusId: i.fields.statusId }),
    id: i.id,
    issueType: typeName.get(i.fields.issueTypeId) ?? '',
    created: Date.parse(i.fields.created),
    labels: [...i.fields.labels],
    reporter: { accountId: i.fields.reporterId, displayName: '' },
    fixVersionIds: [...i.fields.fixVersionIds],
  }));
  const subtaskIssueIds = new Set(data.issues.filter((i) => subtaskTypes.has(i.fields.issueTypeId)).map((i) => i.id));
  // Entries grouped by issue first: one timeline per issue without scanning everyone's entries.
  const entriesOf = new Map(
    data.issues.map((i) => [
      i.id,
      i.changelog.map((h): ChangelogEntry => ({ issueId: i.id, id: h.id, authorId: h.authorId, at: Date.parse(h.created), changes: h.items.map((c) => ({ fieldId: c.fieldId, field: c.field, from: c.from, fromString: c.fromString, to: c.to, toString: c.toString })) })),
    ]),
  );
  const timelines = issues.map((i) => issueTimeline(i, entriesOf.get(i.id) ?? [], fields, subtaskIssueIds.has(i.id)));
  const sprints: Sprint[] = data.sprints.map((s) => ({
    id: s.id, boardId: s.boardId, name: s.name, state: s.state, goal: s.goal ?? null,
    startDate: s.startDate ? Date.parse(s.startDate) : null, endDate: s.endDate ? Date.parse(s.endDate) : null, completeDate: s.completeDate ? Date.parse(s.completeDate) : null,
  }));
  const versions: Version[] = data.versions.map((v) => ({ id: v.id, name: v.name, released: v.released, releaseDate: v.releaseDate ? Date.parse(v.releaseDate) : null }));
  return {
    now,
    data,
    issues,
    timelines,
    sprints,
    versions,
    done: doneStatusIds(board.columns),
    subtaskIssueIds,
    clientAccountIds: new Set(data.users.filter((u) => u.team === 'client').map((u) => u.accountId)),
  };
}
