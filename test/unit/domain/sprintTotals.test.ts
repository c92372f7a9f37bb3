import { sprintTotals, sprintsNewestFirst } from '../../../src/domain/sprintTotals';
import { aSprint, anIssue, DAY, T0 } from '../../support/builders';

describe('sprintTotals', () => {
  const closed = aSprint({ id: 1, startDate: T0, completeDate: T0 + 14 * DAY });
  const active = aSprint({ id: 2, state: 'active', startDate: T0 + 14 * DAY, endDate: T0 + 28 * DAY, completeDate: null });

  it('counts issues and points per sprint, and completed points only when resolved inside the window', () => {
    const issues = [
      anIssue({ sprintIds: [1], storyPoints: 5, statusCategory: 'done', resolutionDate: T0 + 3 * DAY }),
      anIssue({ sprintIds: [1], storyPoints: 3, statusCategory: 'done', resolutionDate: T0 + 20 * DAY }), // resolved after the sprint
      anIssue({ sprintIds: [1, 2], storyPoints: 8, statusCategory: 'done', resolutionDate: T0 + 16 * DAY }), // carried over, done in sprint 2
      anIssue({ sprintIds: [2], storyPoints: null }),
    ];
    const [first, second] = sprintTotals([closed, active], issues, T0 + 17 * DAY);
    expect(first).toEqual({ sprintId: 1, issueCount: 3, storyPoints: 16, completedPoints: 5 });
    expect(second).toEqual({ sprintId: 2, issueCount: 2, storyPoints: 8, completedPoints: 8 });
  });

  it('ignores issues of sprints it was not given and counts a repeated sprint id once', () => {
    const issues = [anIssue({ sprintIds: [9] }), anIssue({ sprintIds: [1, 1], storyPoints: 2 })];
    expect(sprintTotals([closed], issues, T0)).toEqual([{ sprintId: 1, issueCount: 1, storyPoints: 2, completedPoints: 0 }]);
  });

  it('an active sprint counts work resolved up to now, not after', () => {
    const issues = [anIssue({ sprintIds: [2], storyPoints: 3, resolutionDate: T0 + 18 * DAY })];
    expect(sprintTotals([active], issues, T0 + 17 * DAY)[0]!.completedPoints).toBe(0);
    expect(sprintTotals([active], issues, T0 + 19 * DAY)[0]!.completedPoints).toBe(3);
  });
});

describe('sprintsNewestFirst', () => {
  it('puts the active sprint first, then future soonest first, then closed newest first', () => {
    const sprints = [
      aSprint({ id: 1, startDate: T0 }),
      aSprint({ id: 5, state: 'future', startDate: null }),
      aSprint({ id: 3, state: 'future', startDate: null }),
      aSprint({ id: 2, startDate: T0 + 14 * DAY }),
      aSprint({ id: 4, state: 'active', startDate: T0 + 28 * DAY }),
    ];
    expect(sprintsNewestFirst(sprints).map((s) => s.id)).toEqual([4, 3, 5, 2, 1]);
  });
});
