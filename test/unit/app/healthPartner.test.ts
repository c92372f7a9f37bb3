/**
 * The partner signal through a health refresh: Jira's issues (reporters with their account type,
 * links) and the acceptance records in app storage become the project page's months, its tile, and
 * the lists behind each number.
 */
import { refreshHealth, type HealthDeps } from '../../../src/app/health/refreshHealth';
import { healthSnapshotStore } from '../../../src/app/health/snapshotStore';
import type { AcceptanceStore, DecisionStore, JiraPort } from '../../../src/app/ports';
import type { AcceptanceRecord } from '../../../src/domain/acceptance/types';
import { refRows } from '../../../src/domain/health/refs';
import { defaultPolicy } from '../../../src/domain/policy/defaults';
import type { Issue, PersonRef } from '../../../src/domain/types';
import { anIssue, T0 } from '../../support/builders';
import { fakeAppStore, fakeJira, memoryPolicyStore } from '../../support/fakePorts';

const person = (accountId: string): PersonRef => ({ accountId, displayName: accountId, accountType: 'atlassian' });
const APP: PersonRef = { accountId: 'engagement-health-app', displayName: 'Engagement Health for Jira', accountType: 'app' };
const CLIENT = person('client-po');
const DEV = person('dev-1');
const oct = (day: number) => Date.UTC(2026, 9, day, 12);
const sep = (day: number) => Date.UTC(2026, 8, day, 12);

function setup(issues: Issue[], acceptance: AcceptanceRecord[]) {
  const base = fakeJira({}).jira;
  const jira: JiraPort = {
    ...base,
    getBoardSetup: async () => ({ estimationField: null, columns: [{ name: 'To Do', statusIds: ['10000'] }, { name: 'Done', statusIds: ['10001'] }] }),
    getProjectStatuses: async () => [],
    listSprints: async () => [],
    searchIssues: async () => issues,
    fetchChangelogs: async () => [],
  };
  const policy = defaultPolicy();
  policy.teams.client.accountIds = [CLIENT.accountId];
  const store = fakeAppStore();
  const deps: HealthDeps = {
    jira,
    store,
    policies: memoryPolicyStore({ policy, version: 1, history: [] }).store,
    decisions: { listByProject: async () => [] } as unknown as DecisionStore,
    acceptance: { listByProject: async () => acceptance } as unknown as AcceptanceStore,
    now: T0,
  };
  return { deps, snapshots: healthSnapshotStore(store, 'ENG') };
}

describe('the partner signal in the health snapshot', () => {
  it('October (the last ended month) judged against September; the app’s issues and a change request’s follow-ups left out, with why', async () => {
    const cr = anIssue({ id: '500', key: 'ENG-500', created: sep(1), reporter: DEV });
    const issues = [
      cr,
      // September: 3 of 5 by the client.
      ...[1, 2, 3].map((d) => anIssue({ id: `6${d}`, key: `ENG-6${d}`, created: sep(d + 10), reporter: CLIENT, issueType: 'Story' })),
      ...[4, 5].map((d) => anIssue({ id: `6${d}`, key: `ENG-6${d}`, created: sep(d + 10), reporter: DEV, issueType: 'Bug' })),
      // October: 1 of 6 by the client, one by the app, one follow-up of ENG-500's change request, a Task that is no idea.
      anIssue({ id: '71', key: 'ENG-71', created: oct(2), reporter: CLIENT, issueType: 'Improvement' }),
      ...[3, 4, 5, 6, 7].map((d) => anIssue({ id: `7${d}`, key: `ENG-7${d}`, created: oct(d), reporter: DEV, issueType: 'Bug' })),
      anIssue({ id: '80', key: 'ENG-80', created: oct(8), reporter: APP, issueType: 'Story', summary: 'Calibration call: detractor answer' }),
      anIssue({ id: '81', key: 'ENG-81', created: oct(9), reporter: CLIENT, issueType: 'Story', linkedIssueIds: ['500'] }),
      anIssue({ id: '82', key: 'ENG-82', created: oct(10), reporter: CLIENT, issueType: 'Task' }),
    ];
    const acceptance: AcceptanceRecord[] = [
      { projectKey: 'ENG', issueId: '500', issueKey: 'ENG-500', version: 1, verdicts: [{ round: 1, verdict: 'changes-requested', byAccountId: CLIENT.accountId, at: oct(1), feedback: 'Change the copy', readyAt: null }] },
    ];
    const { deps, snapshots } = setup(issues, acceptance);
    await refreshHealth(deps, 'ENG');
    const meta = (await snapshots.meta())!;
    const view = (await snapshots.view())!;

    expect(view.partner.map((m) => [m.key, m.client.value, m.counted.value, m.excluded.value, m.complete])).toEqual([
      ['2026-06', 0, 0, 0, true],
      ['2026-07', 0, 0, 0, true],
      ['2026-08', 0, 0, 0, true],
      ['2026-09', 3, 6, 0, true],
      ['2026-10', 1, 6, 2, true],
      ['2026-11', 0, 0, 0, false],
    ]);
    // ENG-500 itself is a September story by the delivery team.
    expect(view.partner[3]!.share).toBe(0.5);

    const tile = view.signals.find((s) => s.key === 'partner')!;
    expect(tile).toEqual({
      key: 'partner',
      title: 'Partner signal',
      level: 'amber',
      reason: 'Client raised 1 of 6 new ideas and problems in October (17 %), down from 50 % in September, below the 25 % amber threshold',
      ref: 'ps:2026-10:counted',
    });
    expect(tile.ref).toBe(view.partner[4]!.counted.ref);
    expect(view.formulas.partner).toMatch(/^Partner signal of a calendar month \(UTC\)/);

    const rows = async (ref: string | null) => refRows((await snapshots.refList(meta, ref!))!);
    const key = (id: string) => issues.find((i) => i.id === id)!.key;
    expect((await rows(view.partner[4]!.client.ref)).map((r) => [key(r.issueId), r.event])).toEqual([['ENG-71', 'Improvement raised by the client team']]);
    expect((await rows(view.partner[4]!.counted.ref)).map((r) => key(r.issueId))).toEqual(['ENG-71', 'ENG-73', 'ENG-74', 'ENG-75', 'ENG-76', 'ENG-77']);
    expect((await rows(view.partner[4]!.counted.ref))[1]).toEqual({ issueId: '73', points: null, event: 'Bug raised by someone not on the client team', at: oct(3) });
    expect((await rows(view.partner[4]!.excluded.ref)).map((r) => [key(r.issueId), r.event, r.at])).toEqual([
      ['ENG-80', 'Created by an app', oct(8)],
      ['ENG-81', 'Follow-up of the change request on ENG-500', oct(9)],
    ]);
    // A number with nothing behind it opens nothing.
    expect(view.partner[0]!.counted.ref).toBeNull();
  });

  it('the records keep what the signal reads across an incremental refresh (app reporter, links)', async () => {
    const issues = [anIssue({ id: '1', key: 'ENG-1', created: oct(2), reporter: APP }), anIssue({ id: '2', key: 'ENG-2', created: oct(3), reporter: CLIENT, linkedIssueIds: ['9'] })];
    const { deps, snapshots } = setup(issues, []);
    await refreshHealth(deps, 'ENG');
    const stored = await snapshots.allIssues((await snapshots.meta())!);
    expect(stored.map((h) => [h.id, h.reporterIsApp, h.linkedIssueIds])).toEqual([
      ['1', true, []],
      ['2', false, ['9']],
    ]);
  });
});
