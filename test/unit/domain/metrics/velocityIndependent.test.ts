import { mapChangelogs } from '../../../../src/jira/mappers';
import { issueTimeline } from '../../../../src/domain/metrics/issueTimeline';
import { sprintVelocity } from '../../../../src/domain/metrics/velocity';
import { forwardVelocity } from './forwardVelocity';
import type { RawIssue } from './forwardVelocity';
import { DAY, DONE, DONE_COLUMN, FIELDS, IN_PROGRESS, POINTS_FIELD, SPRINT_FIELD, TODO, issue, sprint } from './metricsBuilders';

const iso = (day: number) => new Date(day * DAY).toISOString();
const item = (fieldId: string, from: unknown, to: unknown) => ({ field: fieldId === 'status' ? 'status' : fieldId === SPRINT_FIELD ? 'Sprint' : 'Story Points', fieldtype: 'custom', fieldId, from, fromString: null, to, toString: null });

/** Raw Jira-shaped histories (bulkfetch `changeHistories`), ids as strings and numbers alike. */
const raw: { id: string; key: string; subtask: boolean; current: RawIssue['current']; histories: { id: string; created: string; items: ReturnType<typeof item>[] }[] }[] = [
  { id: '101', key: 'ENG-101', subtask: false, current: { sprintIds: [1], points: 8, statusId: DONE }, histories: [
    { id: '1', created: iso(2), items: [item(POINTS_FIELD, null, '5')] },
    { id: '2', created: iso(8), items: [item(SPRINT_FIELD, null, '1')] },
    { id: '3', created: iso(12), items: [item(POINTS_FIELD, '5', 8), item('status', Number(TODO), Number(IN_PROGRESS))] },
    { id: '4', created: iso(20), items: [item('status', IN_PROGRESS, DONE)] },
  ] },
  { id: '102', key: 'ENG-102', subtask: false, current: { sprintIds: [1, 2], points: 3, statusId: DONE }, histories: [
    { id: '5', created: iso(9), items: [item(SPRINT_FIELD, null, '1')] },
    { id: '6', created: iso(24), items: [item(SPRINT_FIELD, '1', '1, 2')] },
    { id: '7', created: iso(27), items: [item('status', TODO, DONE)] },
  ] },
  { id: '103', key: 'ENG-103', subtask: false, current: { sprintIds: [], points: 2, statusId: DONE }, histories: [
    { id: '8', created: iso(11), items: [item(SPRINT_FIELD, null, 1)] },
    { id: '9', created: iso(15), items: [item('status', TODO, DONE)] },
    { id: '10', created: iso(16), items: [item(SPRINT_FIELD, '1', null)] },
  ] },
  { id: '104', key: 'ENG-104', subtask: false, current: { sprintIds: [2], points: 5, statusId: DONE }, histories: [
    { id: '11', created: iso(25), items: [item(SPRINT_FIELD, null, '2')] },
    { id: '12', created: iso(26), items: [item('status', TODO, DONE)] },
    { id: '13', created: iso(28), items: [item('status', DONE, IN_PROGRESS)] },
    { id: '14', created: iso(33), items: [item('status', IN_PROGRESS, DONE)] },
  ] },
  { id: '105', key: 'ENG-105', subtask: true, current: { sprintIds: [1], points: 1, statusId: DONE }, histories: [
    { id: '15', created: iso(8), items: [item(SPRINT_FIELD, null, '1')] },
    { id: '16', created: iso(14), items: [item('status', TODO, DONE)] },
  ] },
];

it('velocity equals an independent forward replay of raw Jira changelog JSON', () => {
  const page = { issueChangeLogs: raw.map((r) => ({ issueId: r.id, changeHistories: r.histories })) };
  const entries = mapChangelogs(page);
  const timelines = raw.map((r) => issueTimeline({ ...issue(r.key, { sprintIds: r.current.sprintIds, points: r.current.points, statusId: r.current.statusId }), id: r.id }, entries, FIELDS, r.subtask));
  const rawIssues: RawIssue[] = raw.map((r) => ({ key: r.key, subtask: r.subtask, current: r.current, histories: r.histories.map((h) => ({ at: Date.parse(h.created), items: h.items })) }));
  for (const s of [sprint(1, 10, 24), sprint(2, 24, 38)]) {
    const expected = forwardVelocity({ id: s.id, start: s.startDate!, end: s.completeDate! }, rawIssues, new Set([DONE]), { sprint: SPRINT_FIELD, points: POINTS_FIELD });
    const v = sprintVelocity(s, timelines, DONE_COLUMN, 100 * DAY);
    expect({ committed: v.committed, completed: v.completed }).toEqual(expected);
  }
  // And the hand-worked numbers: sprint 1 commits 5+3 (ENG-103 joined late), completes 8 (ENG-101 re-estimated);
  // sprint 2 commits 3 (carried ENG-102), completes 3+5 (ENG-104 reopened, then done again).
  expect(sprintVelocity(sprint(1, 10, 24), timelines, DONE_COLUMN, 100 * DAY)).toMatchObject({ committed: 8, completed: 8 });
  expect(sprintVelocity(sprint(2, 24, 38), timelines, DONE_COLUMN, 100 * DAY)).toMatchObject({ committed: 3, completed: 8 });
});
