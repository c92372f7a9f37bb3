import type { AcceptanceStore, DecisionStore, JiraPort } from '../../../src/app/ports';
import { refreshHealth, type HealthDeps } from '../../../src/app/health/refreshHealth';
import { healthKeys } from '../../../src/app/health/snapshotKeys';
import type { Issue, Sprint } from '../../../src/domain/types';
import { aSprint, anIssue, DAY, T0 } from '../../support/builders';
import { fakeAppStore, fakeJira, memoryPolicyStore } from '../../support/fakePorts';

const HOUR = 3_600_000;

/** A Jira whose board, sprints and issues the test changes between refreshes, recording what is asked. */
function setup() {
  const state = {
    issues: [anIssue({ id: '1', key: 'ENG-1', sprintIds: [1], storyPoints: 3, statusId: '10001', updated: T0 }), anIssue({ id: '2', key: 'ENG-2', sprintIds: [2], storyPoints: 5, updated: T0 })] as Issue[],
    sprints: [aSprint({ id: 1, name: 'S1', state: 'closed', startDate: T0 - 20 * DAY, completeDate: T0 - 10 * DAY }), aSprint({ id: 2, name: 'S2', state: 'active', startDate: T0 - 9 * DAY, completeDate: null })] as Sprint[],
    columns: [{ name: 'To Do', statusIds: ['10000'] }, { name: 'Done', statusIds: ['10001'] }],
  };
  const asked: string[] = [];
  const base = fakeJira({}).jira;
  const jira: JiraPort = {
    ...base,
    async getBoardSetup() {
      asked.push('board setup');
      return { estimationField: { fieldId: 'customfield_10016', displayName: 'Story Points' }, columns: state.columns };
    },
    async getProjectStatuses() {
      asked.push('statuses');
      return [{ id: '10000', name: 'To Do', category: 'new' }, { id: '10001', name: 'Done', category: 'done' }];
    },
    async listSprints(_board, options = {}) {
      asked.push(`sprints from ${options.from ?? 0}`);
      return state.sprints.slice(options.from ?? 0);
    },
    async searchIssues(jql) {
      asked.push(`search ${jql}`);
      return state.issues;
    },
    async fetchChangelogs(ids) {
      asked.push(`changelogs ${ids.join(',')}`);
      return [];
    },
  };
  const store = fakeAppStore();
  const empty = { listByProject: async () => [] };
  const deps = (now: number): HealthDeps => ({ jira, store, policies: memoryPolicyStore().store, decisions: empty as unknown as DecisionStore, acceptance: empty as unknown as AcceptanceStore, now });
  return { state, asked, store, deps };
}

describe('refreshHealth', () => {
  it('first a full rebuild; an hour later only what changed since the last read (with the overlap), the sprints after the closed ones, no changelog for an unchanged issue', async () => {
    const { asked, deps } = setup();
    expect(await refreshHealth(deps(T0), 'ENG')).toMatchObject({ full: true, reason: 'first', issueCount: 2 });
    expect(asked).toEqual(expect.arrayContaining(['board setup', 'statuses', 'sprints from 0', 'search project = "ENG" ORDER BY key ASC', 'changelogs 1,2']));
    asked.length = 0;
    expect(await refreshHealth(deps(T0 + HOUR), 'ENG')).toMatchObject({ full: false, reason: null, issuesRead: 0, issueCount: 2 });
    expect(asked.sort()).toEqual(['search project = "ENG" AND updated >= "-75m" ORDER BY key ASC', 'sprints from 1']);
  });

  it('a changed issue is read with its changelog and replaces its record; the others stay', async () => {
    const { state, asked, deps } = setup();
    await refreshHealth(deps(T0), 'ENG');
    state.issues = [state.issues[0]!, { ...state.issues[1]!, storyPoints: 8, updated: T0 + 30 * 60_000 }];
    asked.length = 0;
    expect(await refreshHealth(deps(T0 + HOUR), 'ENG')).toMatchObject({ full: false, issuesRead: 1, issueCount: 2 });
    expect(asked).toContain('changelogs 2');
  });

  it('board columns changed (seen at the daily check) → a full rebuild with the new done column', async () => {
    const { state, deps } = setup();
    await refreshHealth(deps(T0), 'ENG');
    state.columns = [{ name: 'To Do', statusIds: ['10000'] }, { name: 'Done', statusIds: ['10001'] }, { name: 'Released', statusIds: ['10009'] }];
    expect(await refreshHealth(deps(T0 + 2 * HOUR), 'ENG')).toMatchObject({ full: false });
    expect(await refreshHealth(deps(T0 + 2 * HOUR), 'ENG', { checkBoard: true })).toMatchObject({ full: true, reason: 'board-changed' });
  });

  it('a week after the last full rebuild, another one (it also drops deleted issues)', async () => {
    const { state, deps } = setup();
    await refreshHealth(deps(T0), 'ENG');
    state.issues = [state.issues[0]!];
    expect(await refreshHealth(deps(T0 + 7 * DAY), 'ENG')).toMatchObject({ full: true, reason: 'weekly', issueCount: 1 });
  });

  it('a sprint deleted from the known list: the whole list is read again, not a shifted one', async () => {
    const { state, asked, deps } = setup();
    state.sprints = [aSprint({ id: 1, state: 'closed' }), aSprint({ id: 3, state: 'closed' }), aSprint({ id: 2, state: 'active', completeDate: null })];
    await refreshHealth(deps(T0), 'ENG');
    state.sprints = [aSprint({ id: 1, state: 'closed' }), aSprint({ id: 2, state: 'active', completeDate: null })];
    asked.length = 0;
    await refreshHealth(deps(T0 + HOUR), 'ENG');
    expect(asked.filter((a) => a.startsWith('sprints'))).toEqual(['sprints from 2', 'sprints from 0']);
  });

  it('nothing changed: the lists behind the numbers are not written again', async () => {
    const { store, deps } = setup();
    await refreshHealth(deps(T0), 'ENG');
    const refsKeys = async () => (await store.list('health:ENG:r')).map((e) => e.key);
    const before = await refsKeys();
    expect(before.length).toBeGreaterThan(0);
    await refreshHealth(deps(T0 + HOUR), 'ENG');
    expect(await refsKeys()).toEqual(before);
    expect(await store.get(healthKeys.meta('ENG'))).toMatchObject({ computedAt: T0 + HOUR, lastFullAt: T0 });
  });
});
