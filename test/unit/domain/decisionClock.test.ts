import { decisionClock } from '../../../src/domain/decisions/clock';
import { durationWords } from '../../../src/domain/decisions/durationWords';
import { withdrawDecision } from '../../../src/domain/decisions/rules';
import { aDecidedDecision, aPolicy, aRaisedDecision, HOUR, MINUTE, MONDAY_10_NY, TECH_LEAD } from './policyBuilders';

const business = aPolicy();
const wall = aPolicy({ clockMode: 'wall' });

describe('decisionClock', () => {
  describe('on a wall clock', () => {
    const d = aRaisedDecision({}, wall); // product: due in 24 h, stale in 72 h

    it('counts down to the due time', () => {
      expect(decisionClock(d, wall, MONDAY_10_NY + 19 * HOUR)).toEqual({ state: 'due', words: 'due in 5 h', remainingMs: 5 * HOUR });
      expect(decisionClock(d, wall, MONDAY_10_NY + 24 * HOUR - 45 * MINUTE)).toEqual({ state: 'due', words: 'due in 45 min', remainingMs: 45 * MINUTE });
    });

    it('says days and hours for long spans', () => {
      const long = aRaisedDecision({}, aPolicy({ clockMode: 'wall', categories: { ...wall.categories, product: { ...wall.categories.product, slaHours: 60, staleHours: 100 } } }));
      expect(decisionClock(long, wall, MONDAY_10_NY + 9 * HOUR).words).toBe('due in 2 d 3 h');
    });

    it('turns overdue at the due time with a negative remaining time', () => {
      expect(decisionClock(d, wall, MONDAY_10_NY + 24 * HOUR)).toEqual({ state: 'overdue', words: 'overdue by less than a minute', remainingMs: 0 });
      expect(decisionClock(d, wall, MONDAY_10_NY + 26 * HOUR)).toEqual({ state: 'overdue', words: 'overdue by 2 h', remainingMs: -2 * HOUR });
    });

    it('turns stale (never claiming an escalation the app has not made) at the stale time, outranking overdue', () => {
      expect(decisionClock(d, wall, MONDAY_10_NY + 78 * HOUR)).toEqual({ state: 'stale', words: 'stale for 6 h', remainingMs: -54 * HOUR });
    });

    it('shows the stale countdown when there is no SLA', () => {
      const tech = aRaisedDecision({ category: 'technical' }, wall);
      expect(decisionClock(tech, wall, MONDAY_10_NY)).toEqual({ state: 'no-sla', words: 'no SLA · stale in 3 d', remainingMs: null });
      expect(decisionClock(tech, wall, MONDAY_10_NY + 72 * HOUR)).toEqual({ state: 'stale', words: 'stale for less than a minute', remainingMs: null });
    });
  });

  describe('on a business clock', () => {
    const d = aRaisedDecision({}, business); // Monday 10:00 New York; due Thursday 10:00

    it('counts only working time and says so', () => {
      // Monday 15:00 local: 2 h + 8 h + 8 h + 1 h = 19 h of business time are left.
      expect(decisionClock(d, business, MONDAY_10_NY + 5 * HOUR)).toEqual({ state: 'due', words: 'due in 19 h, business hours', remainingMs: 19 * HOUR });
      // Thursday 12:00 local: overdue by 2 business hours.
      expect(decisionClock(d, business, Date.parse('2026-01-15T17:00:00Z'))).toEqual({
        state: 'overdue',
        words: 'overdue by 2 h, business hours',
        remainingMs: -2 * HOUR,
      });
    });

    it('does not count the night or the weekend against the owner', () => {
      // Thursday 10:00 → 17:00 counts, the night does not: at 07:00 on Friday still 7 h overdue.
      expect(decisionClock(d, business, Date.parse('2026-01-16T12:00:00Z')).words).toBe('overdue by 7 h, business hours');
      // Friday adds 8 h; Saturday and Sunday add nothing.
      expect(decisionClock(d, business, Date.parse('2026-01-16T23:00:00Z')).words).toBe('overdue by 15 h, business hours');
      expect(decisionClock(d, business, Date.parse('2026-01-18T23:00:00Z')).words).toBe('overdue by 15 h, business hours');
    });

    it('never speaks of days for business hours (24 of them are three working days)', () => {
      const tech = aRaisedDecision({ category: 'technical' }, business);
      expect(decisionClock(tech, business, MONDAY_10_NY).words).toBe('no SLA · stale in 72 h, business hours');
    });

    it('says overlap hours on the overlap clock', () => {
      const overlap = aPolicy({ clockMode: 'overlap' });
      const o = aRaisedDecision({}, overlap); // Monday 15:00Z: 3 h Monday, then 4 h a day
      expect(decisionClock(o, overlap, MONDAY_10_NY).words).toBe('due in 24 h, overlap hours');
    });
  });

  it('shows how long a closed decision took, or that it was withdrawn', () => {
    expect(decisionClock(aDecidedDecision({}, 4 * HOUR), business, MONDAY_10_NY + 100 * HOUR)).toEqual({
      state: 'closed',
      words: 'decided in 4 h, business hours',
      remainingMs: null,
    });
    expect(decisionClock(aDecidedDecision({}, 4 * HOUR, wall), wall, MONDAY_10_NY + 100 * HOUR).words).toBe('decided in 4 h');
    const withdrawn = withdrawDecision(aRaisedDecision(), { byAccountId: TECH_LEAD, reason: null }, MONDAY_10_NY + HOUR);
    if (!withdrawn.ok) throw new Error(withdrawn.message);
    expect(decisionClock(withdrawn.decision, business, MONDAY_10_NY + 100 * HOUR)).toEqual({ state: 'closed', words: 'withdrawn', remainingMs: null });
  });
});

describe('durationWords', () => {
  it.each([
    [30_000, true, 'less than a minute'],
    [MINUTE, true, '1 min'],
    [59 * MINUTE + 59_000, true, '59 min'],
    [HOUR, true, '1 h'],
    [23 * HOUR + 59 * MINUTE, true, '23 h'],
    [24 * HOUR, true, '1 d'],
    [51 * HOUR, true, '2 d 3 h'],
    [51 * HOUR, false, '51 h'],
    [-2 * HOUR, false, '2 h'],
  ])('%p ms (days: %p) → %p', (ms, days, words) => {
    expect(durationWords(ms, { days })).toBe(words);
  });
});
