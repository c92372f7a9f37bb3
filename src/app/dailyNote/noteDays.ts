import type { NoteDaysView } from '../../contract/dailyNote';
import { noteDays } from '../../domain/dailyNote/days';
import { noteFacts, notePeople } from '../../domain/dailyNote/facts';
import { noteWords } from '../../domain/dailyNote/words';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { namesOf } from '../escalation/runScan';
import { loadPolicy } from '../policy';
import { dailyNoteId } from './post';
import { loadNoteSources } from './sources';

/** The project page shows today's note and this many working days before it. */
export const PREVIOUS_NOTE_DAYS = 5;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The project page's "Today's note": the note of the delivery team's working day (so far, while it
 * is under way) and of the previous working days, computed now from app storage — the health
 * snapshot, the decisions, the acceptance records, the escalation ledger — with one Jira call for
 * the names. A day's note says it was posted only when the ledger holds its posted comment.
 */
export async function noteDaysView(ctx: UseCaseContext, projectKey: string): Promise<NoteDaysView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const { policy } = await loadPolicy(ctx, projectKey);
  const loaded = await loadNoteSources(ctx, projectKey, policy);
  const facts = noteDays(ctx.now, policy.calendars.delivery, PREVIOUS_NOTE_DAYS).map((day) => noteFacts(loaded.sources, day, ctx.now));
  const names = await namesOf(ctx.jira, notePeople(facts));
  const notes = new Map(loaded.entries.filter((e) => e.rule === 'daily-note').map((e) => [e.id, e]));
  const issueKey = policy.dailyNote.postToIssueKey;
  return {
    projectKey,
    timeZone: policy.calendars.delivery.timeZone,
    days: facts.map((f) => {
      const entry = notes.get(dailyNoteId(f.day.date));
      return { note: noteWords(f, names), posted: entry?.state === 'posted' && entry.postedAt !== null ? { at: iso(entry.postedAt), issueKey: entry.issueKey } : null };
    }),
    posting: issueKey === null ? null : { issueKey, live: policy.escalation.mode === 'live', dayEnd: policy.calendars.delivery.dayEnd },
    snapshotAt: loaded.meta ? iso(loaded.meta.computedAt) : null,
  };
}
