import { awaitingQueue } from '../../../src/domain/acceptance/queue';
import { sprintAcceptance } from '../../../src/domain/acceptance/sprintStats';
import type { Issue, Sprint } from '../../../src/domain/types';
import { anIssue } from '../../support/builders';
import { accepted, done, HOUR, inProgress, inReady, READY, record, rejected, T0, verdict } from './acceptanceBuilders';

const issue = (id: string, sprintIds: number[] = [], overrides: Partial<Issue> = {}): Issue =>
  anIssue({ id, key: `ENG-${id}`, summary: `Issue ${id}`, status: 'Ready for Acceptance', statusCategory: 'indeterminate', created: T0 - 100 * HOUR, updated: T0, sprintIds, ...overrides });

const sprint = (id: number, startDate: number | null, state: Sprint['state'] = 'closed'): Sprint => ({
  id,
  boardId: 1,
  name: `ENG Sprint ${id}`,
  state,
  goal: null,
  startDate,
  endDate: startDate === null ? null : startDate + 14 * 24 * HOUR,
  completeDate: null,
});

describe('awaitingQueue', () => {
  it('lists what awaits a verdict, oldest first, with wall-clock age to one decimal and the round', () => {
    const now = T0 + 50 * HOUR;
    const items = awaitingQueue(
      [
        { issue: issue('1'), record: undefined, facts: inReady(T0 + 10 * HOUR) },
        { issue: issue('2'), record: undefined, facts: inReady(T0 + 1.25 * HOUR) },
        { issue: issue('3'), record: rejected(undefined, T0, T0 + HOUR), facts: inReady(T0 + 5 * HOUR) },
        { issue: issue('4'), record: accepted(undefined, T0, T0 + HOUR), facts: inReady(T0) },
        { issue: issue('5'), record: rejected(undefined, T0, T0 + HOUR), facts: inProgress(T0) },
        { issue: issue('6'), record: undefined, facts: inProgress() },
        { issue: issue('7'), record: undefined, facts: done(T0) },
      ],
      READY,
      now,
    );
    expect(items.map((i) => [i.issue.key, i.readySince, i.ageHours, i.round])).toEqual([
      ['ENG-2', T0 + 1.25 * HOUR, 48.8, 1],
      ['ENG-3', T0 + 5 * HOUR, 45, 2],
      ['ENG-1', T0 + 10 * HOUR, 40, 1],
    ]);
  });

  it('counts an issue created in the ready status from its creation; ties by key, numerically', () => {
    const items = awaitingQueue(
      [
        { issue: issue('10', [], { created: T0 }), record: undefined, facts: inReady(null) },
        { issue: issue('9'), record: undefined, facts: inReady(T0) },
      ],
      READY,
      T0 + HOUR,
    );
    expect(items.map((i) => [i.issue.key, i.readySince, i.ageHours])).toEqual([
      ['ENG-9', T0, 1],
      ['ENG-10', T0, 1],
    ]);
  });

  it('never shows a negative age', () => {
    expect(awaitingQueue([{ issue: issue('1'), record: undefined, facts: inReady(T0 + HOUR) }], READY, T0)[0]!.ageHours).toBe(0);
  });
});

describe('sprintAcceptance', () => {
  const sprints = [sprint(1, T0 - 600 * HOUR), sprint(2, T0 - 300 * HOUR), sprint(3, T0, 'active'), sprint(4, null, 'future')];

  it('counts accepted issues, first-pass ones, change requests and the median wait per sprint', () => {
    const issues = [
      issue('a', [1]),
      issue('b', [1]),
      issue('c', [1]),
      issue('d', [1, 2]), // carried over: counts for sprint 2 only
      issue('e', [2]),
      issue('f', [2]),
    ];
    const records = [
      record('a', [verdict({ readyAt: T0 - 500 * HOUR, at: T0 - 498 * HOUR })]), // 2 h, first pass
      record('b', [verdict({ readyAt: T0 - 500 * HOUR, at: T0 - 496 * HOUR })]), // 4 h, first pass
      record('c', [
        verdict({ verdict: 'changes-requested', feedback: 'No', readyAt: T0 - 520 * HOUR, at: T0 - 519 * HOUR }),
        verdict({ round: 2, readyAt: T0 - 510 * HOUR, at: T0 - 500 * HOUR }), // 10 h after the accepted round's ready time
      ]),
      record('d', [verdict({ readyAt: T0 - 250 * HOUR, at: T0 - 249.5 * HOUR })]),
      record('e', [verdict({ verdict: 'changes-requested', feedback: 'No', readyAt: T0 - 250 * HOUR, at: T0 - 249 * HOUR })]), // still reworked
      // f: no record at all
    ];
    expect(sprintAcceptance({ sprints, issues, records })).toEqual([
      { sprintId: 1, accepted: 3, acceptedFirstPass: 2, firstPassRate: 2 / 3, changeRequests: 1, medianReadyToAcceptedHours: 4 },
      { sprintId: 2, accepted: 1, acceptedFirstPass: 1, firstPassRate: 1, changeRequests: 1, medianReadyToAcceptedHours: 0.5 },
      { sprintId: 3, accepted: 0, acceptedFirstPass: 0, firstPassRate: null, changeRequests: 0, medianReadyToAcceptedHours: null },
      { sprintId: 4, accepted: 0, acceptedFirstPass: 0, firstPassRate: null, changeRequests: 0, medianReadyToAcceptedHours: null },
    ]);
  });

  it('takes the median of an even count as the mean of the middle two, to one decimal; skips unknown ready times', () => {
    const issues = ['a', 'b', 'c'].map((id) => issue(id, [3]));
    const records = [
      record('a', [verdict({ readyAt: T0, at: T0 + HOUR })]),
      record('b', [verdict({ readyAt: T0, at: T0 + 2.3 * HOUR })]),
      record('c', [verdict({ readyAt: null, at: T0 + 50 * HOUR })]),
    ];
    expect(sprintAcceptance({ sprints, issues, records })[2]).toMatchObject({ accepted: 3, medianReadyToAcceptedHours: 1.7 });
  });

  it('counts an issue for its latest sprint by start date (a future sprint is the latest), ignoring unknown sprints', () => {
    const issues = [issue('a', [3, 1]), issue('b', [2, 4]), issue('c', [99])];
    const records = ['a', 'b', 'c'].map((id) => record(id, [verdict({})]));
    expect(sprintAcceptance({ sprints, issues, records }).map((r) => r.accepted)).toEqual([0, 0, 1, 1]);
  });

  it('goes by the last verdict: accepted, re-submitted and then sent back is not accepted', () => {
    const issues = [issue('a', [1])];
    const records = [record('a', [verdict({}), verdict({ round: 2, verdict: 'changes-requested', feedback: 'Regression', at: T0 + 5 * HOUR })])];
    expect(sprintAcceptance({ sprints, issues, records })[0]).toMatchObject({ accepted: 0, changeRequests: 1 });
  });
});
