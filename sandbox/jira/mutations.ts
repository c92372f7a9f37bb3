import type { Caller } from './auth';
import type { SandboxChangeItem, SandboxIssue, SandboxStatus } from './model';
import type { Store } from './store';
import { APP_ACCOUNT_ID } from './serialize/user';

export function actorId(caller: Caller): string {
  return caller.kind === 'app' ? APP_ACCOUNT_ID : caller.user.accountId;
}

/** Appends a changelog history and bumps `updated`. */
export function recordHistory(store: Store, issue: SandboxIssue, caller: Caller, now: number, items: SandboxChangeItem[]): void {
  if (items.length === 0) return;
  const created = new Date(now).toISOString();
  issue.changelog.push({ id: store.nextHistoryId(), authorId: actorId(caller), created, items });
  issue.fields.updated = created;
}

/** Moves an issue to a status: status item, resolution + resolutiondate when entering/leaving the done category. */
export function moveToStatus(store: Store, issue: SandboxIssue, caller: Caller, now: number, to: SandboxStatus): void {
  const from = store.status(issue.fields.statusId);
  const items: SandboxChangeItem[] = [];
  if (from?.id !== to.id) {
    items.push({
      field: 'status',
      fieldtype: 'jira',
      fieldId: 'status',
      from: issue.fields.statusId,
      fromString: from?.name ?? null,
      to: to.id,
      toString: to.name,
    });
  }
  const wasDone = from?.categoryKey === 'done';
  const isDone = to.categoryKey === 'done';
  if (!wasDone && isDone) {
    issue.fields.resolutionDate = new Date(now).toISOString();
    items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' });
  } else if (wasDone && !isDone) {
    issue.fields.resolutionDate = null;
    items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: '10000', fromString: 'Done', to: null, toString: null });
  }
  issue.fields.statusId = to.id;
  recordHistory(store, issue, caller, now, items);
}
