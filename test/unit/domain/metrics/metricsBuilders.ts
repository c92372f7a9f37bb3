/** Test data for the velocity metric: domain issues, changelog entries and sprints on a day clock. */
import type { ChangelogEntry, FieldChange, Issue, Sprint } from '../../../../src/domain/types';
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
