import type { AcceptanceSettings } from '../policy/types';
import type { ChangelogEntry, StatusCategory } from '../types';
import type { IssueAcceptanceFacts } from './types';

/**
 * A status of the project's workflow, as the settings and the resolver see it. Jira identifies
 * a status by its `id`: two statuses can share a name. The id is left out only where statuses
 * are known by name alone (the demo's replay of its generated history); names then decide.
 */
export interface ProjectStatus {
  id?: string;
  name: string;
  category: StatusCategory;
}

/**
 * The status in which work waits for the client's verdict, as resolved for one project.
 * `name` is for display; `ids` are the statuses that count (absent when the statuses came without ids).
 * `isDoneCategory`: nothing in the workflow looks like "ready for acceptance", so work
 * awaits acceptance once it is done (and the workflow gate cannot apply, see gate.ts).
 */
export interface ReadyStatus {
  name: string;
  isDoneCategory: boolean;
  ids?: readonly string[];
}

/** Names that read as "the client checks this now" ("UAT" as a word: "Evaluation" is not one). */
export const READY_STATUS_PATTERN = /ready for (client )?acceptance|awaiting acceptance|customer review|\buat\b/i;

/** Status names compare like Jira's: case-insensitive, ignoring surrounding spaces. */
/** Status names as Jira users read them: case and surrounding spaces do not matter. */
export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The ready status made of these statuses (one, or several sharing a name); ids only when every one has one. */
function readyOf(statuses: readonly ProjectStatus[], isDoneCategory = statuses.every((s) => s.category === 'done')): ReadyStatus {
  const ids = statuses.map((s) => s.id);
  const ready: ReadyStatus = { name: statuses[0]!.name, isDoneCategory };
  return ids.every((id): id is string => id !== undefined) ? { ...ready, ids } : ready;
}

/**
 * The project's statuses a reference from the settings names: the status with that id, else
 * the statuses with that name (case-insensitive). Settings saved before statuses were chosen by
 * id hold a name; a name one status has resolves to that status, a name several share to all of
 * them (they cannot be told apart by name, and the admin chose the name).
 *
 * @example
 * statusesNamed(workflow, '10003')               //=> [{ id: '10003', name: 'Ready for Acceptance', … }]
 * statusesNamed(workflow, 'ready for acceptance') //=> [{ id: '10003', name: 'Ready for Acceptance', … }]
 */
export function statusesNamed<S extends ProjectStatus>(statuses: readonly S[], reference: string): S[] {
  const byId = statuses.find((s) => s.id !== undefined && s.id === reference.trim());
  return byId ? [byId] : statuses.filter((s) => sameName(s.name, reference));
}

/**
 * The project's ready-for-acceptance status: the configured one (by id, or by a name saved
 * before ids) if the project has it, else a status named like one, else the Done category.
 * A project without any Done status (not a real Jira workflow) falls back to the configured
 * name, else "Done", so callers always get a name to show.
 */
export function resolveReadyStatus(statuses: readonly ProjectStatus[], settings: AcceptanceSettings): ReadyStatus {
  const configured = settings.readyStatus?.trim() || null;
  if (configured !== null) {
    const found = statusesNamed(statuses, configured);
    if (found.length > 0) return readyOf(found);
  }
  const named = statuses.find((s) => s.category !== 'done' && READY_STATUS_PATTERN.test(s.name)) ?? statuses.find((s) => READY_STATUS_PATTERN.test(s.name));
  if (named) return readyOf([named]);
  const done = statuses.filter((s) => s.category === 'done');
  return done.length > 0 ? readyOf(done, true) : { name: configured ?? 'Done', isDoneCategory: true };
}

/**
 * Whether a status counts as ready for acceptance: by its id when both sides know ids, else by
 * name. When the ready status is the Done category, every Done-category status counts (Done,
 * Closed, Resolved… are all "done").
 */
export function isReadyStatus(statusName: string, statusCategory: StatusCategory | undefined, ready: ReadyStatus, statusId?: string | null): boolean {
  if (ready.isDoneCategory && statusCategory === 'done') return true;
  if (statusId !== undefined && statusId !== null && ready.ids) return ready.ids.includes(statusId);
  return sameName(statusName, ready.name);
}

/** Whether the issue sits in the ready-for-acceptance status right now. */
export function isInReadyStatus(facts: IssueAcceptanceFacts, ready: ReadyStatus): boolean {
  return isReadyStatus(facts.statusName, facts.statusCategory, ready, facts.statusId);
}

/**
 * When the issue last entered the ready status, from its changelog (any order): the last
 * status change from a status that does not count as ready into one that does. A status
 * change names the statuses by id (`from`/`to`) and by name; ids decide where given.
 * Statuses not in `statuses` count by name only. Null if it never did.
 */
export function lastEnteredReadyAt(changelog: readonly ChangelogEntry[], statuses: readonly ProjectStatus[], ready: ReadyStatus): number | null {
  const statusOf = (id: string | null, name: string | null) => (id !== null ? statuses.find((s) => s.id === id) : undefined) ?? (name === null ? undefined : statuses.find((s) => sameName(s.name, name)));
  const counts = (id: string | null, name: string | null) => (id !== null || name !== null) && isReadyStatus(name ?? '', statusOf(id, name)?.category, ready, id);
  let last: number | null = null;
  for (const entry of changelog) {
    for (const change of entry.changes) {
      if (change.fieldId !== 'status') continue;
      if (counts(change.to, change.toString) && !counts(change.from, change.fromString) && (last === null || entry.at > last)) last = entry.at;
    }
  }
  return last;
}

/**
 * The id of the status the issue is in, for an issue known by its status name: the one status
 * of that name, else — when several share it — the status the changelog last moved it into,
 * if that is one of them. Null when it cannot be told (callers then compare by name).
 *
 * @example
 * currentStatusId('In Progress', [], workflow)              //=> '3'
 * currentStatusId('Done', [moveInto('10099', 'Done')], workflow) //=> '10099' (two statuses are named Done)
 */
export function currentStatusId(statusName: string, changelog: readonly ChangelogEntry[], statuses: readonly ProjectStatus[]): string | null {
  const candidates = statuses.filter((s) => s.id !== undefined && sameName(s.name, statusName));
  if (candidates.length === 1) return candidates[0]!.id!;
  let last: { at: number; to: string } | null = null;
  for (const entry of changelog) {
    for (const change of entry.changes) {
      if (change.fieldId === 'status' && change.to !== null && (last === null || entry.at >= last.at)) last = { at: entry.at, to: change.to };
    }
  }
  const movedInto = last?.to ?? null;
  return movedInto !== null && candidates.some((s) => s.id === movedInto) ? movedInto : null;
}
