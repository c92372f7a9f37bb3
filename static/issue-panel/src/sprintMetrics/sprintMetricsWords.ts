/** The issue's sprint metrics in words, as the panel's "In sprint metrics" section shows them. */
import type { IssueSprintMetricsView } from '../../../../src/contract/resolvers';
import { formatDateTime } from '../../../shared/decisionLabels';
import { formatDate, formatPoints } from '../../../shared/format';

type SprintLine = IssueSprintMetricsView['sprints'][number];

/**
 * A number of days, to a tenth below ten days and whole above.
 * @example daysWords(0.25) //=> '0.3 days'
 * @example daysWords(1) //=> '1 day'
 * @example daysWords(12.6) //=> '13 days'
 */
export function daysWords(days: number): string {
  const shown = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return `${shown} ${shown === 1 ? 'day' : 'days'}`;
}

/**
 * Lead time once released or done, else the time so far.
 * @example leadTimeWords({ leadTimeDays: 12.6, ageDays: null }) //=> '13 days'
 * @example leadTimeWords({ leadTimeDays: null, ageDays: 4 }) //=> '4 days so far (not released or done yet)'
 */
export function leadTimeWords(view: Pick<IssueSprintMetricsView, 'leadTimeDays' | 'ageDays'>): string {
  if (view.leadTimeDays !== null) return daysWords(view.leadTimeDays);
  if (view.ageDays !== null) return `${daysWords(view.ageDays)} so far (not released or done yet)`;
  return '—';
}

/**
 * @example releaseWords({ name: '2.4.0', releaseDate: '2026-10-02' }) //=> '2.4.0, released 2 Oct 2026' (in an en-GB browser)
 * @example releaseWords(null) //=> 'Not released yet'
 */
export function releaseWords(release: IssueSprintMetricsView['release']): string {
  if (!release) return 'Not released yet';
  return release.releaseDate ? `${release.name}, released ${formatDate(release.releaseDate)}` : release.name;
}

const estimate = (points: number | null) => (points === null ? 'no estimate' : formatPoints(points));

/**
 * What happened to the issue within one sprint, oldest first: added after the start, re-estimated, removed.
 * @example sprintEventWords({ addedAfterStart: null, removedAt: null, reestimates: [{ from: 3, to: 5, at: '2026-11-04T09:00:00Z' }] }) //=> ['Re-estimated 3 → 5, 4 Nov 2026, 09:00'] (en-GB, UTC)
 */
export function sprintEventWords(sprint: Pick<SprintLine, 'addedAfterStart' | 'removedAt' | 'reestimates'>): string[] {
  const events: { at: string; words: string }[] = [
    ...(sprint.addedAfterStart ? [{ at: sprint.addedAfterStart, words: `Added after the start, ${formatDateTime(sprint.addedAfterStart)}` }] : []),
    ...sprint.reestimates.map((r) => ({ at: r.at, words: `Re-estimated ${estimate(r.from)} → ${estimate(r.to)}, ${formatDateTime(r.at)}` })),
    ...(sprint.removedAt ? [{ at: sprint.removedAt, words: `Removed from the sprint, ${formatDateTime(sprint.removedAt)}` }] : []),
  ];
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((e) => e.words);
}
