import { acceptanceState } from '../../../src/domain/acceptance/state';
import { accepted, done, HOUR, inProgress, inReady, READY, rejected, T0 } from './acceptanceBuilders';

describe('acceptanceState', () => {
  describe('without a verdict', () => {
    it('is not ready before the issue reaches the ready status', () => {
      expect(acceptanceState(undefined, inProgress(), READY)).toEqual({ state: 'not-ready', since: null, round: 1 });
      expect(acceptanceState(undefined, { statusName: 'To Do', statusCategory: 'new', enteredReadyAt: null }, READY)).toEqual({ state: 'not-ready', since: null, round: 1 });
    });

    it('awaits acceptance in the ready status, since it entered it (any letter case)', () => {
      expect(acceptanceState(undefined, inReady(T0), READY)).toEqual({ state: 'awaiting', since: T0, round: 1 });
      expect(acceptanceState(undefined, { ...inReady(T0), statusName: 'READY FOR ACCEPTANCE ' }, READY).state).toBe('awaiting');
    });

    it('awaits with an unknown start when the issue never moved into the ready status (created there)', () => {
      expect(acceptanceState(undefined, inReady(null), READY)).toEqual({ state: 'awaiting', since: null, round: 1 });
    });

    it('is not ready after it left the ready status without a verdict (pulled back, or done with the gate off)', () => {
      expect(acceptanceState(undefined, inProgress(T0), READY).state).toBe('not-ready');
      expect(acceptanceState(undefined, done(T0), READY).state).toBe('not-ready');
    });
  });

  describe('after an acceptance', () => {
    const rec = accepted(undefined, T0, T0 + 2 * HOUR);

    it('is accepted in the ready status and stays accepted once the issue moves on to Done', () => {
      expect(acceptanceState(rec, inReady(T0), READY)).toEqual({ state: 'accepted', since: T0 + 2 * HOUR, round: 1 });
      expect(acceptanceState(rec, done(T0), READY)).toEqual({ state: 'accepted', since: T0 + 2 * HOUR, round: 1 });
    });

    it('stays accepted when re-opened but not re-submitted', () => {
      expect(acceptanceState(rec, inProgress(T0), READY).state).toBe('accepted');
    });

    it('awaits a new round once re-opened and re-submitted', () => {
      expect(acceptanceState(rec, inReady(T0 + 5 * HOUR), READY)).toEqual({ state: 'awaiting', since: T0 + 5 * HOUR, round: 2 });
    });

    it('is not ready when the re-submission was pulled back: the earlier acceptance no longer covers the work', () => {
      expect(acceptanceState(rec, inProgress(T0 + 5 * HOUR), READY)).toEqual({ state: 'not-ready', since: null, round: 2 });
    });
  });

  describe('after a change request', () => {
    const rec = rejected(undefined, T0, T0 + HOUR);

    it('shows the change request while the issue is reworked (or left in the ready status)', () => {
      expect(acceptanceState(rec, inProgress(T0), READY)).toEqual({ state: 'changes-requested', since: T0 + HOUR, round: 1 });
      expect(acceptanceState(rec, inReady(T0), READY)).toEqual({ state: 'changes-requested', since: T0 + HOUR, round: 1 });
    });

    it('awaits round 2 once re-submitted', () => {
      expect(acceptanceState(rec, inReady(T0 + 3 * HOUR), READY)).toEqual({ state: 'awaiting', since: T0 + 3 * HOUR, round: 2 });
    });

    it('keeps the change request standing when the re-submission is pulled back', () => {
      expect(acceptanceState(rec, inProgress(T0 + 3 * HOUR), READY)).toEqual({ state: 'changes-requested', since: T0 + HOUR, round: 1 });
    });

    it('counts rounds: rejected twice, then accepted in round 3', () => {
      const twice = rejected(rec, T0 + 3 * HOUR, T0 + 4 * HOUR);
      expect(acceptanceState(twice, inReady(T0 + 6 * HOUR), READY)).toEqual({ state: 'awaiting', since: T0 + 6 * HOUR, round: 3 });
      const finally_ = accepted(twice, T0 + 6 * HOUR, T0 + 7 * HOUR);
      expect(acceptanceState(finally_, done(T0 + 6 * HOUR), READY)).toEqual({ state: 'accepted', since: T0 + 7 * HOUR, round: 3 });
    });
  });

  describe('with the Done category as the ready status', () => {
    const DONE_READY = { name: 'Done', isDoneCategory: true };

    it('awaits in any Done-category status and is accepted there', () => {
      expect(acceptanceState(undefined, done(T0), DONE_READY).state).toBe('awaiting');
      expect(acceptanceState(undefined, { statusName: 'Closed', statusCategory: 'done', enteredReadyAt: T0 }, DONE_READY).state).toBe('awaiting');
      expect(acceptanceState(undefined, inReady(T0), DONE_READY).state).toBe('not-ready');
    });
  });
});
