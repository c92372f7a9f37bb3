import { acceptanceState } from '../../../src/domain/acceptance/state';
import { accept, canGiveVerdict, requestChanges } from '../../../src/domain/acceptance/verdicts';
import { ACCEPTOR, accepted, DEPUTY, DEVELOPER, done, HOUR, input, inProgress, inReady, ISSUE, ok, READY, rejected, T0 } from './acceptanceBuilders';

describe('accept', () => {
  it('creates the record at version 1 with the round and the ready time', () => {
    expect(accept(undefined, input(inReady(T0), T0 + HOUR))).toEqual({
      ok: true,
      record: { ...ISSUE, verdicts: [{ round: 1, verdict: 'accepted', byAccountId: ACCEPTOR, at: T0 + HOUR, feedback: null, readyAt: T0 }], version: 1 },
    });
  });

  it('lets any named acceptor give the verdict', () => {
    expect(accept(undefined, input(inReady(T0), T0 + HOUR, { byAccountId: DEPUTY })).ok).toBe(true);
    expect(canGiveVerdict(DEPUTY, [ACCEPTOR, DEPUTY])).toBe(true);
    expect(canGiveVerdict('', [''])).toBe(false);
  });

  it('refuses anyone who is not an acceptor, and changes nothing', () => {
    const rec = rejected(undefined, T0, T0 + HOUR);
    const before = structuredClone(rec);
    const refusal = {
      ok: false,
      code: 'forbidden',
      message: "Only the client's acceptors can accept or request changes (ask the customer acceptors named in the project settings)",
    };
    expect(accept(rec, input(inReady(T0 + 2 * HOUR), T0 + 3 * HOUR, { byAccountId: DEVELOPER }))).toEqual(refusal);
    expect(accept(undefined, input(inReady(T0), T0 + HOUR, { acceptorIds: [] }))).toEqual(refusal);
    expect(rec).toEqual(before);
  });

  it('refuses outside the awaiting state, naming the state', () => {
    expect(accept(undefined, input(inProgress(), T0))).toEqual({ ok: false, code: 'conflict', message: 'ENG-42 is not awaiting acceptance (state: not ready)' });
    const rec = accepted(undefined, T0, T0 + HOUR);
    expect(accept(rec, input(inReady(T0), T0 + 2 * HOUR))).toEqual({ ok: false, code: 'conflict', message: 'ENG-42 is not awaiting acceptance (state: accepted)' });
    expect(accept(rec, input(done(T0), T0 + 2 * HOUR))).toMatchObject({ ok: false, code: 'conflict' });
    const back = rejected(undefined, T0, T0 + HOUR);
    expect(accept(back, input(inProgress(T0), T0 + 2 * HOUR))).toEqual({ ok: false, code: 'conflict', message: 'ENG-42 is not awaiting acceptance (state: changes requested)' });
  });

  it("refuses another issue's record", () => {
    const rec = { ...accepted(undefined, T0, T0 + HOUR), issueId: '99' };
    expect(accept(rec, input(inReady(T0 + 2 * HOUR), T0 + 3 * HOUR))).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('requestChanges', () => {
  it('appends a change request with the trimmed feedback', () => {
    const rec = ok(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR), feedback: '  The button copy is wrong.\n' }));
    expect(rec.verdicts).toEqual([{ round: 1, verdict: 'changes-requested', byAccountId: ACCEPTOR, at: T0 + HOUR, feedback: 'The button copy is wrong.', readyAt: T0 }]);
    expect(rec.version).toBe(1);
  });

  it('requires feedback of 1 to 5000 characters', () => {
    const message = { ok: false, code: 'invalid', message: 'Write what should change in 1 to 5000 characters' };
    expect(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR), feedback: '' })).toEqual(message);
    expect(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR), feedback: ' \n\t ' })).toEqual(message);
    expect(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR), feedback: 'x'.repeat(5001) })).toEqual(message);
    expect(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR), feedback: ` ${'x'.repeat(5000)} ` }).ok).toBe(true);
    expect(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR), feedback: undefined as unknown as string })).toEqual(message);
  });

  it('refuses non-acceptors and the wrong state before looking at the feedback', () => {
    expect(requestChanges(undefined, { ...input(inReady(T0), T0 + HOUR, { byAccountId: DEVELOPER }), feedback: '' })).toMatchObject({ code: 'forbidden' });
    expect(requestChanges(undefined, { ...input(inProgress(), T0 + HOUR), feedback: 'Change it' })).toMatchObject({ code: 'conflict' });
  });
});

describe('rounds and history', () => {
  it('rejected, re-submitted, rejected again, re-submitted, accepted: every verdict kept, rounds 1–3', () => {
    const r1 = rejected(undefined, T0, T0 + HOUR, 'First feedback');
    // Still in the ready status, not re-submitted: no second verdict on round 1.
    expect(accept(r1, input(inReady(T0), T0 + 2 * HOUR))).toMatchObject({ ok: false, code: 'conflict' });
    const r2 = rejected(r1, T0 + 3 * HOUR, T0 + 4 * HOUR, 'Second feedback');
    const r3 = accepted(r2, T0 + 5 * HOUR, T0 + 6 * HOUR);
    expect(r3.version).toBe(3);
    expect(r3.verdicts.map((v) => [v.round, v.verdict, v.feedback, v.readyAt])).toEqual([
      [1, 'changes-requested', 'First feedback', T0],
      [2, 'changes-requested', 'Second feedback', T0 + 3 * HOUR],
      [3, 'accepted', null, T0 + 5 * HOUR],
    ]);
    // Earlier records are never rewritten: each write is a new object.
    expect(r1.verdicts).toHaveLength(1);
    expect(r2.verdicts).toHaveLength(2);
    expect(r3.verdicts.slice(0, 2)).toEqual(r2.verdicts);
    expect(acceptanceState(r3, done(T0 + 5 * HOUR), READY).state).toBe('accepted');
  });

  it('an accepted issue re-opened and re-submitted can be judged again in a new round', () => {
    const first = accepted(undefined, T0, T0 + HOUR);
    const again = rejected(first, T0 + 10 * HOUR, T0 + 11 * HOUR);
    expect(again.verdicts.map((v) => [v.round, v.verdict])).toEqual([
      [1, 'accepted'],
      [2, 'changes-requested'],
    ]);
  });

  it('follows the issue key when the issue moved, keeping its id', () => {
    const first = rejected(undefined, T0, T0 + HOUR);
    const moved = ok(accept(first, input(inReady(T0 + 2 * HOUR), T0 + 3 * HOUR, { issue: { ...ISSUE, issueKey: 'ENG-420' } })));
    expect([moved.issueId, moved.issueKey]).toEqual([ISSUE.issueId, 'ENG-420']);
  });
});
