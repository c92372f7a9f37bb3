import type { CommentEffect } from '../../domain/effects/types';
import { effectId } from '../../domain/effects/pending';
import { noteAdf } from '../../domain/dailyNote/adf';
import { noteDueAt, type NoteDay } from '../../domain/dailyNote/days';
import { noteFacts, notePeople } from '../../domain/dailyNote/facts';
import { noteText } from '../../domain/dailyNote/render';
import type { DailyNote } from '../../domain/dailyNote/types';
import { noteWords } from '../../domain/dailyNote/words';
import type { EngagementPolicy } from '../../domain/policy/types';
import { SNAPSHOT_FRESH_MS } from '../escalation/dueNow';
import { escalationEffectId, escalationKeys, planEntry, plannedEntry, type EscalationEntry } from '../escalation/ledger';
import { namesOf, type DailyNotePlanner, type EscalationScanDeps, type PlannedDailyNote } from '../escalation/runScan';
import type { AcceptanceStore } from '../ports';
import { loadNoteSources } from './sources';

/** The ledger's step of a daily note: there is one per working day. */
export const DAILY_NOTE_STEP = 'post';

/**
 * The ledger id of a working day's note: one per project and date, whichever issue it goes on.
 *
 * @example dailyNoteId('2026-11-18') //=> 'daily-note:2026-11-18:post'
 */
export const dailyNoteId = (date: string): string => effectId('daily-note', date, DAILY_NOTE_STEP);

/** The ledger entry of a day's note: its comment (ADF, keys linked when the site's address is known) and its plain text, built once, with the names of then. */
export function noteEntry(projectKey: string, day: NoteDay, note: DailyNote, issue: { id: string; key: string }, now: number, baseUrl: string | null = null): EscalationEntry {
  const id = dailyNoteId(day.date);
  const effect: CommentEffect = { kind: 'comment', id: escalationEffectId(id), issueKey: issue.key, requestedAt: now, body: noteAdf(note, baseUrl) };
  return plannedEntry(
    { id, projectKey, rule: 'daily-note', subjectId: day.date, step: DAILY_NOTE_STEP, issueId: issue.id, issueKey: issue.key, decisionId: null, dueAt: day.end, recipients: [], names: {}, effect, text: noteText(note) },
    now,
  );
}

const nothing: PlannedDailyNote = { entry: null, skipped: null };
const skipped = (why: string): PlannedDailyNote => ({ entry: null, skipped: `Daily note: ${why}` });

/**
 * The daily note's part of a Live scan: when the settings name an issue and a working day of the
 * delivery team has ended (the first scan at or after its end, until the team's next day starts),
 * that day's note is planned in the escalation ledger — once: a conditional write keyed by the date,
 * so a repeated or concurrent scan finds it planned — and the scan posts it through the outbox with
 * the escalations. The note is built from app storage (a fresh health snapshot, the decisions, the
 * acceptance records, the ledger) with one Jira call for the names. Never throws: what stops it is
 * reported, and the next scan tries again.
 */
export async function planDailyNote(deps: EscalationScanDeps & { acceptance: AcceptanceStore }, projectKey: string, policy: EngagementPolicy, entries: ReadonlyMap<string, EscalationEntry>, now: number): Promise<PlannedDailyNote> {
  const issueKey = policy.dailyNote.postToIssueKey;
  if (issueKey === null || policy.escalation.mode !== 'live') return nothing;
  const day = noteDueAt(now, policy.calendars.delivery);
  if (!day) return nothing;
  const id = dailyNoteId(day.date);
  // Planned by an earlier run (whichever issue it went on): posting it is the scan's, below.
  const known = entries.get(id);
  if (known) return { entry: known, skipped: null };
  if (!issueKey.startsWith(`${projectKey}-`)) return skipped(`${issueKey} is not an issue of ${projectKey}; nothing is posted until the settings name one`);
  try {
    const loaded = await loadNoteSources(deps, projectKey, policy, { entries: [...entries.values()] });
    if (!loaded.meta || now - loaded.meta.computedAt > SNAPSHOT_FRESH_MS) return skipped(`the note of ${day.date} waits for a fresh health snapshot`);
    const record = loaded.sources.records.find((r) => r.key === issueKey);
    const issue = record ? { id: record.id, key: record.key } : await deps.jira.getIssue(issueKey).then((i) => ({ id: i.id, key: i.key }));
    const facts = noteFacts(loaded.sources, day, now);
    const note = noteWords(facts, await namesOf(deps.jira, notePeople([facts])));
    // Every line links to its issue: the site's address from Jira (a note without it still names each key).
    const baseUrl = await deps.jira.siteBaseUrl().catch(() => null);
    const entry = noteEntry(projectKey, day, note, issue, now, baseUrl);
    if (await planEntry(deps.store, entry)) return { entry, skipped: null };
    const theirs = await deps.store.get<EscalationEntry>(escalationKeys.entry(projectKey, entry.issueId, entry.id));
    return { entry: theirs ?? null, skipped: null };
  } catch (error) {
    return skipped(`the note of ${day.date} could not be built (${error instanceof Error ? error.message : String(error)}); the next scan tries again`);
  }
}

/** The planner the scan consumer hands the scan: the note also reads the acceptance records. */
export function dailyNotePlanner(acceptance: AcceptanceStore): DailyNotePlanner {
  return (run, projectKey, policy, entries, now) => planDailyNote({ ...run, acceptance }, projectKey, policy, entries, now);
}
