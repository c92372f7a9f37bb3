import { npsDissatisfaction } from '../../../../src/app/nps/dissatisfaction';
import { npsRecords } from '../../../../src/app/nps/npsRecords';
import { defaultPolicy } from '../../../../src/domain/policy/defaults';
import { fakeAppStore, memoryPolicyStore } from '../../../support/fakePorts';

const NOW = Date.UTC(2026, 9, 10, 15); // Q4 2026, survey open (New York)

async function setup() {
  const store = fakeAppStore();
  const policies = memoryPolicyStore({ policy: defaultPolicy(), version: 1, history: [] }).store;
  const records = npsRecords(store, 'ENG');
  const answer = (quarter: string, who: string, score: number, comment: string | null, at: number) => records.putAnswer(quarter, who, { score, comment, at });
  await answer('2026-Q3', 'acc-emily', 10, null, Date.UTC(2026, 6, 3));
  await answer('2026-Q3', 'acc-marcus', 9, null, Date.UTC(2026, 6, 4));
  await answer('2026-Q3', 'acc-linda', 9, 'Good quarter', Date.UTC(2026, 6, 5));
  await answer('2026-Q4', 'acc-emily', 4, 'Demos keep slipping — Emily', Date.UTC(2026, 9, 2));
  await answer('2026-Q4', 'acc-marcus', 9, null, Date.UTC(2026, 9, 3));
  await answer('2026-Q4', 'acc-linda', 6, null, Date.UTC(2026, 9, 4));
  // A quarter after `now` (a clock ahead) is not listed.
  await answer('2027-Q1', 'acc-linda', 0, null, Date.UTC(2027, 0, 4));
  return { store, policies, records };
}

describe('npsDissatisfaction: the calibration call’s signals from the survey', () => {
  it('lists each detractor answer and each quarter that dropped 20 points or more, oldest first', async () => {
    const { store, policies } = await setup();
    const items = await npsDissatisfaction({ store, policies }, 'ENG', NOW);
    expect(items.map((i) => [i.kind, i.quarter, i.quote, i.at])).toEqual([
      ['detractor', '2026-Q4', 'Demos keep slipping — Emily', Date.UTC(2026, 9, 2)],
      ['detractor', '2026-Q4', null, Date.UTC(2026, 9, 4)],
      // Q3 +100 → Q4 −33.
      ['nps-drop', '2026-Q4', null, Date.UTC(2026, 9, 4)],
    ]);
    expect(items[2]).toMatchObject({ id: 'nps-drop:2026-Q4', summary: 'NPS fell 133 points (20 or more), from +100 in Q3 2026 to −33 in Q4 2026' });
    expect(items[0]!.summary).toBe('A detractor answer (4 of 10) in Q4 2026');
  });

  it('ids are stable per person and quarter, and name nobody (not even as a plain hash of the account)', async () => {
    const { store, policies, records } = await setup();
    const first = await npsDissatisfaction({ store, policies }, 'ENG', NOW);
    await records.putAnswer('2026-Q4', 'acc-emily', { score: 3, comment: 'Changed my mind', at: Date.UTC(2026, 9, 6) });
    const again = await npsDissatisfaction({ store, policies }, 'ENG', NOW);
    const emily = (items: typeof first) => items.find((i) => i.kind === 'detractor' && i.quote !== null)!;
    expect(emily(again).id).toBe(emily(first).id);
    expect(new Set(first.map((i) => i.id)).size).toBe(first.length);
    for (const item of first) {
      expect(JSON.stringify(item)).not.toMatch(/acc-|linda|marcus/i);
      expect(item.id).toMatch(/^nps-(detractor:2026-Q4:[0-9a-f]{24}|drop:2026-Q4)$/);
    }
  });

  it('an answer changed away from a detractor’s is no longer listed', async () => {
    const { store, policies, records } = await setup();
    await records.putAnswer('2026-Q4', 'acc-linda', { score: 8, comment: null, at: Date.UTC(2026, 9, 7) });
    const items = await npsDissatisfaction({ store, policies }, 'ENG', NOW);
    expect(items.filter((i) => i.kind === 'detractor')).toHaveLength(1);
  });
});
