import { partnerSignal, PARTNER_MIN_IDEAS, type PartnerSignalMonth } from '../../../../src/domain/signals/partnerSignal';
import { defaultHealthSettings, type HealthThresholds } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const month = (key: string, name: string, client: number, counted: number, complete = true): PartnerSignalMonth => ({ key, name, client, counted, complete });
const oct = (client: number, counted: number) => month('2026-10', 'October', client, counted);
const nov = (client: number, counted: number) => month('2026-11', 'November', client, counted);
const decSoFar = month('2026-12', 'December', 9, 10, false);

describe('partnerSignal', () => {
  it('judges the last ended month and compares it with the month before, as the product states it', () => {
    expect(partnerSignal({ months: [oct(5, 13), nov(4, 19), decSoFar] }, thresholds)).toEqual({
      key: 'partner',
      title: 'Partner signal',
      level: 'amber',
      subject: '2026-11',
      reason: 'Client raised 4 of 19 new ideas and problems in November (21 %), down from 38 % in October, below the 25 % amber threshold',
    });
  });

  it('green at or above amber (the edge is not below), amber below it, red below red', () => {
    const level = (client: number, counted: number) => partnerSignal({ months: [nov(client, counted)] }, thresholds).level;
    expect(level(5, 20)).toBe('green'); // exactly 25 %
    expect(level(10, 20)).toBe('green');
    expect(level(49, 200)).toBe('amber'); // 24.5 %
    expect(level(2, 20)).toBe('amber'); // exactly 10 %
    expect(level(19, 200)).toBe('red'); // 9.5 %
    expect(level(0, 12)).toBe('red');
  });

  it('never rounds a share onto the threshold it is judged against', () => {
    expect(partnerSignal({ months: [nov(49, 200)] }, thresholds).reason).toBe('Client raised 49 of 200 new ideas and problems in November (less than 25 %), below the 25 % amber threshold');
    expect(partnerSignal({ months: [nov(19, 200)] }, thresholds).reason).toBe('Client raised 19 of 200 new ideas and problems in November (less than 10 %), below the 10 % red threshold');
    expect(partnerSignal({ months: [nov(8, 20)] }, thresholds).reason).toBe('Client raised 8 of 20 new ideas and problems in November (40 %), at or above the 25 % amber threshold');
  });

  it('the trend: up, the same as shown, or after a month with none', () => {
    expect(partnerSignal({ months: [oct(1, 10), nov(8, 20)] }, thresholds).reason).toMatch(/ \(40 %\), up from 10 % in October, at or above/);
    expect(partnerSignal({ months: [oct(4, 10), nov(8, 20)] }, thresholds).reason).toMatch(/ \(40 %\), as in October, at or above/);
    expect(partnerSignal({ months: [oct(0, 0), nov(8, 20)] }, thresholds).reason).toMatch(/ \(40 %\), after none in October, at or above/);
  });

  it('fewer than 5 ideas and problems in the judged month, or none, is not enough data; the tile still opens that month', () => {
    expect(PARTNER_MIN_IDEAS).toBe(5);
    expect(partnerSignal({ months: [oct(5, 13), nov(1, 4), decSoFar] }, thresholds)).toMatchObject({
      level: 'not-enough-data',
      subject: '2026-11',
      reason: "Client raised 1 of 4 new ideas and problems in November; 5 needed to judge the client's share",
    });
    expect(partnerSignal({ months: [nov(0, 1)] }, thresholds).reason).toBe("Client raised 0 of 1 new idea or problem in November; 5 needed to judge the client's share");
    expect(partnerSignal({ months: [oct(5, 13), nov(0, 0), decSoFar] }, thresholds)).toMatchObject({
      level: 'not-enough-data',
      reason: "No new ideas or problems were created in November; 5 needed to judge the client's share",
    });
  });

  it('the current month is never judged, however full; with no ended month there is nothing to judge', () => {
    expect(partnerSignal({ months: [decSoFar] }, thresholds)).toEqual({
      key: 'partner',
      title: 'Partner signal',
      level: 'not-enough-data',
      reason: 'No calendar month has ended yet; the share is judged on the last month that has',
    });
    expect(partnerSignal({ months: [] }, thresholds).level).toBe('not-enough-data');
  });

  it('reads the configured thresholds; amber equal to red goes straight to red', () => {
    const custom: HealthThresholds = { ...thresholds, partner: { amberPercent: 50, redPercent: 30 } };
    expect(partnerSignal({ months: [nov(8, 20)] }, custom)).toMatchObject({ level: 'amber', reason: expect.stringMatching(/below the 50 % amber threshold$/) });
    expect(partnerSignal({ months: [nov(5, 20)] }, custom)).toMatchObject({ level: 'red', reason: expect.stringMatching(/below the 30 % red threshold$/) });
    const same: HealthThresholds = { ...thresholds, partner: { amberPercent: 30, redPercent: 30 } };
    expect(partnerSignal({ months: [nov(5, 20)] }, same).level).toBe('red');
    expect(partnerSignal({ months: [nov(6, 20)] }, same).level).toBe('green');
  });
});
