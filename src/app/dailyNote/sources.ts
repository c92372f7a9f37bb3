import type { NoteSources, PostedEscalation } from '../../domain/dailyNote/facts';
import { doneStatusIds } from '../../domain/metrics/boardColumns';
import type { EngagementPolicy } from '../../domain/policy/types';
import { ledgerEntries, type EscalationEntry } from '../escalation/ledger';
import { ruleWords } from '../escalation/views';
import { healthSnapshotStore, type HealthMeta } from '../health/snapshotStore';
import type { AcceptanceStore, AppStore, DecisionStore } from '../ports';

/** The app storage a note is read from. */
export interface NoteStores {
  store: AppStore;
  decisions: DecisionStore;
  acceptance: AcceptanceStore;
}

export interface LoadedNoteSources {
  sources: NoteSources;
  /** The health snapshot's index; undefined before the first snapshot (the notes then hold only the app's records). */
  meta: HealthMeta | undefined;
  /** The escalation ledger's entries, the daily notes' own among them. */
  entries: EscalationEntry[];
}

/** The ledger's posted escalations and calibration calls as the note lists them (the daily notes themselves left out). */
export function postedEscalations(entries: readonly EscalationEntry[]): PostedEscalation[] {
  return entries
    .filter((e) => e.rule !== 'daily-note' && e.state === 'posted' && e.postedAt !== null)
    .map((e) => ({ issueKey: e.issueKey, ruleWords: ruleWords(e.rule, e.step), recipientNames: e.recipients.map((r) => e.names[r.accountId] ?? 'someone'), postedAt: e.postedAt!, created: Boolean(e.createdIssue) }));
}

/**
 * Everything the notes are made of, from app storage only: the health snapshot (its records, the
 * board's done column, the statuses and versions), every decision and acceptance record of the
 * project, the escalation ledger (`entries` when the caller has read it already).
 */
export async function loadNoteSources(deps: NoteStores, projectKey: string, policy: EngagementPolicy, options: { entries?: readonly EscalationEntry[] } = {}): Promise<LoadedNoteSources> {
  const snapshots = healthSnapshotStore(deps.store, projectKey);
  const [meta, decisions, acceptance, entries] = await Promise.all([
    snapshots.meta(),
    deps.decisions.listByProject(projectKey),
    deps.acceptance.listByProject(projectKey),
    options.entries ? Promise.resolve([...options.entries]) : ledgerEntries(deps.store, projectKey),
  ]);
  const records = meta ? await snapshots.allIssues(meta) : [];
  return {
    meta,
    entries,
    sources: {
      calendar: policy.calendars.delivery,
      blocker: policy.escalation.rules.blocker,
      records,
      doneStatusIds: doneStatusIds(meta?.board?.columns ?? []),
      statuses: meta?.statuses ?? [],
      versions: meta?.versions ?? [],
      decisions,
      acceptance,
      escalations: postedEscalations(entries),
    },
  };
}
