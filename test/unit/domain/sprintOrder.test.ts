import { sprintsNewestFirst } from '../../../src/domain/sprintOrder';
import { aSprint, DAY, T0 } from '../../support/builders';

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
