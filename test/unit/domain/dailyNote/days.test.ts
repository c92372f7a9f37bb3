import { noteDays, noteDueAt } from '../../../../src/domain/dailyNote/days';
import { at, WARSAW } from './dailyNoteBuilders';

describe('the delivery team’s note days', () => {
  it('on a working day: today’s note (under way), then the working days before it, a weekend skipped', () => {
    const days = noteDays(at('2026-11-24T10:00:00Z'), WARSAW, 3);
    expect(days.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-23', '2026-11-20', '2026-11-19']);
    // Monday's note covers the weekend: from Friday's end to Monday's, both 17:00 in Warsaw (16:00 UTC in November).
    expect(days[1]).toEqual({ date: '2026-11-23', start: at('2026-11-23T08:00:00Z'), end: at('2026-11-23T16:00:00Z'), since: at('2026-11-20T16:00:00Z'), sinceDate: '2026-11-20' });
  });

  it('on a day off: the last working day’s note', () => {
    expect(noteDays(at('2026-11-21T12:00:00Z'), WARSAW, 1).map((d) => d.date)).toEqual(['2026-11-20', '2026-11-19']);
    expect(noteDays(at('2026-11-22T22:30:00Z'), WARSAW, 0).map((d) => d.date)).toEqual(['2026-11-20']);
  });

  it('the team’s local date decides the day: 23:30 UTC on Sunday is already Monday in Warsaw', () => {
    expect(noteDays(at('2026-11-22T23:30:00Z'), WARSAW, 0).map((d) => d.date)).toEqual(['2026-11-23']);
    expect(noteDays(at('2026-11-22T14:30:00Z'), { ...WARSAW, timeZone: 'Asia/Tokyo' }, 0).map((d) => d.date)).toEqual(['2026-11-20']);
    expect(noteDays(at('2026-11-22T15:30:00Z'), { ...WARSAW, timeZone: 'Asia/Tokyo' }, 0).map((d) => d.date)).toEqual(['2026-11-23']);
    // New York's Monday ends at 22:00 UTC; at 23:00 UTC on Monday it is over.
    const ny = { ...WARSAW, timeZone: 'America/New_York' };
    expect(noteDays(at('2026-11-23T23:00:00Z'), ny, 0)[0]).toMatchObject({ date: '2026-11-23', end: at('2026-11-23T22:00:00Z') });
  });

  it('a note falls due at the end of the working day and stays due until the next working day starts', () => {
    expect(noteDueAt(at('2026-11-23T15:59:00Z'), WARSAW)).toBeNull();
    expect(noteDueAt(at('2026-11-23T16:00:00Z'), WARSAW)?.date).toBe('2026-11-23');
    expect(noteDueAt(at('2026-11-24T07:59:00Z'), WARSAW)?.date).toBe('2026-11-23');
    expect(noteDueAt(at('2026-11-24T08:00:00Z'), WARSAW)).toBeNull();
    // Friday's note is due over the weekend until Monday 09:00 Warsaw.
    expect(noteDueAt(at('2026-11-21T12:00:00Z'), WARSAW)?.date).toBe('2026-11-20');
    expect(noteDueAt(at('2026-11-23T07:30:00Z'), WARSAW)?.date).toBe('2026-11-20');
  });
});
