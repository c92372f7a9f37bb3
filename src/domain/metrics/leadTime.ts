import { median } from '../median';
import type { Issue, Version } from '../types';
import { heldSince } from './fieldHistory';
import type { IssueTimeline } from './issueTimeline';
import { percentileNearestRank } from './percentile';

const DAY = 24 * 3600 * 1000;

/** The recent window the lead-time signal reads (PRODUCT.md "Metrics"). */
export const LEAD_TIME_WINDOW_DAYS = 90;
/** The upper percentile shown beside the median. */
export const LEAD_TIME_PERCENTILE = 85;

/** What lead time reads of an issue. */
export type LeadTimeIssue = Pick<Issue, 'key' | 'created' | 'fixVersionIds'>;

/** One issue's lead time for changes: created → released. */
export interface IssueLeadTime {
  issueKey: string;
  created: number;
  releasedAt: number;
  /** 'release': the first released fix version's date; 'done': when it last entered the done column. */
  via: 'release' | 'done';
  /** The fix version it shipped in; null via the done column. */
  versionId: string | null;
  /** Fractional days. */
  days: number;
}

/** Lead times released in one UTC month ('YYYY-MM') or in the last 90 days. */
export interface LeadTimeBucket {
  key: string;
  count: number;
  medianDays: number | null;
  p85Days: number | null;
  /** In order of release. */
  issueKeys: string[];
  /** The lead times behind the numbers, in the same order. */
  leadTimes: IssueLeadTime[];
}

export interface LeadTimeSummary {
  /** Every month from the first release to the last, oldest first; a month without releases has count 0. */
  months: LeadTimeBucket[];
  /** Released in (now − 90 days, now]. */
  last90Days: LeadTimeBucket;
}

/** The earliest-dated released fix version of the issue; a version released before the issue existed did not ship it. */
function firstRelease(issue: LeadTimeIssue, versions: readonly Version[]): { versionId: string; at: number } | null {
  let first: { versionId: string; at: number } | null = null;
  for (const id of issue.fixVersionIds) {
    const version = versions.find((v) => v.id === id);
    if (!version || !version.released || version.releaseDate === null || version.releaseDate < issue.created) continue;
    if (first === null || version.releaseDate < first.at) first = { versionId: version.id, at: version.releaseDate };
  }
  return first;
}

/**
 * Created → released: the release date of the issue's first (earliest-dated) released fix version,
 * else the moment it last entered the done column (the board's right-most column), only if it is in
 * that column now — not the resolution date, which many workflows never set. Null when neither is
 * known (including an issue in the done column with no recorded move into it).
 *
 * @example
 * issueLeadTime({ ...issue, key: 'ENG-7', created: Date.parse('2025-05-01'), fixVersionIds: ['10003'] }, timeline, [{ id: '10003', name: '2.3', released: true, releaseDate: Date.parse('2025-05-13') }], new Set(['10001']))
 * //=> { issueKey: 'ENG-7', created: 1746057600000, releasedAt: 1747094400000, via: 'release', versionId: '10003', days: 12 }
 */
export function issueLeadTime(issue: LeadTimeIssue, timeline: IssueTimeline, versions: readonly Version[], doneStatusIds: ReadonlySet<string>): IssueLeadTime | null {
  const release = firstRelease(issue, versions);
  if (release !== null) {
    return { issueKey: issue.key, created: issue.created, releasedAt: release.at, via: 'release', versionId: release.versionId, days: (release.at - issue.created) / DAY };
  }
  const doneSince = heldSince(timeline.statusId, Infinity, (statusId) => statusId !== null && doneStatusIds.has(statusId));
  if (doneSince === null || !Number.isFinite(doneSince)) return null;
  return { issueKey: issue.key, created: issue.created, releasedAt: doneSince, via: 'done', versionId: null, days: (doneSince - issue.created) / DAY };
}

function bucket(key: string, leadTimes: readonly IssueLeadTime[]): LeadTimeBucket {
  const days = leadTimes.map((l) => l.days);
  return { key, count: leadTimes.length, medianDays: median(days), p85Days: percentileNearestRank(days, LEAD_TIME_PERCENTILE), issueKeys: leadTimes.map((l) => l.issueKey), leadTimes: [...leadTimes] };
}

const monthIndex = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthKey = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Median and 85th percentile lead time (nearest rank, percentile.ts), with the count and issues behind
 * each: per UTC month of release, and over the last 90 days (released in (now − 90 d, now]).
 *
 * @example
 * leadTimeSummary([{ issueKey: 'ENG-1', releasedAt: Date.parse('2025-05-13'), days: 12, … }, { issueKey: 'ENG-2', releasedAt: Date.parse('2025-06-10'), days: 20, … }], Date.parse('2025-06-18'))
 * //=> { months: [{ key: '2025-05', count: 1, medianDays: 12, p85Days: 12, issueKeys: ['ENG-1'] }, { key: '2025-06', count: 1, medianDays: 20, p85Days: 20, issueKeys: ['ENG-2'] }],
 * //     last90Days: { key: 'last-90-days', count: 2, medianDays: 16, p85Days: 20, issueKeys: ['ENG-1', 'ENG-2'] } }
 */
export function leadTimeSummary(leadTimes: readonly IssueLeadTime[], now: number): LeadTimeSummary {
  const ordered = [...leadTimes].sort((a, b) => a.releasedAt - b.releasedAt);
  const byMonth = new Map<number, IssueLeadTime[]>();
  for (const leadTime of ordered) {
    const index = monthIndex(leadTime.releasedAt);
    const list = byMonth.get(index);
    if (list) list.push(leadTime);
    else byMonth.set(index, [leadTime]);
  }
  const months: LeadTimeBucket[] = [];
  if (ordered.length > 0) {
    const last = monthIndex(ordered[ordered.length - 1]!.releasedAt);
    for (let index = monthIndex(ordered[0]!.releasedAt); index <= last; index++) months.push(bucket(monthKey(index), byMonth.get(index) ?? []));
  }
  const since = now - LEAD_TIME_WINDOW_DAYS * DAY;
  return { months, last90Days: bucket('last-90-days', ordered.filter((l) => l.releasedAt > since && l.releasedAt <= now)) };
}
