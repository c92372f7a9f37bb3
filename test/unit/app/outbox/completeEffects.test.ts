import { completeEffects } from '../../../../src/app/outbox/complete';
import { doneEffects } from '../../../../src/app/outbox/ledger';
import type { SideEffect } from '../../../../src/domain/effects/types';
import { anIssue, T0 } from '../../../support/builders';
import { fakeAppStore, fakeJira } from '../../../support/fakePorts';

const comment: SideEffect = { kind: 'comment', id: 'acceptance:1:r1:comment', issueKey: 'ENG-1', requestedAt: T0, body: { type: 'doc', version: 1, content: [] } };
const move: SideEffect = { kind: 'transition', id: 'acceptance:1:r1:move-back', issueKey: 'ENG-1', requestedAt: T0, toStatus: 'In Progress' };

function jiraWith(options: { commentFails?: number; alreadyCommented?: boolean; status?: string } = {}) {
  const ports = fakeJira({ issues: [anIssue({ key: 'ENG-1', status: options.status ?? 'Ready for Acceptance' })] });
  const posted: string[] = [];
  const moved: string[] = [];
  let fails = options.commentFails ?? 0;
  ports.jira.hasEffectComment = async (_key, effectId) => options.alreadyCommented === true || posted.includes(effectId);
  ports.jira.addComment = async (_key, _body, opts) => {
    if (fails-- > 0) throw new Error('Jira answered 503');
    posted.push(opts!.effectId!);
    return { commentId: `c-${posted.length}` };
  };
  ports.jira.transitionToStatus = async (_key, to) => (moved.push(to), true);
  return { jira: ports.jira, posted, moved };
}

describe('completeEffects (the outbox)', () => {
  it('does each effect once and records it; a second run does nothing', async () => {
    const store = fakeAppStore();
    const { jira, posted, moved } = jiraWith();
    expect(await completeEffects({ jira, store, now: T0 }, 'ENG', [comment, move])).toEqual({ done: [comment.id, move.id], pending: [] });
    expect(await completeEffects({ jira, store, now: T0 }, 'ENG', [comment, move])).toEqual({ done: [], pending: [] });
    expect(posted).toEqual([comment.id]);
    expect(moved).toEqual(['In Progress']);
    expect(await doneEffects(store, 'ENG')).toEqual(new Set([comment.id, move.id]));
  });

  it('keeps a failed comment pending and the move behind it waiting, then completes both', async () => {
    const store = fakeAppStore();
    const { jira, posted, moved } = jiraWith({ commentFails: 1 });
    const first = await completeEffects({ jira, store, now: T0 }, 'ENG', [comment, move]);
    expect(first.done).toEqual([]);
    expect(first.pending.map((p) => p.effectId)).toEqual([comment.id, move.id]);
    expect(moved).toEqual([]);
    expect((await completeEffects({ jira, store, now: T0 }, 'ENG', [comment, move])).done).toEqual([comment.id, move.id]);
    expect(posted).toEqual([comment.id]);
  });

  it('does not post a comment that Jira already has (a 504 after it was stored), nor move an issue already there', async () => {
    const store = fakeAppStore();
    const { jira, posted, moved } = jiraWith({ alreadyCommented: true, status: 'In Progress' });
    // The first attempt reached Jira, then its run died before the ledger heard of it.
    await store.create('effect-claim:ENG:acceptance:1:r1:comment:0001', { holder: 'crashed run', attempt: 1, at: T0, until: T0 + 1 });
    expect((await completeEffects({ jira, store, now: T0 + 60_000 }, 'ENG', [comment, move])).done).toEqual([comment.id, move.id]);
    expect(posted).toEqual([]);
    expect(moved).toEqual([]);
    expect((await store.list<{ outcome: string }>('effect-done:ENG:')).map((e) => e.value.outcome)).toEqual(['found', 'found']);
  });

  it("posts a comment's first attempt without looking for it first, and looks on every later attempt", async () => {
    const store = fakeAppStore();
    const { jira, posted } = jiraWith({ commentFails: 1 });
    let looks = 0;
    const look = jira.hasEffectComment;
    jira.hasEffectComment = async (...args) => (looks++, look(...args));
    await completeEffects({ jira, store, now: T0 }, 'ENG', [comment]);
    expect(looks).toBe(0);
    await completeEffects({ jira, store, now: T0 }, 'ENG', [comment]);
    expect(looks).toBe(1);
    expect(posted).toEqual([comment.id]);
    expect((await store.get<{ commentId: string }>('effect-done:ENG:acceptance:1:r1:comment'))?.commentId).toBe('c-1');
  });

  it('leaves an effect another run is attempting to that run (its claim is live), and takes it over once the claim expires', async () => {
    const store = fakeAppStore();
    const { jira, posted } = jiraWith({ alreadyCommented: false });
    await store.create('effect-claim:ENG:acceptance:1:r1:comment:0001', { holder: 'other run', attempt: 1, at: T0, until: T0 + 300_000 });
    const busy = await completeEffects({ jira, store, now: T0 + 1_000, holder: 'this run' }, 'ENG', [comment]);
    expect(busy.pending).toEqual([{ effectId: comment.id, issueKey: 'ENG-1', kind: 'comment', error: 'being done by another run' }]);
    expect(posted).toEqual([]);
    const later = await completeEffects({ jira, store, now: T0 + 300_001, holder: 'this run' }, 'ENG', [comment]);
    expect(later.done).toEqual([comment.id]);
    expect(posted).toEqual([comment.id]);
    expect((await store.list('effect-claim:ENG:acceptance:1:r1:comment:')).map((c) => c.key)).toEqual(['effect-claim:ENG:acceptance:1:r1:comment:0001', 'effect-claim:ENG:acceptance:1:r1:comment:0002']);
  });
});
