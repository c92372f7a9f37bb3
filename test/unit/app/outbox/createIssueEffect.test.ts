import { CLAIM_MS } from '../../../../src/app/outbox/claim';
import { attemptEffect } from '../../../../src/app/outbox/complete';
import { effectDone } from '../../../../src/app/outbox/ledger';
import type { CreateIssueEffect } from '../../../../src/domain/effects/types';
import { JiraError } from '../../../../src/jira/errors';
import { T0 } from '../../../support/builders';
import { fakeAppStore, fakeJira } from '../../../support/fakePorts';

const effect: CreateIssueEffect = {
  kind: 'create-issue',
  id: 'escalation:calibration-call:concern_k1:create',
  projectKey: 'ENG',
  requestedAt: T0,
  issue: { issueTypeName: 'Task', summary: 'Calibration call: a concern', description: { type: 'doc', version: 1, content: [] }, assigneeId: 'delivery', dueDate: '2026-11-09' },
};

/** A Jira that stores what it is asked to create; `fail` decides, per create, whether the answer is lost after storing (504) or the request refused (400). */
function jiraStoring(fail: (n: number) => 'after' | 'refused' | null = () => null) {
  const { jira } = fakeJira({});
  const stored: { effectId: string; key: string }[] = [];
  let creates = 0;
  let looks = 0;
  jira.createIssue = async (fields, { effectId }) => {
    const outcome = fail(++creates);
    const operation = { method: 'POST' as const, path: '/rest/api/3/issue' };
    if (outcome === 'refused') throw new JiraError({ kind: 'invalid', operation, status: 400, messages: ['issuetype: The issue type selected is invalid.'] });
    const key = `${fields.projectKey}-${100 + stored.length}`;
    stored.push({ effectId, key });
    if (outcome === 'after') throw new JiraError({ kind: 'server', operation, status: 504, messages: ['Gateway timeout'], mayHaveApplied: true });
    return { issueId: String(20000 + stored.length), issueKey: key };
  };
  jira.findEffectIssue = async (_project, effectId) => {
    looks++;
    const found = stored.find((s) => s.effectId === effectId);
    return found ? { issueId: 'found', issueKey: found.key } : null;
  };
  return { jira, stored, counts: () => ({ creates, looks }) };
}

describe('a create-issue effect through the outbox', () => {
  it('creates at its first attempt without a look, and records the issue', async () => {
    const store = fakeAppStore();
    const { jira, stored, counts } = jiraStoring();
    const outcome = await attemptEffect({ jira, store, now: T0, holder: 'a' }, 'ENG', effect);
    expect(outcome).toMatchObject({ kind: 'done', done: { outcome: 'done', createdIssue: { issueKey: 'ENG-100' } } });
    expect(counts()).toEqual({ creates: 1, looks: 0 });
    expect(stored).toHaveLength(1);
    expect((await effectDone(store, 'ENG', effect.id))?.createdIssue).toEqual({ issueId: '20001', issueKey: 'ENG-100' });
  });

  it('after a create Jira may have stored, waits for its claim to expire, then finds the issue instead of creating a second', async () => {
    const store = fakeAppStore();
    const { jira, stored, counts } = jiraStoring((n) => (n === 1 ? 'after' : null));
    expect(await attemptEffect({ jira, store, now: T0, holder: 'a' }, 'ENG', effect)).toMatchObject({ kind: 'failed' });
    // Jira's search may not show the issue yet: no attempt while the claim holds, not even by the same run.
    expect(await attemptEffect({ jira, store, now: T0 + 1000, holder: 'b' }, 'ENG', effect)).toMatchObject({ kind: 'busy', until: T0 + CLAIM_MS });
    const later = await attemptEffect({ jira, store, now: T0 + CLAIM_MS + 1, holder: 'b' }, 'ENG', effect);
    expect(later).toMatchObject({ kind: 'done', done: { outcome: 'found', createdIssue: { issueKey: 'ENG-100' } } });
    expect(stored).toHaveLength(1);
    expect(counts()).toEqual({ creates: 1, looks: 1 });
  });

  it('after a create Jira refused, the next attempt may go at once — and still looks first', async () => {
    const store = fakeAppStore();
    const { jira, stored, counts } = jiraStoring((n) => (n === 1 ? 'refused' : null));
    expect(await attemptEffect({ jira, store, now: T0, holder: 'a' }, 'ENG', effect)).toMatchObject({ kind: 'failed', error: expect.stringContaining('400') });
    expect(await attemptEffect({ jira, store, now: T0 + 1000, holder: 'a' }, 'ENG', effect)).toMatchObject({ kind: 'done', done: { outcome: 'done' } });
    expect(stored).toHaveLength(1);
    expect(counts()).toEqual({ creates: 2, looks: 1 });
  });

  it('two attempts at once create one issue', async () => {
    const store = fakeAppStore();
    const { jira, stored } = jiraStoring();
    const outcomes = await Promise.all([attemptEffect({ jira, store, now: T0, holder: 'a' }, 'ENG', effect), attemptEffect({ jira, store, now: T0, holder: 'b' }, 'ENG', effect)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['busy', 'done']);
    expect(stored).toHaveLength(1);
  });
});
