import type { SandboxChangeItem, SandboxComment, SandboxHistory, SandboxIssue } from '../model';
import { jiraDate } from '../dates';
import type { Store } from '../store';
import { userJsonById } from './user';

/**
 * ChangeDetails: the spec types from/to as strings, so absent values are left out rather
 * than null (Jira itself sends null). `toString` is the exception: left out, validators
 * that read `data.toString` find Object.prototype.toString, so an empty string stands in.
 */
export function changeItemJson(item: SandboxChangeItem): Record<string, string> {
  const entries: [string, string | null | undefined][] = [
    ['field', item.field],
    ['fieldtype', item.fieldtype],
    ['fieldId', item.fieldId],
    ['from', item.from],
    ['fromString', item.fromString],
    ['to', item.to],
    ['toString', item.toString ?? ''],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined));
}

export function historyJson(store: Store, h: SandboxHistory, items: SandboxChangeItem[] = h.items): Record<string, unknown> {
  const author = userJsonById(store, h.authorId);
  return {
    id: h.id,
    ...(author ? { author } : {}),
    created: jiraDate(h.created),
    items: items.map(changeItemJson),
  };
}

export function commentJson(store: Store, issue: SandboxIssue, c: SandboxComment): Record<string, unknown> {
  const author = userJsonById(store, c.authorId);
  return {
    self: `${store.baseUrl}/rest/api/3/issue/${issue.id}/comment/${c.id}`,
    id: c.id,
    ...(author ? { author, updateAuthor: author } : {}),
    body: c.body,
    created: jiraDate(c.created),
    updated: jiraDate(c.updated),
    jsdPublic: true,
  };
}
