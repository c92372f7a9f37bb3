import { blockSources, type BlockerSettings } from '../escalation/blockedState';
import { scannedIssues } from '../escalation/scannedIssues';
import type { BlockSource } from '../escalation/types';
import type { HealthIssue } from '../health/healthIssue';
import { valueAt } from '../metrics/fieldHistory';
import { byIssueKey } from './order';
import type { BlockedFact, BlockedSourceFact } from './types';

export interface BlockedInput {
  /** The done statuses: a done issue is not waiting on anything. */
  done: ReadonlySet<string>;
  /** What counts as blocked: the escalation scanner's own settings (its flag, statuses and links). */
  settings: BlockerSettings;
  statusNames: ReadonlyMap<string, string>;
  asOf: number;
}

/**
 * The issues blocked at `asOf`, longest blocked first, each with what blocks it and who can unblock
 * it (a blocking issue's assignee) — by the scanner's definition of blocked (escalation/blockedState.ts).
 * The snapshot holds flags and links as they are now, so an earlier day shows those set by then and
 * still set; what was cleared since is not shown (the status history is complete).
 *
 * @example
 * blockedFacts([flaggedSinceMonday], { done, settings, statusNames, asOf: tuesdayEnd })
 * //=> [{ issueKey: 'ENG-4', blockedSince: mondayNoon, sources: [{ kind: 'flagged' }], assigneeId: 'acc-dev', … }]
 */
export function blockedFacts(records: readonly HealthIssue[], input: BlockedInput): BlockedFact[] {
  const { done, settings, statusNames, asOf } = input;
  const byKey = new Map(records.map((r) => [r.key, r]));
  const sourceFact = (source: BlockSource): BlockedSourceFact => {
    if (source.kind === 'flagged') return { kind: 'flagged' };
    if (source.kind === 'status') return { kind: 'status', statusName: source.statusName };
    const blocker = byKey.get(source.issueKey);
    return { kind: 'link', issueKey: source.issueKey, unblockerId: blocker ? blocker.assigneeId : (source.assigneeId ?? undefined) };
  };
  const facts: BlockedFact[] = [];
  for (const issue of scannedIssues(records, done, asOf)) {
    if (issue.created !== undefined && issue.created > asOf) continue;
    const status = valueAt(issue.statusId, asOf);
    if (status !== null && done.has(status)) continue;
    // What blocked it at the note's instant: a flag or link added later belongs to a later note.
    const sources = blockSources(issue, settings, statusNames, asOf).sources.filter((s) => s.since <= asOf);
    if (sources.length === 0) continue;
    facts.push({ issueKey: issue.key, summary: issue.summary, blockedSince: Math.min(...sources.map((s) => s.since)), sources: sources.map(sourceFact), assigneeId: issue.assigneeId });
  }
  return facts.sort((a, b) => a.blockedSince - b.blockedSince || byIssueKey(a, b));
}
