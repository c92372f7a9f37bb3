import { median } from '../median';
import type { Issue, Version } from '../types';
import { doneColumnTest } from './boardColumns';
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

/** The versions by id, the first listed of each id, as `issueLeadTime` looks them up. */
export type VersionsById = ReadonlyMap<string, Version>;

/**
 * The versions by id, built once for many issues' lead times (a duplicated id keeps the first listed).
 *
 * @example
 * versionsById([{ id: '10003', name: '2.3', released: true, releaseDate: 1747094400000 }]).get('10003')?.name //=> '2.3'
 */
export function versionsById(versions: readonly Version[]): VersionsById {
  const byId = new Map<string, Version>();
  for (const v of versions) if (!byId.has(v.id)) byId.set(v.id, v);
  return byId;
}

/** The earliest-dated released fix version of the issue; a version released before the issue existed did not ship it. */
function firstRelease(issue: LeadTimeIssue, versions: VersionsById): { versionId: string; at: number } | null {
  let first: { versionId: string; at: number } | null = null;
  // Indexed loops in this file: once per issue of ten thousand, mostly before the JIT has optimized them.
  for (let i = 0; i < issue.fixVersionIds.length; i++) {
    const version = versions.get(issue.fixVersionIds[i]!);
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
  return leadTimeOf(issue, timeline, versionsById(versions), doneColumnTest(doneStatusIds));
}

/** `issueLeadTime` with the versions and the done column prepared once, for many issues. */
export function leadTimeOf(issue: LeadTimeIssue, timeline: IssueTimeline, versions: VersionsById, isDone: (statusId: string | null) => boolean): IssueLeadTime | null {
  const release = firstRelease(issue, versions);
  if (release !== null) {
    return { issueKey: issue.key, created: issue.created, releasedAt: release.at, via: 'release', versionId: release.versionId, days: (release.at - issue.created) / DAY };
  }
  const doneSince = heldSince(timeline.statusId, Infinity, isDone);
  if (doneSince === null || !Number.isFinite(doneSince)) return null;
  return { issueKey: issue.key, created: issue.created, releasedAt: doneSince, via: 'done', versionId: null, days: (doneSince - issue.created) / DAY };
}

const ascending = (a: number, b: number) => a - b;

function bucket(key: string, leadTimes: readonly IssueLeadTime[]): LeadTimeBucket {
  const sorted = new Float64Array(leadTimes.length);
  const issueKeys: string[] = [];
  for (let i = 0; i < leadTimes.length; i++) {
    sorted[i] = leadTimes[i]!.days;
    issueKeys.push(leadTimes[i]!.issueKey);
  }
  // Sorted once here, natively (no comparator called per pair): the median's and the percentile's own sorts then find them in order.
  const days = Array.from(sorted.sort());
  return { key, count: leadTimes.length, medianDays: median(days), p85Days: percentileNearestRank(days, LEAD_TIME_PERCENTILE), issueKeys, leadTimes: [...leadTimes] };
}

const monthIndex = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthKey = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Median and 85th percentile lead time (nearest rank, percentile.ts), with the count and issues behind
 * each: per UTC month of release, and over the last 90 days (released in (now − 90 d, now]). Each
 * bucket lists its lead times in order of release, those released at the same instant in the order given.
 *
 * @example
 * leadTimeSummary([{ issueKey: 'ENG-1', releasedAt: Date.parse('2025-05-13'), days: 12, … }, { issueKey: 'ENG-2', releasedAt: Date.parse('2025-06-10'), days: 20, … }], Date.parse('2025-06-18'))
 * //=> { months: [{ key: '2025-05', count: 1, medianDays: 12, p85Days: 12, issueKeys: ['ENG-1'] }, { key: '2025-06', count: 1, medianDays: 20, p85Days: 20, issueKeys: ['ENG-2'] }],
 * //     last90Days: { key: 'last-90-days', count: 2, medianDays: 16, p85Days: 20, issueKeys: ['ENG-1', 'ENG-2'] } }
 */
export function leadTimeSummary(leadTimes: readonly IssueLeadTime[], now: number): LeadTimeSummary {
  // Grouped by release instant, then the instants sorted: most issues ship with a version, so there are few.
  const byInstant = new Map<number, IssueLeadTime[]>();
  for (let i = 0; i < leadTimes.length; i++) {
    const leadTime = leadTimes[i]!;
    const list = byInstant.get(leadTime.releasedAt);
    if (list) list.push(leadTime);
    else byInstant.set(leadTime.releasedAt, [leadTime]);
  }
  const instants = [...byInstant.keys()].sort(ascending);
  const since = now - LEAD_TIME_WINDOW_DAYS * DAY;
  const byMonth = new Map<number, IssueLeadTime[]>();
  const recent: IssueLeadTime[] = [];
  for (const instant of instants) {
    const group = byInstant.get(instant)!;
    const index = monthIndex(instant);
    const list = byMonth.get(index);
    if (list) for (let i = 0; i < group.length; i++) list.push(group[i]!);
    else byMonth.set(index, [...group]);
    if (instant > since && instant <= now) for (let i = 0; i < group.length; i++) recent.push(group[i]!);
  }
  const months: LeadTimeBucket[] = [];
  if (instants.length > 0) {
    const last = monthIndex(instants[instants.length - 1]!);
    for (let index = monthIndex(instants[0]!); index <= last; index++) months.push(bucket(monthKey(index), byMonth.get(index) ?? []));
  }
  return { months, last90Days: bucket('last-90-days', recent) };
}
