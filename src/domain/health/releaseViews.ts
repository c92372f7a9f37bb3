import type { DefectEscapeRowView, LeadTimeBucketView } from '../../contract/health';
import { doneColumnTest } from '../metrics/boardColumns';
import { defectEscapeOf } from '../metrics/defectEscape';
import type { IssueTimeline } from '../metrics/issueTimeline';
import { leadTimeOf, leadTimeSummary, versionsById, type IssueLeadTime, type LeadTimeBucket } from '../metrics/leadTime';
import type { HealthIssue } from './healthIssue';
import type { LeadTimeEvents, Refs } from './refs';
import type { HealthViewBody, SnapshotInput } from './snapshot';

const round1 = (n: number) => Math.round(n * 10) / 10;
const iso = (t: number | null) => (t === null || !Number.isFinite(t) ? null : new Date(t).toISOString());

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthLabel = (key: string) => {
  const [year, month] = key.split('-');
  return `${MONTHS[Number(month) - 1] ?? key} ${year}`;
};

/**
 * Every issue's lead time (sub-tasks left out), the versions and the done column prepared once. A
 * loop of its own: the compiler, optimizing it while it runs, optimizes it alone.
 */
function leadTimesOf(input: SnapshotInput, timelines: readonly IssueTimeline[]): IssueLeadTime[] {
  const versions = versionsById(input.versions);
  const isDone = doneColumnTest(input.doneStatusIds);
  const leadTimes: IssueLeadTime[] = [];
  for (let i = 0; i < input.issues.length; i++) {
    const h = input.issues[i]!;
    // Sub-tasks are their story's; an issue the app created (a calibration call) is no change delivered.
    if (h.isSubtask || h.reporterIsApp) continue;
    const lead = leadTimeOf(h, timelines[i]!, versions, isDone);
    if (lead) leadTimes.push(lead);
  }
  return leadTimes;
}

/** Lead time per month of release and over the last 90 days, with the issues behind each (sub-tasks and the app's own issues left out). */
export function leadTimeViews(input: SnapshotInput, timelines: readonly IssueTimeline[], byKey: ReadonlyMap<string, HealthIssue>, refs: Refs): HealthViewBody['leadTime'] {
  const names = new Map(input.versions.map((v) => [v.id, v.name]));
  const summary = leadTimeSummary(leadTimesOf(input, timelines), input.now);
  const view = (bucket: LeadTimeBucket, label: string): LeadTimeBucketView => {
    // Each row's event words are made when it is read, from the days as shown and the version.
    const issueIds: string[] = [];
    const at: number[] = [];
    const event: LeadTimeEvents = { days: [], releasedIn: [] };
    for (let i = 0; i < bucket.leadTimes.length; i++) {
      const lead = bucket.leadTimes[i]!;
      issueIds.push(byKey.get(lead.issueKey)?.id ?? '');
      at.push(lead.releasedAt);
      event.days.push(round1(lead.days));
      event.releasedIn.push(lead.via === 'release' ? (names.get(lead.versionId ?? '') ?? 'a version') : null);
    }
    return {
      key: bucket.key,
      label,
      count: bucket.count,
      medianDays: bucket.medianDays === null ? null : round1(bucket.medianDays),
      p85Days: bucket.p85Days === null ? null : round1(bucket.p85Days),
      ref: refs.add(`lt:${bucket.key}`, `Lead time, ${label}`, issueIds, null, at, event),
    };
  };
  return { months: summary.months.map((m) => view(m, monthLabel(m.key))), last90Days: view(summary.last90Days, 'last 90 days') };
}

/** Defect escape of each released version, oldest first, with the bugs and the features behind it. */
export function defectEscapeRows(input: SnapshotInput, byKey: ReadonlyMap<string, HealthIssue>, refs: Refs): DefectEscapeRowView[] {
  const idOf = (key: string) => byKey.get(key)?.id ?? '';
  return defectEscapeOf(input.versions, input.issues, input.settings.defectEscape, input.clientAccountIds).map((row) => ({
    versionId: row.versionId,
    name: row.versionName,
    releaseDate: iso(row.releaseDate),
    escaped: {
      value: row.escaped,
      issueCount: row.escaped,
      ref: refs.add(
        `de:${row.versionId}:escaped`,
        `${row.versionName}: bugs found by users within ${input.settings.defectEscape.windowDays} days`,
        row.escapedIssueKeys.map(idOf),
        null,
        row.escapedIssueKeys.map((key) => byKey.get(key)?.created ?? null),
        'Bug found by users after the release',
      ),
    },
    features: {
      value: row.features,
      issueCount: row.features,
      ref: refs.add(`de:${row.versionId}:features`, `${row.versionName}: features shipped`, row.featureIssueKeys.map(idOf), null, row.releaseDate, `Shipped in ${row.versionName}`),
    },
    rate: row.rate,
  }));
}
