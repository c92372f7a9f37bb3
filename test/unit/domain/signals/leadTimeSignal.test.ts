import { LEAD_TIME_MIN_CHANGES, leadTimeSignal } from '../../../../src/domain/signals/leadTimeSignal';
import { defaultHealthSettings } from '../../../../src/domain/signals/thresholds';

const thresholds = defaultHealthSettings().thresholds;
const judge = (count: number, medianDays: number | null, p85Days: number | null) => leadTimeSignal({ windowDays: 90, count, medianDays, p85Days }, thresholds);

describe('leadTimeSignal', () => {
  it('needs 5 changes', () => {
    expect(LEAD_TIME_MIN_CHANGES).toBe(5);
  });

  describe('not enough data', () => {
    it.each([
      [0, 'No changes delivered in the last 90 days; 5 needed to judge lead time'],
      [1, '1 change delivered in the last 90 days; 5 needed to judge lead time'],
      [4, '4 changes delivered in the last 90 days; 5 needed to judge lead time'],
    ])('%i changes', (count, reason) => {
      expect(judge(count, count === 0 ? null : 3, count === 0 ? null : 40)).toEqual({ key: 'leadTime', title: 'Lead time', level: 'not-enough-data', reason });
    });

    it('enough changes but no percentile measured: says so, makes none up', () => {
      expect(judge(6, null, null)).toMatchObject({ level: 'not-enough-data', reason: 'No lead time measured for the 6 changes delivered in the last 90 days' });
    });
  });

  it('exactly 5 changes are judged', () => {
    expect(judge(5, 2, 3)).toEqual({
      key: 'leadTime',
      title: 'Lead time',
      level: 'green',
      reason: '85th percentile 3 days and median 2 days over 5 changes delivered in the last 90 days, within the 14-day amber threshold',
    });
  });

  it('exactly on the amber threshold: green', () => {
    expect(judge(23, 9, 14)).toMatchObject({
      level: 'green',
      reason: '85th percentile 14 days and median 9 days over 23 changes delivered in the last 90 days, within the 14-day amber threshold',
    });
  });

  it('just over amber: amber, never rounded onto the threshold', () => {
    expect(judge(23, 9, 14.01)).toMatchObject({
      level: 'amber',
      reason: '85th percentile more than 14 days and median 9 days over 23 changes delivered in the last 90 days, above the 14-day amber threshold',
    });
    expect(judge(23, 8.5, 18)).toMatchObject({
      level: 'amber',
      reason: '85th percentile 18 days and median 8.5 days over 23 changes delivered in the last 90 days, above the 14-day amber threshold',
    });
  });

  it('exactly on the red threshold: amber', () => {
    expect(judge(23, 12, 30)).toMatchObject({
      level: 'amber',
      reason: '85th percentile 30 days and median 12 days over 23 changes delivered in the last 90 days, above the 14-day amber threshold',
    });
  });

  it('just over red: red', () => {
    expect(judge(23, 12, 30.5)).toEqual({
      key: 'leadTime',
      title: 'Lead time',
      level: 'red',
      reason: '85th percentile 30.5 days and median 12 days over 23 changes delivered in the last 90 days, above the 30-day red threshold',
    });
  });

  it('takes the configured thresholds and window', () => {
    expect(leadTimeSignal({ windowDays: 30, count: 7, medianDays: 1, p85Days: 2 }, { ...thresholds, leadTime: { amberDays: 1, redDays: 7 } })).toMatchObject({
      level: 'amber',
      reason: '85th percentile 2 days and median 1 day over 7 changes delivered in the last 30 days, above the 1-day amber threshold',
    });
  });
});
