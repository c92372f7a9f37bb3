import { registerProject } from '../../../src/app/registeredProjects';
import { commitmentKey, recordSprintCommitments, type SprintCommitment } from '../../../src/app/sprintCommitments';
import { aSprint, anIssue, DAY, T0 } from '../../support/builders';
import { fakeAppStore, fakeJira } from '../../support/fakePorts';

describe('recordSprintCommitments (the hourly trigger)', () => {
  const active = aSprint({ id: 7, state: 'active', startDate: T0, completeDate: null });
  const issues = [anIssue({ key: 'ENG-2', sprintIds: [7], storyPoints: 5 }), anIssue({ key: 'ENG-1', sprintIds: [7], storyPoints: null }), anIssue({ sprintIds: [6] })];

  it('records what an active sprint holds the first time it sees it, and nothing on the next run', async () => {
    const store = fakeAppStore();
    const ports = fakeJira({ issues, sprints: [aSprint({ id: 6 }), active] });
    await registerProject(store, 'ENG', T0);

    const first = await recordSprintCommitments({ jira: ports.jira, store, now: T0 + DAY });
    expect(first).toEqual({ projects: 1, recorded: [7], alreadyRecorded: [], failures: [] });
    expect(await store.get<SprintCommitment>(commitmentKey('ENG', 7))).toEqual({
      sprintId: 7,
      projectKey: 'ENG',
      recordedAt: T0 + DAY,
      lateByMs: DAY,
      committedPoints: 5,
      issueKeys: ['ENG-1', 'ENG-2'],
    });

    const second = await recordSprintCommitments({ jira: ports.jira, store, now: T0 + 2 * DAY });
    expect(second).toEqual({ projects: 1, recorded: [], alreadyRecorded: [7], failures: [] });
    expect((await store.get<SprintCommitment>(commitmentKey('ENG', 7)))!.recordedAt).toBe(T0 + DAY);
  });

  it('two runs at once record one commitment', async () => {
    const store = fakeAppStore();
    const ports = fakeJira({ issues, sprints: [active] });
    await registerProject(store, 'ENG', T0);
    const [a, b] = await Promise.all([
      recordSprintCommitments({ jira: ports.jira, store, now: T0 + 1000 }),
      recordSprintCommitments({ jira: ports.jira, store, now: T0 + 2000 }),
    ]);
    expect([...a.recorded, ...b.recorded]).toEqual([7]);
    expect(await store.list('sprint-commitment:')).toHaveLength(1);
  });

  it('visits only registered projects', async () => {
    const ports = fakeJira({ issues, sprints: [active] });
    expect(await recordSprintCommitments({ jira: ports.jira, store: fakeAppStore(), now: T0 })).toEqual({ projects: 0, recorded: [], alreadyRecorded: [], failures: [] });
    expect(ports.calls).toEqual([]);
  });

  it('a project that fails is reported and logged; the other projects are still recorded', async () => {
    const store = fakeAppStore();
    const ports = fakeJira({ issues, sprints: [active] });
    const findBoard = ports.jira.findBoard;
    ports.jira.findBoard = async (projectKey) => {
      if (projectKey === 'AAA') throw new Error('Jira could not find project AAA');
      return findBoard(projectKey);
    };
    await registerProject(store, 'AAA', T0);
    await registerProject(store, 'ENG', T0);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await recordSprintCommitments({ jira: ports.jira, store, now: T0 + DAY })).toEqual({
        projects: 2,
        recorded: [7],
        alreadyRecorded: [],
        failures: [{ projectKey: 'AAA', step: 'sprint-commitments', message: 'Jira could not find project AAA' }],
      });
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
    expect(await store.get<SprintCommitment>(commitmentKey('ENG', 7))).toMatchObject({ committedPoints: 5 });
  });
});
