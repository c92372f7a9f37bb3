/** Builders for Jira changelog items, shaped like Jira Cloud's. */
import type { SandboxChangeItem, SandboxUser } from '../jira/model';
import { FLAGGED_FIELD, PRIORITY_IDS, RANK_FIELD, SPRINT_FIELD, STORY_POINTS_FIELD, statusId } from './catalog';
import type { Priority, StatusName } from './catalog';

export interface DraftEvent {
  /** History id, given once all issues are built. */
  id?: string;
  t: number;
  authorId: string;
  items: SandboxChangeItem[];
}

export function statusItem(from: StatusName, to: StatusName): SandboxChangeItem {
  return { field: 'status', fieldtype: 'jira', fieldId: 'status', from: statusId(from), fromString: from, to: statusId(to), toString: to };
}

export function resolutionItem(): SandboxChangeItem {
  return { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' };
}

/** Jira writes the whole Sprint field value: ids joined by ", ", names likewise; empty is null. */
export function sprintItem(from: number[], to: number[], nameOf: (id: number) => string): SandboxChangeItem {
  const ids = (list: number[]) => (list.length ? list.join(', ') : null);
  const names = (list: number[]) => (list.length ? list.map(nameOf).join(', ') : null);
  return { field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT_FIELD, from: ids(from), fromString: names(from), to: ids(to), toString: names(to) };
}

export function pointsItem(from: number | null, to: number | null): SandboxChangeItem {
  const text = (v: number | null) => (v === null ? null : String(v));
  return { field: 'Story Points', fieldtype: 'custom', fieldId: STORY_POINTS_FIELD, from: text(from), fromString: text(from), to: text(to), toString: text(to) };
}

export function flaggedItem(on: boolean): SandboxChangeItem {
  return on
    ? { field: 'Flagged', fieldtype: 'custom', fieldId: FLAGGED_FIELD, from: null, fromString: null, to: '[10019]', toString: 'Impediment' }
    : { field: 'Flagged', fieldtype: 'custom', fieldId: FLAGGED_FIELD, from: '[10019]', fromString: 'Impediment', to: null, toString: null };
}

export function assigneeItem(from: SandboxUser | null, to: SandboxUser | null): SandboxChangeItem {
  return {
    field: 'assignee',
    fieldtype: 'jira',
    fieldId: 'assignee',
    from: from?.accountId ?? null,
    fromString: from?.displayName ?? null,
    to: to?.accountId ?? null,
    toString: to?.displayName ?? null,
  };
}

export function fixVersionItem(versionId: string, name: string): SandboxChangeItem {
  return { field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: null, fromString: null, to: versionId, toString: name };
}

export function rankItem(higher: boolean): SandboxChangeItem {
  return { field: 'Rank', fieldtype: 'custom', fieldId: RANK_FIELD, from: null, fromString: null, to: null, toString: higher ? 'Ranked higher' : 'Ranked lower' };
}

export function priorityItem(from: Priority, to: Priority): SandboxChangeItem {
  return { field: 'priority', fieldtype: 'jira', fieldId: 'priority', from: PRIORITY_IDS[from], fromString: from, to: PRIORITY_IDS[to], toString: to };
}

/** Jira writes labels as a space-separated list in fromString/toString. */
export function labelsItem(from: string[], to: string[]): SandboxChangeItem {
  const text = (list: string[]) => (list.length ? list.join(' ') : null);
  return { field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: text(from), to: null, toString: text(to) };
}
