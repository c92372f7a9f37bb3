import { heldSince, valueAt } from '../metrics/fieldHistory';
import type { EscalationSettings } from './settings';
import type { BlockSource, ScannedIssue } from './types';

/** Which sources of "blocked" count (policy `escalation.rules.blocker`). */
export type BlockerSettings = EscalationSettings['rules']['blocker'];

export interface BlockedState {
  /** What blocks the issue now: its flag, its status, then each open "is blocked by" link. */
  sources: BlockSource[];
  /** Since when it has been blocked without a break (the earliest source's `since`); null when not blocked. */
  blockedSince: number | null;
}

/** When the issue entered the blocked statuses it is in now; the creation when no change records it; null when unknown. */
function blockedStatusSince(issue: ScannedIssue, blocked: ReadonlySet<string>, now: number): number | null {
  // Moving from one blocked status to another is one episode, so the whole run of blocked statuses counts.
  const entered = heldSince(issue.statusId, now, (id) => id !== null && blocked.has(id));
  if (entered === null) return null;
  if (Number.isFinite(entered)) return entered;
  return issue.created ?? null;
}

/**
 * What blocks an issue now, and since when: the flag (when the settings count it), a status the
 * settings mark as blocked (since it entered the blocked statuses), each "is blocked by" link to an
 * issue not done (when the settings count links). Every source has held from its `since` until now,
 * so the earliest is the start of the current blocking episode.
 *
 * @example
 * blockSources({ ...issue, flaggedSince: 100, blockedBy: [{ issueKey: 'ENG-9', since: 50, assigneeId: 'acc-9', done: false }] }, settings, names, 500)
 * //=> { sources: [{ kind: 'flagged', since: 100 }, { kind: 'link', since: 50, issueKey: 'ENG-9', assigneeId: 'acc-9' }], blockedSince: 50 }
 */
export function blockSources(issue: ScannedIssue, settings: BlockerSettings, statusNames: ReadonlyMap<string, string>, now: number): BlockedState {
  const sources: BlockSource[] = [];
  if (settings.flagged && issue.flaggedSince !== null) sources.push({ kind: 'flagged', since: issue.flaggedSince });

  const blocked = new Set(settings.blockedStatusIds);
  const statusId = valueAt(issue.statusId, now);
  if (statusId !== null && blocked.has(statusId)) {
    const since = blockedStatusSince(issue, blocked, now);
    if (since !== null) sources.push({ kind: 'status', since, statusId, statusName: statusNames.get(statusId) ?? statusId });
  }

  if (settings.blockedByLinks) {
    for (const link of issue.blockedBy) {
      if (!link.done) sources.push({ kind: 'link', since: link.since, issueKey: link.issueKey, assigneeId: link.assigneeId });
    }
  }

  const blockedSince = sources.length === 0 ? null : Math.min(...sources.map((s) => s.since));
  return { sources, blockedSince };
}
