import { sprintVelocity } from '../../../../src/domain/metrics/velocity';
import { velocityBySprint } from '../../../../src/domain/metrics/velocityBySprint';
import { DAY, DONE, DONE_COLUMN, IN_PROGRESS, REVIEW_DONE_CATEGORY, TODO, entry, issue, pointsChange, sprint, sprintChange, statusChange, timeline } from './metricsBuilders';

// Sprint 1 runs day 10 → 24, sprint 2 day 24 → 38 (all closed: replayed long after, no snapshot recorded).
const s1 = sprint(1, 10, 24);
const s2 = sprint(2, 24, 38);
const d = (day: number) => day * DAY;

/** A story planned into sprint 1 on day 8 with `points`, worked and finished on `doneDay` (or never). */
function planned(key: string, points: number, doneDay: number | null) {
  const i = issue(key, { sprintIds: [1], points, statusId: doneDay === null ? IN_PROGRESS : DONE });
  const entries = [entry(i, d(8), sprintChange([], [1])), entry(i, d(11), statusChange(TODO, IN_PROGRESS))];
  if (doneDay !== null) entries.push(entry(i, d(doneDay), statusChange(IN_PROGRESS, DONE)));
  return timeline(i, entries);
}

describe('sprintVelocity — Jira velocity chart rules', () => {
  it('committed and completed the plain way', () => {
    const v = sprintVelocity(s1, [planned('ENG-1', 5, 15), planned('ENG-2', 3, null)], DONE_COLUMN, d(100));
    expect(v).toEqual({ sprintId: 1, committed: 8, completed: 5, committedIssueKeys: ['ENG-1', 'ENG-2'], completedIssueKeys: ['ENG-1'] });
  });

  it('added after the start then completed: not committed, completed', () => {
    const i = issue('ENG-3', { sprintIds: [1], points: 2, statusId: DONE });
    const t = timeline(i, [entry(i, d(12), sprintChange([], [1])), entry(i, d(14), statusChange(TODO, DONE))]);
    expect(sprintVelocity(s1, [t], DONE_COLUMN, d(100))).toMatchObject({ committed: 0, completed: 2, committedIssueKeys: [], completedIssueKeys: ['ENG-3'] });
  });

  it('re-estimated before the start counts the new value; after the start, committed keeps the start value and completed the final one', () => {
    const before = issue('ENG-4', { sprintIds: [1], points: 5, statusId: IN_PROGRESS });
    const tBefore = timeline(before, [entry(before, d(8), sprintChange([], [1])), entry(before, d(9), pointsChange(3, 5))]);
    const after = issue('ENG-5', { sprintIds: [1], points: 8, statusId: DONE });
    const tAfter = timeline(after, [entry(after, d(8), sprintChange([], [1])), entry(after, d(12), pointsChange(5, 8)), entry(after, d(20), statusChange(TODO, DONE))]);
    expect(sprintVelocity(s1, [tBefore], DONE_COLUMN, d(100))).toMatchObject({ committed: 5, completed: 0 });
    expect(sprintVelocity(s1, [tAfter], DONE_COLUMN, d(100))).toMatchObject({ committed: 5, completed: 8 });
  });

  it('removed mid-sprint, done or not: committed, never completed', () => {
    const done = issue('ENG-6', { sprintIds: [], points: 3, statusId: DONE });
    const tDone = timeline(done, [entry(done, d(8), sprintChange([], [1])), entry(done, d(13), statusChange(TODO, DONE)), entry(done, d(15), sprintChange([1], []))]);
    const open = issue('ENG-7', { sprintIds: [], points: 2, statusId: TODO });
    const tOpen = timeline(open, [entry(open, d(8), sprintChange([], [1])), entry(open, d(15), sprintChange([1], []))]);
    expect(sprintVelocity(s1, [tDone, tOpen], DONE_COLUMN, d(100))).toMatchObject({ committed: 5, completed: 0, committedIssueKeys: ['ENG-6', 'ENG-7'], completedIssueKeys: [] });
  });

  it('completed then reopened before the end: not completed', () => {
    const i = issue('ENG-8', { sprintIds: [1], points: 5, statusId: IN_PROGRESS });
    const t = timeline(i, [entry(i, d(8), sprintChange([], [1])), entry(i, d(13), statusChange(TODO, DONE)), entry(i, d(16), statusChange(DONE, IN_PROGRESS))]);
    expect(sprintVelocity(s1, [t], DONE_COLUMN, d(100))).toMatchObject({ committed: 5, completed: 0 });
  });

  it('carried over and finished in the next sprint: counts in the next sprint only', () => {
    const i = issue('ENG-9', { sprintIds: [1, 2], points: 5, statusId: DONE });
    const t = timeline(i, [
      entry(i, d(8), sprintChange([], [1])),
      entry(i, d(11), statusChange(TODO, IN_PROGRESS)),
      entry(i, d(24), sprintChange([1], [1, 2])), // sprint 1 completed, work moved on
      entry(i, d(30), statusChange(IN_PROGRESS, DONE)),
    ]);
    expect(sprintVelocity(s1, [t], DONE_COLUMN, d(100))).toMatchObject({ committed: 5, completed: 0 });
    expect(sprintVelocity(s2, [t], DONE_COLUMN, d(100))).toMatchObject({ committed: 5, completed: 5, completedIssueKeys: ['ENG-9'] });
  });

  it('a done-category status in a middle column is not done: only the right-most column counts', () => {
    const i = issue('ENG-10', { sprintIds: [1], points: 3, statusId: REVIEW_DONE_CATEGORY });
    const t = timeline(i, [entry(i, d(8), sprintChange([], [1])), entry(i, d(14), statusChange(TODO, REVIEW_DONE_CATEGORY))]);
    expect(sprintVelocity(s1, [t], DONE_COLUMN, d(100))).toMatchObject({ committed: 3, completed: 0 });
    // …and an issue in that middle status at the start is still committed.
    const j = issue('ENG-11', { sprintIds: [1], points: 2, statusId: DONE });
    const tj = timeline(j, [entry(j, d(8), sprintChange([], [1]), statusChange(TODO, REVIEW_DONE_CATEGORY)), entry(j, d(14), statusChange(REVIEW_DONE_CATEGORY, DONE))]);
    expect(sprintVelocity(s1, [tj], DONE_COLUMN, d(100))).toMatchObject({ committed: 2, completed: 2 });
  });

  it('a story with sub-tasks: the sub-tasks’ estimates are counted in neither number', () => {
    const story = planned('ENG-12', 8, 20);
    const subs = ['ENG-13', 'ENG-14'].map((key) => {
      const s = issue(key, { sprintIds: [1], points: 2, statusId: DONE });
      return timeline(s, [entry(s, d(8), sprintChange([], [1])), entry(s, d(18), statusChange(TODO, DONE))], true);
    });
    expect(sprintVelocity(s1, [story, ...subs], DONE_COLUMN, d(100))).toEqual({ sprintId: 1, committed: 8, completed: 8, committedIssueKeys: ['ENG-12'], completedIssueKeys: ['ENG-12'] });
  });

  it('already done at the start, or done before it entered the sprint: neither committed nor completed', () => {
    const early = issue('ENG-15', { sprintIds: [1], points: 3, statusId: DONE });
    const tEarly = timeline(early, [entry(early, d(8), sprintChange([], [1])), entry(early, d(9), statusChange(TODO, DONE))]);
    const outside = issue('ENG-16', { sprintIds: [1], points: 2, statusId: DONE });
    const tOutside = timeline(outside, [entry(outside, d(12), statusChange(TODO, DONE)), entry(outside, d(13), sprintChange([], [1]))]);
    expect(sprintVelocity(s1, [tEarly, tOutside], DONE_COLUMN, d(100))).toMatchObject({ committed: 0, completed: 0, committedIssueKeys: [], completedIssueKeys: [] });
  });

  it('the active sprint: completed so far, at `now`', () => {
    const active = sprint(1, 10, null, 'active');
    const t = [planned('ENG-17', 5, 15), planned('ENG-18', 3, 30)]; // ENG-18 finishes after `now`
    expect(sprintVelocity(active, t, DONE_COLUMN, d(20))).toMatchObject({ committed: 8, completed: 5, completedIssueKeys: ['ENG-17'] });
  });

  it('velocityBySprint leaves out future sprints; a sprint not started gives zeros', () => {
    const future = { ...sprint(3, 38, null, 'future'), startDate: null, endDate: null };
    expect(velocityBySprint([s1, s2, future], [planned('ENG-19', 5, 15)], DONE_COLUMN, d(40)).map((v) => [v.sprintId, v.committed, v.completed])).toEqual([
      [1, 5, 5],
      [2, 0, 0],
    ]);
    expect(sprintVelocity(future, [planned('ENG-20', 5, 15)], DONE_COLUMN, d(40))).toMatchObject({ committed: 0, completed: 0 });
  });

  it('installed after many sprints closed: history alone gives each old sprint its numbers', () => {
    // Sprints 1..6 closed long ago; the issue's fields only say where it is now.
    const sprints = [1, 2, 3, 4, 5, 6].map((n) => sprint(n, 10 + 14 * (n - 1), 24 + 14 * (n - 1)));
    const i = issue('ENG-21', { sprintIds: [2, 3], points: 5, statusId: DONE });
    const t = timeline(i, [
      entry(i, d(22), pointsChange(null, 3), sprintChange([], [2])),
      entry(i, d(30), pointsChange(3, 5)),
      entry(i, d(38), sprintChange([2], [2, 3])),
      entry(i, d(45), statusChange(TODO, DONE)),
    ]);
    expect(velocityBySprint(sprints, [t], DONE_COLUMN, d(500)).map((v) => [v.sprintId, v.committed, v.completed])).toEqual([
      [1, 0, 0],
      [2, 3, 0],
      [3, 5, 5],
      [4, 0, 0],
      [5, 0, 0],
      [6, 0, 0],
    ]);
  });
});
