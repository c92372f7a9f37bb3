import { currentStatusId, isInReadyStatus, isReadyStatus, lastEnteredReadyAt, resolveReadyStatus, type ProjectStatus } from '../../../src/domain/acceptance/readyStatus';
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

describe('statuses by id (two statuses can share a name)', () => {
  const STATUSES: ProjectStatus[] = [
    { id: '10000', name: 'To Do', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10003', name: 'Ready for Acceptance', category: 'indeterminate' },
    { id: '10001', name: 'Done', category: 'done' },
    { id: '10099', name: 'Done', category: 'done' },
    { id: '10200', name: 'Review', category: 'indeterminate' },
    { id: '10201', name: 'Review', category: 'indeterminate' },
  ];
  const move = (at: number, from: [string, string], to: [string, string]): ChangelogEntry => ({
    issueId: '1',
    id: String(at),
    authorId: null,
    at,
    changes: [{ fieldId: 'status', field: 'status', from: from[0], fromString: from[1], to: to[0], toString: to[1] }],
  });

  it('resolves the configured status by its id, and a name saved before ids to the one status that has it', () => {
    expect(resolveReadyStatus(STATUSES, settings('10003'))).toEqual({ name: 'Ready for Acceptance', isDoneCategory: false, ids: ['10003'] });
    expect(resolveReadyStatus(STATUSES, settings('ready for acceptance'))).toEqual({ name: 'Ready for Acceptance', isDoneCategory: false, ids: ['10003'] });
    expect(resolveReadyStatus(STATUSES, settings('10099'))).toEqual({ name: 'Done', isDoneCategory: true, ids: ['10099'] });
  });

  it('a name two statuses share counts both, as the name did before ids', () => {
    expect(resolveReadyStatus(STATUSES, settings('Review'))).toEqual({ name: 'Review', isDoneCategory: false, ids: ['10200', '10201'] });
  });

  it('compares by id when the status id is known, by name only when it is not', () => {
    const ready = resolveReadyStatus(STATUSES, settings('10200'));
    expect(isReadyStatus('Review', 'indeterminate', ready, '10200')).toBe(true);
    expect(isReadyStatus('Review', 'indeterminate', ready, '10201')).toBe(false);
    expect(isReadyStatus('Review', 'indeterminate', ready)).toBe(true);
    expect(isInReadyStatus({ statusId: '10201', statusName: 'Review', statusCategory: 'indeterminate', enteredReadyAt: null }, ready)).toBe(false);
  });

  it('reads the status ids of the changelog: entering another status of the same name is not entering the ready status', () => {
    const ready = resolveReadyStatus(STATUSES, settings('10200'));
    const log = [move(1, ['3', 'In Progress'], ['10200', 'Review']), move(2, ['10200', 'Review'], ['3', 'In Progress']), move(3, ['3', 'In Progress'], ['10201', 'Review'])];
    expect(lastEnteredReadyAt(log, STATUSES, ready)).toBe(1);
  });

  it('the issue’s current status id: its name’s one id, else where the changelog last moved it, else unknown', () => {
    expect(currentStatusId('In Progress', [], STATUSES)).toBe('3');
    expect(currentStatusId('Done', [move(1, ['3', 'In Progress'], ['10001', 'Done']), move(2, ['10001', 'Done'], ['10099', 'Done'])], STATUSES)).toBe('10099');
    expect(currentStatusId('Done', [], STATUSES)).toBeNull();
    expect(currentStatusId('Archived', [], STATUSES)).toBeNull();
  });
});
