import { isInReadyStatus, isReadyStatus, lastEnteredReadyAt, resolveReadyStatus, type ProjectStatus } from '../../../src/domain/acceptance/readyStatus';
import type { ChangelogEntry } from '../../../src/domain/types';

const WORKFLOW: ProjectStatus[] = [
  { name: 'To Do', category: 'new' },
  { name: 'In Progress', category: 'indeterminate' },
  { name: 'Ready for Acceptance', category: 'indeterminate' },
  { name: 'Done', category: 'done' },
];
const PLAIN: ProjectStatus[] = [
  { name: 'To Do', category: 'new' },
  { name: 'In Progress', category: 'indeterminate' },
  { name: 'Evaluation', category: 'indeterminate' },
  { name: 'Done', category: 'done' },
  { name: 'Closed', category: 'done' },
];
const settings = (readyStatus: string | null) => ({ readyStatus, returnStatus: null, gateEnabled: true });

describe('resolveReadyStatus', () => {
  it('uses the configured status when the project has it, in the project’s spelling', () => {
    expect(resolveReadyStatus(WORKFLOW, settings('in progress'))).toEqual({ name: 'In Progress', isDoneCategory: false });
    expect(resolveReadyStatus(WORKFLOW, settings(' Done '))).toEqual({ name: 'Done', isDoneCategory: true });
  });

  it('falls back to a status named like one when the configured one is missing or not set', () => {
    expect(resolveReadyStatus(WORKFLOW, settings('Client sign-off'))).toEqual({ name: 'Ready for Acceptance', isDoneCategory: false });
    expect(resolveReadyStatus(WORKFLOW, settings(null))).toEqual({ name: 'Ready for Acceptance', isDoneCategory: false });
    for (const name of ['Ready for client acceptance', 'Awaiting acceptance', 'Customer Review', 'UAT', 'In UAT']) {
      expect(resolveReadyStatus([...PLAIN, { name, category: 'indeterminate' }], settings(null))).toEqual({ name, isDoneCategory: false });
    }
  });

  it('falls back to the first Done-category status, not to names that only contain "uat"', () => {
    expect(resolveReadyStatus(PLAIN, settings(null))).toEqual({ name: 'Done', isDoneCategory: true });
    expect(resolveReadyStatus([], settings(null))).toEqual({ name: 'Done', isDoneCategory: true });
  });
});

describe('isInReadyStatus / isReadyStatus', () => {
  const ready = { name: 'Ready for Acceptance', isDoneCategory: false };
  it('matches the name regardless of case', () => {
    expect(isInReadyStatus({ statusName: 'ready for acceptance', statusCategory: 'indeterminate', enteredReadyAt: null }, ready)).toBe(true);
    expect(isInReadyStatus({ statusName: 'Done', statusCategory: 'done', enteredReadyAt: null }, ready)).toBe(false);
  });
  it('counts every Done-category status when the ready status is the Done category', () => {
    const doneReady = { name: 'Done', isDoneCategory: true };
    expect(isReadyStatus('Closed', 'done', doneReady)).toBe(true);
    expect(isReadyStatus('In Progress', 'indeterminate', doneReady)).toBe(false);
  });
});

describe('lastEnteredReadyAt', () => {
  const move = (at: number, from: string, to: string): ChangelogEntry => ({
    issueId: '1',
    id: String(at),
    authorId: null,
    at,
    changes: [{ fieldId: 'status', field: 'status', from: null, fromString: from, to: null, toString: to }],
  });
  const ready = { name: 'Ready for Acceptance', isDoneCategory: false };

  it('is the last move into the ready status, whatever the order of the changelog', () => {
    const log = [move(1, 'In Progress', 'Ready for Acceptance'), move(3, 'In Progress', 'Ready for Acceptance'), move(2, 'Ready for Acceptance', 'In Progress'), move(4, 'Ready for Acceptance', 'Done')];
    expect(lastEnteredReadyAt(log, WORKFLOW, ready)).toBe(3);
    expect(lastEnteredReadyAt([move(1, 'To Do', 'In Progress')], WORKFLOW, ready)).toBeNull();
  });

  it('with Done as the ready status, Done → Closed is not a new entry', () => {
    const log = [move(5, 'In Progress', 'Done'), move(6, 'Done', 'Closed')];
    expect(lastEnteredReadyAt(log, PLAIN, { name: 'Done', isDoneCategory: true })).toBe(5);
  });
});
