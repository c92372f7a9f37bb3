/** The Done gate's note that Jira ran it: written at most once a day, read back per project. */
import { gateLastAsked, noteGateAsked } from '../../../src/app/acceptance/gateAsked';
import type { AppStore } from '../../../src/app/ports';
import { fakeAppStore } from '../../support/fakePorts';

const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 18, 9);

function countingStore(): AppStore & { sets: () => number } {
  const store = fakeAppStore();
  let sets = 0;
  return { ...store, set: async (key, value) => ((sets += 1), store.set(key, value)), sets: () => sets };
}

it('is null until Jira ran the check in the project, then the time it did, to the day', async () => {
  const store = countingStore();
  expect(await gateLastAsked(store, 'ENG')).toBeNull();
  await noteGateAsked(store, 'ENG', T);
  await noteGateAsked(store, 'ENG', T + 5 * HOUR);
  await noteGateAsked(store, 'ENG', T + 23 * HOUR);
  expect(store.sets()).toBe(1);
  expect(await gateLastAsked(store, 'ENG')).toBe(T);
  await noteGateAsked(store, 'ENG', T + 25 * HOUR);
  expect(store.sets()).toBe(2);
  expect(await gateLastAsked(store, 'ENG')).toBe(T + 25 * HOUR);
  // Another project's workflow is its own.
  expect(await gateLastAsked(store, 'OPS')).toBeNull();
});
