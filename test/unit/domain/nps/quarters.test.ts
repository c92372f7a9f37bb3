import { localDay, parseQuarterId, quarterAt, quarterBefore, quarterLabel } from '../../../../src/domain/nps/quarters';
import { surveyWindowAt, surveyWindowFor } from '../../../../src/domain/nps/surveyWindow';

const NY = 'America/New_York';
const days = (n: number) => ({ windowDays: n });

describe('quarters in the client team’s time zone', () => {
  it('a quarter boundary falls at local midnight: New York is still in Q4 when UTC is in Q1', () => {
    const instant = Date.UTC(2027, 0, 1, 3); // 22:00 on 31 Dec in New York
    expect(quarterAt(instant, NY).id).toBe('2026-Q4');
    expect(quarterAt(instant, 'UTC').id).toBe('2027-Q1');
    expect(quarterAt(Date.UTC(2027, 0, 1, 5), NY).id).toBe('2027-Q1');
  });

  it('starts and ends at local midnight, across daylight saving time', () => {
    // Q4 starts under EDT (UTC−4) and ends under EST (UTC−5).
    expect(quarterAt(Date.UTC(2026, 10, 18), NY)).toEqual({ id: '2026-Q4', year: 2026, quarter: 4, start: Date.UTC(2026, 9, 1, 4), end: Date.UTC(2027, 0, 1, 5) });
    // Q2 starts after the spring change: 1 April 00:00 EDT.
    expect(quarterAt(Date.UTC(2026, 4, 1), NY).start).toBe(Date.UTC(2026, 3, 1, 4));
    // East of UTC: Warsaw's Q3 starts at 22:00 UTC on 30 June.
    expect(quarterAt(Date.UTC(2026, 6, 15), 'Europe/Warsaw').start).toBe(Date.UTC(2026, 5, 30, 22));
    expect(quarterAt(Date.UTC(2026, 5, 30, 22, 30), 'Europe/Warsaw').id).toBe('2026-Q3');
    expect(quarterAt(Date.UTC(2026, 5, 30, 22, 30), 'UTC').id).toBe('2026-Q2');
  });

  it('names, parses and steps quarters', () => {
    expect(quarterBefore('2026-Q1')).toBe('2025-Q4');
    expect(quarterBefore('2026-Q4', -1)).toBe('2027-Q1');
    expect(quarterBefore('2026-Q3', 6)).toBe('2025-Q1');
    expect(quarterLabel('2026-Q4')).toBe('Q4 2026');
    expect(parseQuarterId('2026-Q5')).toBeNull();
    expect(parseQuarterId('2026-Q2')).toEqual({ year: 2026, quarter: 2 });
  });

  it('a local day is the zone’s date', () => {
    expect(localDay(Date.UTC(2026, 9, 15, 3), NY)).toBe('2026-10-14');
    expect(localDay(Date.UTC(2026, 9, 15, 3), 'UTC')).toBe('2026-10-15');
  });
});

describe('the survey window', () => {
  it('is open for the first N days of each quarter, local midnight to local midnight', () => {
    const opened = Date.UTC(2026, 9, 1, 4);
    const closes = Date.UTC(2026, 9, 15, 4);
    expect(surveyWindowAt(opened, NY, days(14))).toMatchObject({ open: true, opensAt: opened, closesAt: closes, lastDay: '2026-10-14', nextOpensAt: Date.UTC(2027, 0, 1, 5) });
    expect(surveyWindowAt(opened - 1, NY, days(14))).toMatchObject({ open: false, quarter: { id: '2026-Q3' } });
    expect(surveyWindowAt(closes - 1, NY, days(14)).open).toBe(true);
    expect(surveyWindowAt(closes, NY, days(14)).open).toBe(false);
    expect(surveyWindowAt(Date.UTC(2026, 10, 18), NY, days(14))).toMatchObject({ open: false, quarter: { id: '2026-Q4' } });
  });

  it('at the new year: open in UTC, still Q4 (closed) in New York', () => {
    const instant = Date.UTC(2027, 0, 1, 3);
    expect(surveyWindowAt(instant, 'UTC', days(14))).toMatchObject({ open: true, quarter: { id: '2027-Q1' } });
    expect(surveyWindowAt(instant, NY, days(14))).toMatchObject({ open: false, quarter: { id: '2026-Q4' } });
    // Two hours later it opens in New York too.
    expect(surveyWindowAt(instant + 2 * 3_600_000, NY, days(14))).toMatchObject({ open: true, quarter: { id: '2027-Q1' } });
  });

  it('a window across a month end and across the DST change closes at local midnight', () => {
    // 45 days from 1 October: closes at midnight on 15 November, after the change to EST.
    expect(surveyWindowAt(Date.UTC(2026, 9, 2), NY, days(45))).toMatchObject({ closesAt: Date.UTC(2026, 10, 15, 5), lastDay: '2026-11-14' });
  });

  it('90 days fill the shortest quarter and never run into the next', () => {
    const q1 = surveyWindowFor('2027-Q1', NY, days(90), Date.UTC(2027, 2, 31, 12))!;
    expect(q1).toMatchObject({ open: true, lastDay: '2027-03-31', closesAt: Date.UTC(2027, 3, 1, 4) });
    const q4 = surveyWindowFor('2026-Q4', NY, days(90), Date.UTC(2026, 11, 29, 12))!;
    expect(q4).toMatchObject({ open: true, lastDay: '2026-12-29' });
    expect(surveyWindowFor('2026-Q4', NY, days(90), Date.UTC(2026, 11, 30, 12))!.open).toBe(false);
    expect(surveyWindowFor('nope', NY, days(90), 0)).toBeNull();
  });

  it('one day: only the quarter’s first day', () => {
    expect(surveyWindowAt(Date.UTC(2026, 3, 1, 20), 'UTC', days(1))).toMatchObject({ open: true, lastDay: '2026-04-01' });
    expect(surveyWindowAt(Date.UTC(2026, 3, 2, 0), 'UTC', days(1)).open).toBe(false);
  });
});
