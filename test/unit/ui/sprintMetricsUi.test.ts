/** The issue panel's "In sprint metrics" in words. */
import { daysWords, leadTimeWords, releaseWords, sprintEventWords } from '../../../static/issue-panel/src/sprintMetrics/sprintMetricsWords';
import { formatDate } from '../../../static/shared/format';
import { formatDateTime } from '../../../static/shared/decisionLabels';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

describe('sprint metrics in words', () => {
  test('days: a tenth below ten, whole above, one day singular', () => {
    expect(daysWords(0.25)).toBe('0.3 days');
    expect(daysWords(1)).toBe('1 day');
    expect(daysWords(9.94)).toBe('9.9 days');
    expect(daysWords(12.6)).toBe('13 days');
  });
  test('lead time once released or done, else the time so far', () => {
    expect(leadTimeWords({ leadTimeDays: 12.6, ageDays: null })).toBe('13 days');
    expect(leadTimeWords({ leadTimeDays: 3, ageDays: 40 })).toBe('3 days');
    expect(leadTimeWords({ leadTimeDays: null, ageDays: 4 })).toBe('4 days so far (not released or done yet)');
    expect(leadTimeWords({ leadTimeDays: null, ageDays: null })).toBe('—');
  });
  test('the release it shipped in', () => {
    expect(releaseWords({ name: '2.4.0', releaseDate: '2026-10-02' })).toBe(`2.4.0, released ${formatDate('2026-10-02')}`);
    expect(releaseWords({ name: '2.4.0', releaseDate: null })).toBe('2.4.0');
    expect(releaseWords(null)).toBe('Not released yet');
  });
  test('what happened within a sprint, oldest first', () => {
    const words = sprintEventWords({ addedAfterStart: at(3), removedAt: at(9), reestimates: [{ from: 5, to: 8, at: at(6) }, { from: null, to: 3, at: at(4) }] });
    expect(words).toEqual([
      `Added after the start, ${formatDateTime(at(3))}`,
      `Re-estimated no estimate → 3, ${formatDateTime(at(4))}`,
      `Re-estimated 5 → 8, ${formatDateTime(at(6))}`,
      `Removed from the sprint, ${formatDateTime(at(9))}`,
    ]);
    expect(sprintEventWords({ addedAfterStart: null, removedAt: null, reestimates: [] })).toEqual([]);
  });
});
