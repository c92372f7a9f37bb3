/**
 * The local twin of app storage must behave like the Forge entities it stands
 * in for: conditional writes on the version, all-or-nothing replace, queries
 * by project, issue, and status with due time, and copies, not shared objects.
 */
import { memoryEntities } from '../../../src/store/memoryDecisionStore';
import { aDecision } from '../../support/builders';
import type { AcceptanceRecord } from '../../../src/domain/acceptance/types';

const decision = aDecision;

describe('memory twin of the decision, policy and acceptance entities', () => {
  it('inserts once per id and replaces only from the version it read', async () => {
    const { decisions } = memoryEntities();
    expect(await decisions.insert(decision({}))).toBe(true);
    expect(await decisions.insert(decision({ question: 'again' }))).toBe(false);
    expect(await decisions.replace(decision({ status: 'decided', version: 2 }))).toBe(true);
    expect(await decisions.replace(decision({ status: 'withdrawn', version: 2 }))).toBe(false);
    expect((await decisions.get('ENG', 'D-1'))!.status).toBe('decided');
  });

  it('replaces several decisions all or nothing', async () => {
    const { decisions } = memoryEntities();
    await decisions.insert(decision({ id: 'D-1' }));
    await decisions.insert(decision({ id: 'D-2' }));
    expect(await decisions.replace(decision({ id: 'D-1', version: 2, status: 'decided' }), decision({ id: 'D-2', version: 3 }))).toBe(false);
    expect((await decisions.get('ENG', 'D-1'))!.version).toBe(1);
  });

  it('queries by project, by issue, and pending by due time with no-SLA last', async () => {
    const { decisions } = memoryEntities();
    await decisions.insert(decision({ id: 'D-1', dueAt: null, raisedAt: 1 }));
    await decisions.insert(decision({ id: 'D-2', dueAt: 3000, raisedAt: 2, issueId: '10002' }));
    await decisions.insert(decision({ id: 'D-3', dueAt: 2000, raisedAt: 3, status: 'decided' }));
    await decisions.insert(decision({ id: 'D-4', projectKey: 'OPS' }));
    expect((await decisions.listByProject('ENG')).map((d) => d.id)).toEqual(['D-1', 'D-2', 'D-3']);
    expect((await decisions.listByIssue('ENG', '10002')).map((d) => d.id)).toEqual(['D-2']);
    expect((await decisions.listPending('ENG')).map((d) => d.id)).toEqual(['D-2', 'D-1']);
  });

  it('hands out copies, so a caller cannot change a stored record by mutating it', async () => {
    const { decisions } = memoryEntities();
    await decisions.insert(decision({}));
    const read = (await decisions.get('ENG', 'D-1'))!;
    read.question = 'tampered';
    expect((await decisions.get('ENG', 'D-1'))!.question).toBe('Q?');
  });

  it('saves policies and acceptance records only on top of the version they were read at', async () => {
    const { policies, acceptance } = memoryEntities();
    const policy = { policy: {} as never, version: 1, history: [] };
    expect(await policies.save('ENG', policy)).toBe(true);
    expect(await policies.save('ENG', policy)).toBe(false);
    const record: AcceptanceRecord = { projectKey: 'ENG', issueId: '10001', issueKey: 'ENG-1', verdicts: [], version: 1 };
    expect(await acceptance.save(record)).toBe(true);
    expect(await acceptance.save({ ...record, version: 3 })).toBe(false);
    expect(await acceptance.save({ ...record, version: 2 })).toBe(true);
    expect((await acceptance.listByProject('ENG')).map((r) => r.version)).toEqual([2]);
  });

  it('reports every change with all tables, for the sandbox to persist', async () => {
    const seen: unknown[] = [];
    const { decisions } = memoryEntities({}, (tables) => seen.push(tables));
    await decisions.insert(decision({}));
    expect(seen).toEqual([{ decision: { 'ENG:D-1': expect.objectContaining({ id: 'D-1' }) }, policy: {}, acceptance: {} }]);
  });
});
