import type { AcceptanceRecord } from '../acceptance/types';
import type { HealthIssue } from '../health/healthIssue';
import { valueAt, type FieldHistory } from '../metrics/fieldHistory';
import type { Version } from '../types';
import type { NoteDay } from './days';
import { byIssueKey } from './order';
import type { ShippedFact } from './types';

export interface ShippedInput {
  day: NoteDay;
  asOf: number;
  /** Whether a status is in the board's done column. */
  isDone: (statusId: string | null) => boolean;
  acceptance: readonly AcceptanceRecord[];
  versions: readonly Version[];
}

/** When the status last entered the done column within (from, to], and is still there at `to`; null otherwise. */
function enteredDoneAt(history: FieldHistory<string | null>, isDone: ShippedInput['isDone'], from: number, to: number): number | null {
  if (!isDone(valueAt(history, to))) return null;
  let at: number | null = null;
  for (let i = 1; i < history.length; i++) {
    const segment = history[i]!;
    if (segment.since > from && segment.since <= to && isDone(segment.value) && !isDone(history[i - 1]!.value)) at = segment.since;
  }
  return at;
}

/** A version's release date (Jira keeps a date: UTC midnight) as that date, "2026-11-18". */
const releaseDateOf = (version: Version) => (version.releaseDate === null ? null : new Date(version.releaseDate).toISOString().slice(0, 10));

/**
 * What shipped since the last note, in key order: issues that entered the board's done column
 * within the note's span (sub-tasks left out: their parent stands for them), were accepted by the
 * client within it (acceptance verdicts), or are in a version released on a date of the span (after
 * the last note's date, up to the note's).
 *
 * @example
 * shippedFacts(records, { day: wednesday, asOf: wednesdayEnd, isDone, acceptance: [acceptedWednesday], versions: [released23] })
 * //=> [{ issueKey: 'ENG-3', doneAt: wednesdayNoon, acceptedBy: ['acc-po'], releasedIn: ['2.3'], … }]
 */
export function shippedFacts(records: readonly HealthIssue[], input: ShippedInput): ShippedFact[] {
  const { day, asOf, isDone } = input;
  const inSpan = (t: number) => t > day.since && t <= asOf;
  const byKey = new Map<string, ShippedFact>();
  const summaries = new Map(records.map((r) => [r.key, r.summary]));
  const fact = (issueKey: string) => {
    let f = byKey.get(issueKey);
    if (!f) byKey.set(issueKey, (f = { issueKey, summary: summaries.get(issueKey) ?? '', doneAt: null, acceptedBy: [], releasedIn: [] }));
    return f;
  };

  for (const record of records) {
    if (record.isSubtask) continue;
    const doneAt = enteredDoneAt(record.statusId, isDone, day.since, asOf);
    if (doneAt !== null) fact(record.key).doneAt = doneAt;
  }
  for (const record of input.acceptance) {
    for (const verdict of record.verdicts) {
      if (verdict.verdict !== 'accepted' || !inSpan(verdict.at)) continue;
      const f = fact(record.issueKey);
      if (!f.acceptedBy.includes(verdict.byAccountId)) f.acceptedBy.push(verdict.byAccountId);
    }
  }
  const released = input.versions.filter((v) => {
    const date = releaseDateOf(v);
    return v.released && date !== null && date > day.sinceDate && date <= day.date;
  });
  for (const version of released) {
    for (const record of records) if (!record.isSubtask && record.fixVersionIds.includes(version.id)) fact(record.key).releasedIn.push(version.name);
  }
  return [...byKey.values()].sort(byIssueKey);
}
