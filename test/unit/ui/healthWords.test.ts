/** The project page's health words: the snapshot's age, the refresh in words, how often it asks while one runs. */
import { formatDays, formatPerFeature, formatShare, pollDelayMs, refreshButtonLabel, refreshFailureWords, refreshProgressWords, signalLevelAppearance, signalLevelLabel, snapshotAgeWords, unitWords } from '../../../static/project-page/src/health/healthWords';
import { idle, iso, MINUTE, NOW } from './healthFixtures';

describe('the snapshot’s age', () => {
  test('never computed, just now, minutes, hours, days', () => {
    expect(snapshotAgeWords(null, NOW)).toBe('Not computed yet');
    expect(snapshotAgeWords(iso(NOW - 20_000), NOW)).toBe('Computed just now');
    expect(snapshotAgeWords(iso(NOW - 12 * MINUTE), NOW)).toBe('Computed 12 min ago');
    expect(snapshotAgeWords(iso(NOW - 3 * 60 * MINUTE), NOW)).toBe('Computed 3 h ago');
    expect(snapshotAgeWords(iso(NOW - 50 * 60 * MINUTE), NOW)).toBe('Computed 2 d 2 h ago');
  });
  test('a clock ahead of the browser’s, or a date that cannot be read, does not say something false', () => {
    expect(snapshotAgeWords(iso(NOW + 5 * MINUTE), NOW)).toBe('Computed just now');
    expect(snapshotAgeWords('not a date', NOW)).toBe('Computed at an unknown time');
  });
});

describe('the refresh in words', () => {
  const running = { state: 'running' as const, startedAt: iso(NOW - 40_000), phase: 'Reading changelogs', message: null };
  test('the button computes a snapshot never computed, refreshes one that was, and says when it runs', () => {
    expect(refreshButtonLabel(idle, null)).toBe('Compute now');
    expect(refreshButtonLabel(idle, iso(NOW))).toBe('Refresh now');
    expect(refreshButtonLabel({ ...idle, state: 'failed', message: 'x' }, iso(NOW))).toBe('Refresh now');
    expect(refreshButtonLabel(running, iso(NOW))).toBe('Refreshing…');
  });
  test('progress names the phase and how long it has run; only while running', () => {
    expect(refreshProgressWords(running, NOW)).toBe('Reading changelogs… (started less than a minute ago)');
    expect(refreshProgressWords({ ...running, startedAt: iso(NOW - 3 * MINUTE) }, NOW)).toBe('Reading changelogs… (started 3 min ago)');
    expect(refreshProgressWords({ ...running, phase: null, startedAt: null }, NOW)).toBe('Starting…');
    expect(refreshProgressWords(idle, NOW)).toBeNull();
  });
  test('a failure gives its message', () => {
    expect(refreshFailureWords({ ...idle, state: 'failed', message: 'Jira is busy (429).' })).toBe('The last refresh failed: Jira is busy (429).');
    expect(refreshFailureWords({ ...idle, state: 'failed', message: '  ' })).toBe('The last refresh failed.');
    expect(refreshFailureWords(idle)).toBeNull();
  });
  test('asks every 3 s in the first minute of a refresh, then every 10 s', () => {
    expect(pollDelayMs(iso(NOW - 30_000), NOW)).toBe(3_000);
    expect(pollDelayMs(iso(NOW - 2 * MINUTE), NOW)).toBe(10_000);
    expect(pollDelayMs(null, NOW)).toBe(3_000);
  });
});

describe('levels, units and days', () => {
  test('every level has a label and a lozenge colour: green, yellow, red, grey', () => {
    expect(signalLevelLabel['not-enough-data']).toBe('Not enough data');
    expect(signalLevelAppearance).toEqual({ green: 'success', amber: 'moved', red: 'removed', 'not-enough-data': 'default' });
  });
  test('points on an estimated board, issues on an issue-count board', () => {
    expect(unitWords('Story Points')).toEqual({ short: 'pts', long: 'Story Points' });
    expect(unitWords(null).short).toBe('issues');
  });
  test('days', () => {
    expect(formatDays(4.25)).toBe('4.3 d');
    expect(formatDays(3)).toBe('3 d');
    expect(formatDays(null)).toBe('—');
    expect(formatPerFeature(0.0625)).toBe('0.06');
    expect(formatPerFeature(null)).toBe('—');
    expect(formatShare(0.004)).toBe('0.4 %');
    expect(formatShare(0.05)).toBe('5 %');
    expect(formatShare(0.125)).toBe('13 %');
    expect(formatShare(null)).toBe('—');
  });
});
