import type { DefectEscapeSettings } from '../signals/thresholds';
import type { Issue, Version } from '../types';

const DAY = 24 * 3600 * 1000;

/** One release's escaped defects against the features it shipped, with the issues behind each number. */
export interface VersionDefectEscape {
  versionId: string;
  versionName: string;
  releaseDate: number;
  /** Bugs created before this instant (release date + window) count; later ones do not. */
  windowEnd: number;
  escaped: number;
  features: number;
  /** escaped ÷ features; null when the version shipped no features. */
  rate: number | null;
  escapedIssueKeys: string[];
  featureIssueKeys: string[];
}

type ReleasedVersion = Version & { releaseDate: number };

/** What defect escape reads of an issue. */
export interface DefectEscapeIssue {
  key: string;
  issueType: string;
  created: number;
  labels: readonly string[];
  fixVersionIds: readonly string[];
  /** Null when unknown. */
  reporterId: string | null;
  isSubtask: boolean;
}

const lowerSet = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));

/** The settings' "found by users" test, as one predicate; labels compare case-insensitively. */
function foundByUsers(settings: DefectEscapeSettings, clientAccountIds: ReadonlySet<string>): (bug: DefectEscapeIssue) => boolean {
  const labels = lowerSet(settings.labels);
  const byClient = (bug: DefectEscapeIssue) => bug.reporterId !== null && clientAccountIds.has(bug.reporterId);
  const byLabel = (bug: DefectEscapeIssue) => bug.labels.some((l) => labels.has(l.toLowerCase()));
  if (settings.foundBy === 'client-reporter') return byClient;
  if (settings.foundBy === 'label') return byLabel;
  if (settings.foundBy === 'both') return (bug) => byClient(bug) && byLabel(bug);
  return (bug) => byClient(bug) || byLabel(bug);
}

/** Index of the latest release at or before `t` in releases sorted by date, or -1. */
function latestReleaseAtOrBefore(releases: readonly ReleasedVersion[], t: number): number {
  let lo = 0;
  let hi = releases.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (releases[mid]!.releaseDate <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Defect escape rate of each released version with a release date, oldest first: bugs (issue types in
 * `settings.bugTypes`, case-insensitive) found by users (`settings.foundBy`: reporter in the client team,
 * a label of `settings.labels`, or either) and created within [release date, release date + windowDays),
 * divided by the features shipped in it — the version's other issues, Epics and sub-tasks left out.
 * A bug in the windows of two releases counts for the most recent release before its creation (of
 * releases on the same date, the one listed last).
 *
 * @example
 * defectEscapeByVersion([{ id: '10001', name: '2.1', released: true, releaseDate: Date.parse('2025-05-13') }], issues, defaultHealthSettings().defectEscape, new Set(['client-po']), (i) => i.isSubtask === true)
 * //=> [{ versionId: '10001', versionName: '2.1', releaseDate: 1747094400000, windowEnd: 1747699200000, escaped: 2, features: 20, rate: 0.1,
 * //      escapedIssueKeys: ['ENG-301', 'ENG-305'], featureIssueKeys: ['ENG-210', …] }]
 */
export function defectEscapeByVersion(
  versions: readonly Version[],
  issues: readonly Issue[],
  settings: DefectEscapeSettings,
  clientAccountIds: ReadonlySet<string>,
  isSubtask: (issue: Issue) => boolean,
): VersionDefectEscape[] {
  const read = issues.map((i): DefectEscapeIssue => ({
    key: i.key,
    issueType: i.issueType,
    created: i.created,
    labels: i.labels,
    fixVersionIds: i.fixVersionIds,
    reporterId: i.reporter?.accountId ?? null,
    isSubtask: isSubtask(i),
  }));
  return defectEscapeOf(versions, read, settings, clientAccountIds);
}

/** `defectEscapeByVersion` over issues as defect escape reads them (a stored health record is one). */
export function defectEscapeOf(versions: readonly Version[], issues: readonly DefectEscapeIssue[], settings: DefectEscapeSettings, clientAccountIds: ReadonlySet<string>): VersionDefectEscape[] {
  const releases = versions
    .filter((v): v is ReleasedVersion => v.released && v.releaseDate !== null)
    .map((v, order) => ({ v, order }))
    .sort((a, b) => a.v.releaseDate - b.v.releaseDate || a.order - b.order)
    .map(({ v }) => v);
  const windowMs = settings.windowDays * DAY;
  const rows = releases.map((v): VersionDefectEscape => ({
    versionId: v.id,
    versionName: v.name,
    releaseDate: v.releaseDate,
    windowEnd: v.releaseDate + windowMs,
    escaped: 0,
    features: 0,
    rate: null,
    escapedIssueKeys: [],
    featureIssueKeys: [],
  }));
  const rowById = new Map(rows.map((row) => [row.versionId, row]));
  const bugTypes = lowerSet(settings.bugTypes);
  const userFound = foundByUsers(settings, clientAccountIds);

  // Few distinct types: each lowered once.
  const kinds = new Map<string, 'bug' | 'epic' | 'other'>();
  // Indexed: ten thousand issues, mostly before the JIT has optimized this loop.
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    let kind = kinds.get(issue.issueType);
    if (kind === undefined) {
      const type = issue.issueType.toLowerCase();
      kinds.set(issue.issueType, (kind = bugTypes.has(type) ? 'bug' : type === 'epic' ? 'epic' : 'other'));
    }
    if (kind === 'bug') {
      if (!userFound(issue)) continue;
      const index = latestReleaseAtOrBefore(releases, issue.created);
      const row = index < 0 ? undefined : rows[index]!;
      if (row && issue.created < row.windowEnd) {
        row.escaped++;
        row.escapedIssueKeys.push(issue.key);
      }
    } else if (kind !== 'epic' && !issue.isSubtask) {
      for (const id of issue.fixVersionIds.length > 1 ? new Set(issue.fixVersionIds) : issue.fixVersionIds) {
        const row = rowById.get(id);
        if (!row) continue;
        row.features++;
        row.featureIssueKeys.push(issue.key);
      }
    }
  }
  for (const row of rows) row.rate = row.features === 0 ? null : row.escaped / row.features;
  return rows;
}
