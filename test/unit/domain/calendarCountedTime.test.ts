import { clockFor, type ClockSpec } from '../../../src/domain/calendar/clockSpec';
import { addCountedHours, countedMsBetween } from '../../../src/domain/calendar/countedTime';
import { workingIntervalsFrom } from '../../../src/domain/calendar/workingIntervals';
import type { TeamCalendar } from '../../../src/domain/policy/types';
import { aPolicy, at, HOUR, MINUTE } from './policyBuilders';

const weekdays = (timeZone: string): TeamCalendar => ({ timeZone, workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' });
const newYork: ClockSpec = { mode: 'business', calendar: weekdays('America/New_York') };
const warsaw: ClockSpec = { mode: 'business', calendar: weekdays('Europe/Warsaw') };
const overlap = (calendars: TeamCalendar[], start = '14:00', end = '18:00'): ClockSpec => ({ mode: 'overlap', window: { start, end }, calendars });
const iso = (ms: number) => new Date(ms).toISOString();

describe('addCountedHours on a business clock', () => {
  it('skips the weekend: 24 business hours from Friday 15:00 end on Wednesday 15:00', () => {
    // New York in January is UTC-5: Friday 9 Jan 15:00 EST = 20:00Z.
    expect(iso(addCountedHours(at('2026-01-09T20:00:00Z'), 24, newYork))).toBe('2026-01-14T20:00:00.000Z');
  });

  it.each([
    // zone, raised Friday 15:00 local (before the change), due Wednesday 15:00 local (after it)
    ['America/New_York spring forward 8 Mar', newYork, '2026-03-06T20:00:00Z', '2026-03-11T19:00:00.000Z'],
    ['America/New_York fall back 1 Nov', newYork, '2026-10-30T19:00:00Z', '2026-11-04T20:00:00.000Z'],
    ['Europe/Warsaw spring forward 29 Mar', warsaw, '2026-03-27T14:00:00Z', '2026-04-01T13:00:00.000Z'],
    ['Europe/Warsaw fall back 25 Oct', warsaw, '2026-10-23T13:00:00Z', '2026-10-28T14:00:00.000Z'],
  ])('keeps local working hours across a DST change: %s', (_name, clock, raised, due) => {
    const dueAt = addCountedHours(at(raised), 24, clock);
    expect(iso(dueAt)).toBe(due);
    expect(countedMsBetween(at(raised), dueAt, clock)).toBe(24 * HOUR);
  });

  it('starts counting at the next working interval when raised outside working time', () => {
    // Saturday → Monday 09:00 EST + 2 h.
    expect(iso(addCountedHours(at('2026-01-10T12:00:00Z'), 2, newYork))).toBe('2026-01-12T16:00:00.000Z');
    // Tuesday 07:00 local, before the day starts → 09:00 + 1 h 30 min.
    expect(iso(addCountedHours(at('2026-01-13T12:00:00Z'), 1.5, newYork))).toBe('2026-01-13T15:30:00.000Z');
    // Tuesday 18:00 local, after the day ended → Wednesday 09:00 + 1 h.
    expect(iso(addCountedHours(at('2026-01-13T23:00:00Z'), 1, newYork))).toBe('2026-01-14T15:00:00.000Z');
  });

  it('ends at the close of the day rather than the next morning when the hours run out exactly then', () => {
    expect(iso(addCountedHours(at('2026-01-12T14:00:00Z'), 8, newYork))).toBe('2026-01-12T22:00:00.000Z');
  });

  it('returns the start for zero or negative hours', () => {
    const saturday = at('2026-01-10T12:00:00Z');
    expect(addCountedHours(saturday, 0, newYork)).toBe(saturday);
    expect(addCountedHours(saturday, -3, newYork)).toBe(saturday);
  });

  it('handles the longest stale threshold (2160 business hours = 270 working days)', () => {
    const from = at('2026-01-12T14:00:00Z'); // Monday 09:00 EST
    const end = addCountedHours(from, 2160, newYork);
    expect(countedMsBetween(from, end, newYork)).toBe(2160 * HOUR);
    // 270 working days = 54 weeks: the last one ends on a Friday at 17:00 local (EST again in January 2027).
    expect(iso(end)).toBe('2027-01-22T22:00:00.000Z');
  });

  it('counts only working days a calendar names, and local hours that are not 09:00–17:00', () => {
    const sundayShift: ClockSpec = { mode: 'business', calendar: { timeZone: 'Asia/Dubai', workingDays: [7], dayStart: '06:30', dayEnd: '10:00' } };
    // Monday 12 Jan → next Sunday 18 Jan 06:30 +04 = 02:30Z, plus 3.5 h = 06:00Z; one more hour goes to the Sunday after.
    expect(iso(addCountedHours(at('2026-01-12T00:00:00Z'), 3.5, sundayShift))).toBe('2026-01-18T06:00:00.000Z');
    expect(iso(addCountedHours(at('2026-01-12T00:00:00Z'), 4.5, sundayShift))).toBe('2026-01-25T03:30:00.000Z');
  });

  it('throws rather than loops for a clock that never counts', () => {
    const never: ClockSpec = overlap([{ ...weekdays('UTC'), workingDays: [1] }, { ...weekdays('UTC'), workingDays: [2] }]);
    expect(() => addCountedHours(0, 1, never)).toThrow(RangeError);
    expect(countedMsBetween(0, 30 * 24 * HOUR, never)).toBe(0);
  });
});

describe('countedMsBetween', () => {
  it('is 0 for empty or reversed spans', () => {
    const t = at('2026-01-12T15:00:00Z');
    expect(countedMsBetween(t, t, newYork)).toBe(0);
    expect(countedMsBetween(t, t - HOUR, newYork)).toBe(0);
    expect(countedMsBetween(t, t - HOUR, { mode: 'wall' })).toBe(0);
  });

  it('counts every millisecond on a wall clock', () => {
    expect(countedMsBetween(0, 90 * MINUTE, { mode: 'wall' })).toBe(90 * MINUTE);
    expect(addCountedHours(0, 1.5, { mode: 'wall' })).toBe(90 * MINUTE);
  });

  it('counts partial days at both ends and nothing over a weekend', () => {
    // Friday 16:00 EST → Monday 10:00 EST: 1 h + 1 h.
    expect(countedMsBetween(at('2026-01-09T21:00:00Z'), at('2026-01-12T15:00:00Z'), newYork)).toBe(2 * HOUR);
    // Saturday → Sunday: nothing.
    expect(countedMsBetween(at('2026-01-10T00:00:00Z'), at('2026-01-12T00:00:00Z'), newYork)).toBe(0);
  });

  it('counts a week as 40 business hours whether or not DST changes in it', () => {
    expect(countedMsBetween(at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z'), newYork)).toBe(40 * HOUR);
    expect(countedMsBetween(at('2026-03-06T00:00:00Z'), at('2026-03-13T00:00:00Z'), newYork)).toBe(40 * HOUR);
    expect(countedMsBetween(at('2026-10-23T00:00:00Z'), at('2026-10-30T00:00:00Z'), warsaw)).toBe(40 * HOUR);
  });
});

describe('the overlap clock', () => {
  const both = overlap([weekdays('America/New_York'), weekdays('Europe/Warsaw')]);

  it('counts only 14:00–18:00 UTC on days both teams work', () => {
    // Friday 15:00Z: 3 h left on Friday, nothing at the weekend, 4 h Monday, 1 h Tuesday.
    expect(iso(addCountedHours(at('2026-01-09T15:00:00Z'), 8, both))).toBe('2026-01-13T15:00:00.000Z');
    expect(countedMsBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'), both)).toBe(20 * HOUR);
    // Outside the window (Monday 09:00Z) the count starts at 14:00Z.
    expect(iso(addCountedHours(at('2026-01-12T09:00:00Z'), 1, both))).toBe('2026-01-12T15:00:00.000Z');
  });

  it('stays on UTC when a team changes to summer time', () => {
    // The week New York springs forward (8 Mar) and the week Warsaw does (29 Mar): still 4 h a day at 14:00–18:00Z.
    expect(countedMsBetween(at('2026-03-06T00:00:00Z'), at('2026-03-13T00:00:00Z'), both)).toBe(20 * HOUR);
    expect(iso(addCountedHours(at('2026-03-27T17:00:00Z'), 2, both))).toBe('2026-03-30T15:00:00.000Z');
  });

  it("uses each team's own date: a team far east of UTC is already on Saturday during Friday's window", () => {
    const withAuckland = overlap([weekdays('America/New_York'), weekdays('Pacific/Auckland')]);
    // Mon–Thu only: Friday 14:00Z is Saturday 03:00 in Auckland.
    expect(countedMsBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'), withAuckland)).toBe(16 * HOUR);
  });

  it("moves a day in or out of the count when DST moves a team's local date at the window", () => {
    // 07:00Z is Sunday 23:00 in Los Angeles in winter (not counted) but Monday 00:00 once on summer time (counted).
    const early = overlap([weekdays('America/Los_Angeles'), weekdays('UTC')], '07:00', '08:00');
    expect(countedMsBetween(at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'), early)).toBe(0);
    expect(countedMsBetween(at('2026-03-09T00:00:00Z'), at('2026-03-10T00:00:00Z'), early)).toBe(HOUR);
  });
});

describe('clockFor', () => {
  it('counts the owning side: technical → delivery calendar, product and scope → client calendar', () => {
    const policy = aPolicy();
    expect(clockFor(policy, 'technical')).toEqual({ mode: 'business', calendar: policy.calendars.delivery });
    expect(clockFor(policy, 'product')).toEqual({ mode: 'business', calendar: policy.calendars.client });
    expect(clockFor(policy, 'scope')).toEqual({ mode: 'business', calendar: policy.calendars.client });
  });

  it('gives a wall clock or the overlap window of both teams by mode', () => {
    expect(clockFor(aPolicy({ clockMode: 'wall' }), 'product')).toEqual({ mode: 'wall' });
    const policy = aPolicy({ clockMode: 'overlap' });
    expect(clockFor(policy, 'technical')).toEqual({
      mode: 'overlap',
      window: { start: '14:00', end: '18:00' },
      calendars: [policy.calendars.client, policy.calendars.delivery],
    });
  });
});

describe('workingIntervalsFrom', () => {
  it('clips the first interval to the start and yields local working days in order', () => {
    const intervals = workingIntervalsFrom(at('2026-01-09T20:00:00Z'), newYork);
    const first = intervals.next().value;
    const second = intervals.next().value;
    expect(first && { start: iso(first.start), end: iso(first.end) }).toEqual({ start: '2026-01-09T20:00:00.000Z', end: '2026-01-09T22:00:00.000Z' });
    expect(second && { start: iso(second.start), end: iso(second.end) }).toEqual({ start: '2026-01-12T14:00:00.000Z', end: '2026-01-12T22:00:00.000Z' });
  });
});
