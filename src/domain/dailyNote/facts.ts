import type { AcceptanceRecord } from '../acceptance/types';
import type { Decision } from '../decisions/types';
import type { BlockerSettings } from '../escalation/blockedState';
import type { HealthIssue } from '../health/healthIssue';
import { doneColumnTest } from '../metrics/boardColumns';
import type { TeamCalendar } from '../policy/types';
import type { StatusCategory, Version } from '../types';
import { blockedFacts } from './blocked';
import type { NoteDay } from './days';
import { pendingDecisionFacts } from './decisionsPending';
import { inProgressFacts } from './inProgress';
import { shippedFacts } from './shipped';
import type { NoteFacts, OpenedEscalationFact } from './types';

/** An escalation or calibration call on the scanner's ledger, as the note reads it (the app names the rule). */
export interface PostedEscalation {
  issueKey: string;
  ruleWords: string;
  recipientNames: string[];
  postedAt: number;
  /** An issue the app created (a calibration call), not a comment it posted. */
  created: boolean;
}

/** Everything a note is made of: the health snapshot's records and the app's records, as stored. */
export interface NoteSources {
  /** The delivery team's calendar: whose working day the note is. */
  calendar: TeamCalendar;
  /** What counts as blocked (the escalation scanner's settings). */
  blocker: BlockerSettings;
  records: readonly HealthIssue[];
  /** The board's done column (boardColumns.ts `doneStatusIds`); empty without a board: the done category's statuses count. */
  doneStatusIds: ReadonlySet<string>;
  statuses: readonly { id: string; name: string; category: StatusCategory }[];
  versions: readonly Version[];
  /** Every decision of the project (pending ones and those closed since: an earlier day's note needs them). */
  decisions: readonly Decision[];
  acceptance: readonly AcceptanceRecord[];
  /** The ledger's posted entries, the daily notes themselves left out. */
  escalations: readonly PostedEscalation[];
}

/**
 * The done statuses the note counts: the board's done column, or the statuses of the done
 * category when there is no board column to read.
 *
 * @example
 * doneStatusesOf(new Set(), [{ id: '10001', name: 'Done', category: 'done' }]) //=> Set { '10001' }
 */
export function doneStatusesOf(doneStatusIds: ReadonlySet<string>, statuses: NoteSources['statuses']): ReadonlySet<string> {
  return doneStatusIds.size > 0 ? doneStatusIds : new Set(statuses.filter((s) => s.category === 'done').map((s) => s.id));
}

/**
 * The facts of one working day's note, as of the day's end — or of `now` while the day is under
 * way: Blocked (first), Shipped since the last note, In progress, Decisions pending, and the
 * escalations and calibration calls posted since the last note.
 *
 * @example
 * noteFacts(sources, noteDays(now, sources.calendar, 0)[0], now)
 * //=> { day: { date: '2026-11-18', … }, asOf: now, final: false, blocked: [...], shipped: [...], inProgress: [...], decisions: [...], escalations: [...] }
 */
export function noteFacts(sources: NoteSources, day: NoteDay, now: number): NoteFacts {
  const asOf = Math.min(now, day.end);
  const done = doneStatusesOf(sources.doneStatusIds, sources.statuses);
  const isDone = doneColumnTest(done);
  const statusNames = new Map(sources.statuses.map((s) => [s.id, s.name]));
  const summaries = new Map(sources.records.map((r) => [r.key, r.summary]));

  const blocked = blockedFacts(sources.records, { done, settings: sources.blocker, statusNames, asOf });
  const blockedKeys = new Set(blocked.map((b) => b.issueKey));
  const escalations: OpenedEscalationFact[] = sources.escalations
    .filter((e) => e.postedAt > day.since && e.postedAt <= asOf)
    .sort((a, b) => a.postedAt - b.postedAt || (a.issueKey < b.issueKey ? -1 : 1))
    .map((e) => ({ ...e, summary: summaries.get(e.issueKey) ?? '' }));
  return {
    day,
    asOf,
    final: now >= day.end,
    timeZone: sources.calendar.timeZone,
    blocked,
    shipped: shippedFacts(sources.records, { day, asOf, isDone, acceptance: sources.acceptance, versions: sources.versions }),
    inProgress: inProgressFacts(sources.records, { asOf, statuses: sources.statuses, isDone, blockedKeys }),
    decisions: pendingDecisionFacts(sources.decisions, summaries, asOf),
    escalations,
  };
}

/**
 * Everyone the notes name (assignees, those who can unblock, decision owners, acceptors), once:
 * the app looks their names up in one call.
 *
 * @example
 * notePeople([facts]) //=> ['acc-dev', 'acc-po']
 */
export function notePeople(notes: readonly NoteFacts[]): string[] {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => void (id && ids.add(id));
  for (const note of notes) {
    for (const b of note.blocked) {
      add(b.assigneeId);
      for (const s of b.sources) if (s.kind === 'link') add(s.unblockerId);
    }
    for (const s of note.shipped) s.acceptedBy.forEach(add);
    for (const p of note.inProgress) add(p.assigneeId);
    for (const d of note.decisions) d.ownerIds.forEach(add);
  }
  return [...ids];
}
