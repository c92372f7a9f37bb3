import type { ChangelogEntry, FieldChange, Issue } from '../types';
import { valueAt } from './fieldHistory';
import type { FieldHistory } from './fieldHistory';
import { parseEstimate, parseSprintIds, parseStatusId } from './parseChangeValues';
import { replayFieldBackwards } from './replayFieldBackwards';
import type { RawFieldChange } from './replayFieldBackwards';

/** Which changelog items move which field; the ids come from the site's fields and the board configuration. */
export interface TimelineFieldIds {
  /** The Sprint custom field (e.g. customfield_10020); items named "Sprint" also count when it is unknown. */
  sprintFieldId: string | null;
  /** The board's estimation field (board configuration `estimation.field.fieldId`); null for issue-count boards. */
  estimationFieldId: string | null;
}

/** One issue's sprints, estimate and status at any instant, replayed from its changelog. */
export interface IssueTimeline {
  issueId: string;
  issueKey: string;
  /** Sub-task estimates are not counted by the velocity chart. */
  isSubtask: boolean;
  sprintIds: FieldHistory<readonly number[]>;
  estimate: FieldHistory<number | null>;
  statusId: FieldHistory<string | null>;
}

const isSprintChange = (ids: TimelineFieldIds) => (c: FieldChange) =>
  ids.sprintFieldId !== null ? c.fieldId === ids.sprintFieldId : c.fieldId === 'Sprint' || c.field === 'Sprint';

const isStatusChange = (c: FieldChange) => c.fieldId === 'status' || c.field === 'status';

/**
 * The changes to one field, oldest first; entries at the same instant keep their given order. Jira
 * puts a number field's values only in `fromString`/`toString` (its `from`/`to` are null), while a
 * sprint's or status's `fromString` is a name: estimates read either, ids read only `from`/`to`.
 */
function changesOf(entries: readonly ChangelogEntry[], matches: (c: FieldChange) => boolean, valuesIn: 'ids' | 'ids-or-strings' = 'ids'): RawFieldChange[] {
  const sorted = entries.map((entry, order) => ({ entry, order })).sort((a, b) => a.entry.at - b.entry.at || a.order - b.order);
  const value = (id: string | null, shown: string | null) => (valuesIn === 'ids' ? id : (id ?? shown));
  return sorted.flatMap(({ entry }) => entry.changes.filter(matches).map((c) => ({ at: entry.at, from: value(c.from, c.fromString), to: value(c.to, c.toString) })));
}

/**
 * Replays an issue's changelog backwards from its current fields. `entries` may hold other issues'
 * entries (they are skipped) and come in any order. The current estimate is `issue.storyPoints`, which
 * must be read from the board's estimation field.
 *
 * @example
 * const t = issueTimeline(issue, entries, { sprintFieldId: 'customfield_10020', estimationFieldId: 'customfield_10016' }, false);
 * sprintIdsAt(t, sprintStart) //=> [12]
 */
export function issueTimeline(issue: Issue, entries: readonly ChangelogEntry[], fields: TimelineFieldIds, isSubtask: boolean): IssueTimeline {
  const own = entries.filter((e) => e.issueId === issue.id);
  const estimationChanges = fields.estimationFieldId === null ? [] : changesOf(own, (c) => c.fieldId === fields.estimationFieldId, 'ids-or-strings');
  return {
    issueId: issue.id,
    issueKey: issue.key,
    isSubtask,
    sprintIds: replayFieldBackwards<readonly number[]>([...issue.sprintIds], changesOf(own, isSprintChange(fields)), parseSprintIds),
    estimate: fields.estimationFieldId === null ? [{ since: -Infinity, value: null }] : replayFieldBackwards(issue.storyPoints, estimationChanges, parseEstimate),
    statusId: replayFieldBackwards(issue.statusId ?? undefined, changesOf(own, isStatusChange), parseStatusId),
  };
}

/**
 * The sprint ids the issue was in at `t`.
 *
 * @example
 * sprintIdsAt({ ...timeline, sprintIds: [{ since: -Infinity, value: [] }, { since: 100, value: [12] }] }, 150)
 * //=> [12]
 */
export function sprintIdsAt(timeline: IssueTimeline, t: number): readonly number[] {
  return valueAt(timeline.sprintIds, t);
}

/**
 * The estimate at `t` (null: not estimated).
 *
 * @example
 * estimateAt({ ...timeline, estimate: [{ since: -Infinity, value: 3 }, { since: 100, value: 5 }] }, 50)
 * //=> 3
 */
export function estimateAt(timeline: IssueTimeline, t: number): number | null {
  return valueAt(timeline.estimate, t);
}

/**
 * The status id at `t` (null: unknown).
 *
 * @example
 * statusIdAt({ ...timeline, statusId: [{ since: -Infinity, value: '10000' }, { since: 100, value: '10001' }] }, 100)
 * //=> '10001'
 */
export function statusIdAt(timeline: IssueTimeline, t: number): string | null {
  return valueAt(timeline.statusId, t);
}
