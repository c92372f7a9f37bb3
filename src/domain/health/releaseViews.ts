import type { DefectEscapeRowView, LeadTimeBucketView } from '../../contract/health';
import { doneColumnTest } from '../metrics/boardColumns';
import { defectEscapeByVersion } from '../metrics/defectEscape';
import type { IssueTimeline } from '../metrics/issueTimeline';
import { leadTimeOf, leadTimeSummary, versionsById, type IssueLeadTime, type LeadTimeBucket } from '../metrics/leadTime';
import { issueOf, type HealthIssue } from './healthIssue';
import type { RefRow, Refs } from './refs';
import type { HealthViewBody, SnapshotInput } from './snapshot';

const round1 = (n: number) => Math.round(n * 10) / 10;
const iso = (t: number | null) => (t === null || !Number.isFinite(t) ? null : new Date(t).toISOString());

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthLabel = (key: string) => {
  const [year, month] = key.split('-');
  return `${MONTHS[Number(month) - 1] ?? key} ${year}`;
};

/** Lead time per month of release and over the last 90 days, with the issues behind each (sub-tasks left out). */
export function leadTimeViews(input: SnapshotInput, timelines: readonly IssueTimeline[], byKey: ReadonlyMap<string, HealthIssue>, refs: Refs): HealthViewBody['leadTime'] {
  const names = new Map(input.versions.map((v) => [v.id, v.name]));
  const versions = versionsById(input.versions);
  const isDone = doneColumnTest(input.doneStatusIds);
  const leadTimes: IssueLeadTime[] = [];
  for (let i = 0; i < input.issues.length; i++) {
    const h = input.issues[i]!;
    if (h.isSubtask) continue;
    const lead = leadTimeOf(h, timelines[i]!, versions, isDone);
    if (lead) leadTimes.push(lead);
  }
  const summary = leadTimeSummary(leadTimes, input.now);
  const view = (bucket: LeadTimeBucket, label: string): LeadTimeBucketView => {
    const rows = bucket.leadTimes.map((lead): RefRow => ({
      issueId: byKey.get(lead.issueKey)?.id ?? '',
      points: null,
      event: `${round1(lead.days)} days: ${lead.via === 'release' ? `released in ${names.get(lead.versionId ?? '') ?? 'a version'}` : 'entered the done column'}`,
      at: lead.releasedAt,
    }));
    return {
      key: bucket.key,
      label,
      count: bucket.count,
      medianDays: bucket.medianDays === null ? null : round1(bucket.medianDays),
      p85Days: bucket.p85Days === null ? null : round1(bucket.p85Days),
      ref: refs.add(`lt:${bucket.key}`, `Lead time, ${label}`, rows),
    };
  };
  return { months: summary.months.map((m) => view(m, monthLabel(m.key))), last90Days: view(summary.last90Days, 'last 90 days') };
}

/** One list's rows that share their event words (one string for the whole list). */
const featureRows = (keys: readonly string[], byKey: ReadonlyMap<string, HealthIssue>, event: string, at: number): RefRow[] => keys.map((key) => ({ issueId: byKey.get(key)?.id ?? '', points: null, event, at }));

/** Defect escape of each released version, oldest first, with the bugs and the features behind it. */
export function defectEscapeRows(input: SnapshotInput, byKey: ReadonlyMap<string, HealthIssue>, refs: Refs): DefectEscapeRowView[] {
  const issues = input.issues.map(issueOf);
  return defectEscapeByVersion(input.versions, issues, input.settings.defectEscape, input.clientAccountIds, (i) => i.isSubtask === true).map((row) => ({
    versionId: row.versionId,
    name: row.versionName,
    releaseDate: iso(row.releaseDate),
    escaped: {
      value: row.escaped,
      issueCount: row.escaped,
      ref: refs.add(
        `de:${row.versionId}:escaped`,
        `${row.versionName}: bugs found by users within ${input.settings.defectEscape.windowDays} days`,
        row.escapedIssueKeys.map((key) => ({ issueId: byKey.get(key)?.id ?? '', points: null, event: 'Bug found by users after the release', at: byKey.get(key)?.created ?? null })),
      ),
    },
    features: {
      value: row.features,
      issueCount: row.features,
      ref: refs.add(`de:${row.versionId}:features`, `${row.versionName}: features shipped`, featureRows(row.featureIssueKeys, byKey, `Shipped in ${row.versionName}`, row.releaseDate)),
    },
    rate: row.rate,
  }));
}
