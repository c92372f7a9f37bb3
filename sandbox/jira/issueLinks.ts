/**
 * Issue links as Jira Cloud keeps them: a site-wide list of link types, links between two issues
 * (model.ts `SandboxIssueLink`), and linking / unlinking with the changelog items Jira writes on
 * both issues. Their JSON: serialize/issueLinks.ts.
 */
import type { Caller } from './auth';
import type { SandboxChangeItem, SandboxIssue, SandboxIssueLink } from './model';
import { recordHistory } from './mutations';
import type { Store } from './store';

export interface IssueLinkType {
  id: string;
  name: string;
  /** What the outward issue is to the inward one: "is blocked by". */
  inward: string;
  /** What the inward issue is to the outward one: "blocks". */
  outward: string;
}

/** Jira Cloud's default link types (a site's admin may rename them; the sandbox's are fixed). */
export const ISSUE_LINK_TYPES: readonly IssueLinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

export const BLOCKS_LINK_TYPE = ISSUE_LINK_TYPES[0]!;

/**
 * Changelog items of links: Jira names the field "Link" (fieldtype jira). The id is the issue
 * field's, `issuelinks`, so that bulkfetch's `fieldIds` can ask for link history (see README).
 */
export const LINK_FIELD = 'Link';
export const LINK_FIELD_ID = 'issuelinks';

/** A type by id, else by name (case-insensitive, as Jira matches it). */
export function findLinkType(ref: { id?: unknown; name?: unknown }): IssueLinkType | undefined {
  if (typeof ref.id === 'string' || typeof ref.id === 'number') return ISSUE_LINK_TYPES.find((t) => t.id === String(ref.id));
  if (typeof ref.name === 'string') {
    const name = ref.name.toLowerCase();
    return ISSUE_LINK_TYPES.find((t) => t.name.toLowerCase() === name);
  }
  return undefined;
}

/**
 * The changelog item a link adds to (or removes from) one of its issues: "This issue is blocked by
 * ENG-5" on the outward issue, "This issue blocks ENG-7" on the inward one.
 *
 * @example
 * linkItem('is blocked by', 'ENG-5', true)
 * //=> { field: 'Link', fieldtype: 'jira', fieldId: 'issuelinks', from: null, fromString: null, to: 'ENG-5', toString: 'This issue is blocked by ENG-5' }
 */
export function linkItem(words: string, otherKey: string, added: boolean): SandboxChangeItem {
  const text = `This issue ${words} ${otherKey}`;
  return added
    ? { field: LINK_FIELD, fieldtype: 'jira', fieldId: LINK_FIELD_ID, from: null, fromString: null, to: otherKey, toString: text }
    : { field: LINK_FIELD, fieldtype: 'jira', fieldId: LINK_FIELD_ID, from: otherKey, fromString: text, to: null, toString: null };
}

/** Links by issue id, rebuilt when the links or the store changed since. */
const indexes = new WeakMap<SandboxIssueLink[], { revision: number; length: number; byIssue: Map<string, SandboxIssueLink[]> }>();

/** The links of an issue, either end, oldest first. */
export function linksOf(store: Store, issueId: string): SandboxIssueLink[] {
  const all = store.data.issueLinks;
  if (!all || all.length === 0) return [];
  let index = indexes.get(all);
  if (!index || index.revision !== store.revision || index.length !== all.length) {
    const byIssue = new Map<string, SandboxIssueLink[]>();
    const add = (id: string, link: SandboxIssueLink) => byIssue.set(id, [...(byIssue.get(id) ?? []), link]);
    for (const link of all) {
      add(link.inwardIssueId, link);
      if (link.outwardIssueId !== link.inwardIssueId) add(link.outwardIssueId, link);
    }
    index = { revision: store.revision, length: all.length, byIssue };
    indexes.set(all, index);
  }
  return index.byIssue.get(issueId) ?? [];
}

/**
 * Links `inward` to `outward` with `type` ("inward blocks outward"), recording the Link item on both
 * issues; a link that exists already is left as it is (null), as Jira answers a duplicate.
 */
export function linkIssues(store: Store, caller: Caller, now: number, type: IssueLinkType, inward: SandboxIssue, outward: SandboxIssue): SandboxIssueLink | null {
  const links = (store.data.issueLinks ??= []);
  if (links.some((l) => l.typeId === type.id && l.inwardIssueId === inward.id && l.outwardIssueId === outward.id)) return null;
  const link: SandboxIssueLink = { id: store.nextLinkId(), typeId: type.id, inwardIssueId: inward.id, outwardIssueId: outward.id };
  links.push(link);
  recordHistory(store, outward, caller, now, [linkItem(type.inward, inward.key, true)]);
  recordHistory(store, inward, caller, now, [linkItem(type.outward, outward.key, true)]);
  store.changed(inward, outward, 'issueLinks');
  return link;
}

/** Removes a link, recording the removal on both issues (those that still exist). */
export function unlinkIssues(store: Store, caller: Caller, now: number, link: SandboxIssueLink): void {
  const links = store.data.issueLinks ?? [];
  const at = links.indexOf(link);
  if (at < 0) return;
  links.splice(at, 1);
  const type = findLinkType({ id: link.typeId });
  const inward = store.issue(link.inwardIssueId);
  const outward = store.issue(link.outwardIssueId);
  const changed: (SandboxIssue | 'issueLinks')[] = ['issueLinks'];
  if (type && inward && outward) {
    recordHistory(store, outward, caller, now, [linkItem(type.inward, inward.key, false)]);
    recordHistory(store, inward, caller, now, [linkItem(type.outward, outward.key, false)]);
    changed.push(inward, outward);
  }
  store.changed(...changed);
}
