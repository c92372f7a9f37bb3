import type { BlockingIssue, ChangelogEntry, FieldChange } from '../types';

/** An "is blocked by" link of an issue now, with when it was added. */
export interface BlockingLink extends BlockingIssue {
  /** When the link was added: the last changelog item that added it; the blocked issue's creation when none did. */
  since: number;
}

/** Jira's changelog item of a link: field "Link" (no field id on some sites, hence the name), or the `issuelinks` field id. */
const isLinkChange = (c: FieldChange) => c.fieldId === 'issuelinks' || c.field.toLowerCase() === 'link';

/** The item added a link to `key`: Jira puts the other issue's key in `to` ("This issue is blocked by ENG-5" in `toString`). */
const addsLinkTo = (c: FieldChange, key: string) => isLinkChange(c) && (c.to === key || (c.to === null && c.toString !== null && c.toString.endsWith(` ${key}`)));

/** Read as "is blocked by", not another link to the same issue ("relates to"): the words of Jira's Blocks type. */
const readsBlockedBy = (c: FieldChange) => c.toString === null || /\bblocked by\b/i.test(c.toString);

/** The last time an item of `own` matching `test` was recorded; null when none. */
function lastChange(own: readonly ChangelogEntry[], test: (c: FieldChange) => boolean): number | null {
  let last: number | null = null;
  for (const entry of own) if ((last === null || entry.at > last) && entry.changes.some(test)) last = entry.at;
  return last;
}

/**
 * The issue's blocking links now, each with when it was added: the last Link item adding a link
 * to that issue in words of blocking, else the last adding any link to it (a site may word its
 * Blocks type otherwise), else the blocked issue's creation (the changelog does not say).
 *
 * @example
 * blockingLinks([{ issueKey: 'ENG-5', assigneeId: null, done: false }], [{ at: 500, changes: [{ field: 'Link', fieldId: 'issuelinks', to: 'ENG-5', toString: 'This issue is blocked by ENG-5', … }], … }], 100)
 * //=> [{ issueKey: 'ENG-5', assigneeId: null, done: false, since: 500 }]
 */
export function blockingLinks(blockedBy: readonly BlockingIssue[], own: readonly ChangelogEntry[], created: number): BlockingLink[] {
  return blockedBy.map((link) => {
    const worded = lastChange(own, (c) => addsLinkTo(c, link.issueKey) && readsBlockedBy(c));
    const since = worded ?? lastChange(own, (c) => addsLinkTo(c, link.issueKey)) ?? created;
    return { ...link, since };
  });
}
