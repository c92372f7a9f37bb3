import type { AcceptanceSettings } from '../policy/types';
import type { ChangelogEntry, StatusCategory } from '../types';
import type { IssueAcceptanceFacts } from './types';

/** A status of the project's workflow, as the settings and the resolver see it. */
export interface ProjectStatus {
  name: string;
  category: StatusCategory;
}

/**
 * The status in which work waits for the client's verdict, as resolved for one project.
 * `isDoneCategory`: nothing in the workflow looks like "ready for acceptance", so work
 * awaits acceptance once it is done (and the workflow gate cannot apply, see gate.ts).
 */
export interface ReadyStatus {
  name: string;
  isDoneCategory: boolean;
}

/** Names that read as "the client checks this now" ("UAT" as a word: "Evaluation" is not one). */
export const READY_STATUS_PATTERN = /ready for (client )?acceptance|awaiting acceptance|customer review|\buat\b/i;

/** Status names compare like Jira's: case-insensitive, ignoring surrounding spaces. */
const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The project's ready-for-acceptance status: the configured one if the project has it
 * (case-insensitive), else a status named like one, else the first Done-category status.
 * A project without any Done status (not a real Jira workflow) falls back to the configured
 * name, else "Done", so callers always get a name to show.
 */
export function resolveReadyStatus(statuses: readonly ProjectStatus[], settings: AcceptanceSettings): ReadyStatus {
  const configured = settings.readyStatus?.trim() || null;
  if (configured !== null) {
    const found = statuses.find((s) => sameName(s.name, configured));
    if (found) return { name: found.name, isDoneCategory: found.category === 'done' };
  }
  const named = statuses.find((s) => s.category !== 'done' && READY_STATUS_PATTERN.test(s.name)) ?? statuses.find((s) => READY_STATUS_PATTERN.test(s.name));
  if (named) return { name: named.name, isDoneCategory: named.category === 'done' };
  const done = statuses.find((s) => s.category === 'done');
  return { name: done?.name ?? configured ?? 'Done', isDoneCategory: true };
}

/**
 * Whether a status counts as ready for acceptance. When the ready status is the Done
 * category, every Done-category status counts (Done, Closed, Resolved… are all "done").
 */
export function isReadyStatus(statusName: string, statusCategory: StatusCategory | undefined, ready: ReadyStatus): boolean {
  return sameName(statusName, ready.name) || (ready.isDoneCategory && statusCategory === 'done');
}

/** Whether the issue sits in the ready-for-acceptance status right now. */
export function isInReadyStatus(facts: IssueAcceptanceFacts, ready: ReadyStatus): boolean {
  return isReadyStatus(facts.statusName, facts.statusCategory, ready);
}

/**
 * When the issue last entered the ready status, from its changelog (any order): the last
 * status change from a status that does not count as ready into one that does. Statuses
 * not in `statuses` count by name only. Null if it never did.
 */
export function lastEnteredReadyAt(changelog: readonly ChangelogEntry[], statuses: readonly ProjectStatus[], ready: ReadyStatus): number | null {
  const categoryOf = (name: string | null) => (name === null ? undefined : statuses.find((s) => sameName(s.name, name))?.category);
  const counts = (name: string | null) => name !== null && isReadyStatus(name, categoryOf(name), ready);
  let last: number | null = null;
  for (const entry of changelog) {
    for (const change of entry.changes) {
      if (change.fieldId !== 'status') continue;
      if (counts(change.toString) && !counts(change.fromString) && (last === null || entry.at > last)) last = entry.at;
    }
  }
  return last;
}
