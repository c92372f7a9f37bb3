/** How the health snapshot reads on the project page: signal levels, the snapshot's age, the refresh in words. Pure. */
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { HealthRefreshView, SignalLevel } from '../../../../src/contract/resolvers';
import { durationWords } from '../../../shared/liveClock';

export const signalLevelLabel: Record<SignalLevel, string> = { green: 'Green', amber: 'Amber', red: 'Red', 'not-enough-data': 'Not enough data' };

/** Lozenge colours: success is green, moved is yellow, removed is red. */
export const signalLevelAppearance: Record<SignalLevel, ThemeAppearance> = { green: 'success', amber: 'moved', red: 'removed', 'not-enough-data': 'default' };

const MINUTE = 60_000;

/**
 * How old the stored snapshot is.
 * @example snapshotAgeWords('2026-11-18T14:48:00Z', Date.parse('2026-11-18T15:00:00Z')) //=> 'Computed 12 min ago'
 * @example snapshotAgeWords(null, now) //=> 'Not computed yet'
 */
export function snapshotAgeWords(computedAt: string | null, now: number): string {
  if (computedAt === null) return 'Not computed yet';
  const at = Date.parse(computedAt);
  if (Number.isNaN(at)) return 'Computed at an unknown time';
  const age = now - at;
  return age < MINUTE ? 'Computed just now' : `Computed ${durationWords(age)} ago`;
}

/**
 * The refresh button's words: it computes a snapshot that was never computed, refreshes one that was.
 * @example refreshButtonLabel({ state: 'running', … }, null) //=> 'Refreshing…'
 */
export function refreshButtonLabel(refresh: HealthRefreshView, computedAt: string | null): string {
  if (refresh.state === 'running') return 'Refreshing…';
  return computedAt === null ? 'Compute now' : 'Refresh now';
}

/**
 * What a running refresh is doing, in words.
 * @example refreshProgressWords({ state: 'running', phase: 'Reading changelogs', startedAt: '…14:59:20Z', … }, Date.parse('…15:00:00Z'))
 *   //=> 'Reading changelogs… (started less than a minute ago)'
 */
export function refreshProgressWords(refresh: HealthRefreshView, now: number): string | null {
  if (refresh.state !== 'running') return null;
  const phase = refresh.phase?.trim() || 'Starting';
  const started = refresh.startedAt ? Date.parse(refresh.startedAt) : Number.NaN;
  if (Number.isNaN(started)) return `${phase}…`;
  return `${phase}… (started ${durationWords(Math.max(0, now - started))} ago)`;
}

/** Why the last refresh failed, in a sentence; null unless it failed. */
export function refreshFailureWords(refresh: HealthRefreshView): string | null {
  if (refresh.state !== 'failed') return null;
  const reason = refresh.message?.trim();
  return reason ? `The last refresh failed: ${reason}` : 'The last refresh failed.';
}

const FAST_POLL_MS = 3_000;
const SLOW_POLL_MS = 10_000;
const FAST_POLL_FOR_MS = 60_000;

/**
 * How long to wait before asking again while a refresh runs: every 3 s for its first minute, then every 10 s
 * (a refresh that runs long is reading a big project; asking faster would not make it quicker).
 * @example pollDelayMs('2026-11-18T14:59:30Z', Date.parse('2026-11-18T15:00:00Z')) //=> 3000
 */
export function pollDelayMs(startedAt: string | null, now: number): number {
  const started = startedAt ? Date.parse(startedAt) : Number.NaN;
  if (Number.isNaN(started)) return FAST_POLL_MS;
  return now - started < FAST_POLL_FOR_MS ? FAST_POLL_MS : SLOW_POLL_MS;
}

/** The unit a board counts in: points on an estimated board, issues on an issue-count board. */
export function unitWords(estimationField: string | null): { short: string; long: string } {
  return estimationField === null ? { short: 'issues', long: 'issues' } : { short: 'pts', long: estimationField };
}

/**
 * Days to one decimal, whole days without one.
 * @example formatDays(4.25) //=> '4.3 d'
 * @example formatDays(null) //=> '—'
 */
export function formatDays(days: number | null): string {
  if (days === null || !Number.isFinite(days)) return '—';
  return `${Number.isInteger(days) ? days : days.toFixed(1)} d`;
}

/**
 * Escaped bugs per feature shipped, as the defect escape signal words it.
 * @example formatPerFeature(0.0625) //=> '0.06'
 */
export function formatPerFeature(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? '—' : rate.toFixed(2);
}

/**
 * A share of the budget: one decimal below 10 %, so a sprint at 0.4 % does not read as 0.
 * @example formatShare(0.004) //=> '0.4 %'
 * @example formatShare(0.125) //=> '13 %'
 */
export function formatShare(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '—';
  const percent = share * 100;
  return percent < 10 ? `${Math.round(percent * 10) / 10} %` : `${Math.round(percent)} %`;
}
