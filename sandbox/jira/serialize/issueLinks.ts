/** Issue links as Jira's REST v3 renders them: IssueLinkType, IssueLink, and an issue's `issuelinks` field. */
import { findLinkType, linksOf, type IssueLinkType } from '../issueLinks';
import type { SandboxIssue, SandboxIssueLink } from '../model';
import type { Store } from '../store';
import { issueSelf, issueTypeJson, priorityJson, statusJson } from './common';

export function linkTypeJson(store: Store, type: IssueLinkType): Record<string, unknown> {
  return { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: `${store.baseUrl}/rest/api/3/issueLinkType/${type.id}` };
}

/** LinkedIssue: the other end of a link with the few fields Jira shows there (summary, status, priority, issue type; no assignee). */
export function linkedIssueJson(store: Store, issue: SandboxIssue): Record<string, unknown> {
  const status = store.status(issue.fields.statusId);
  const type = store.issueType(issue.fields.issueTypeId);
  const fields: Record<string, unknown> = { summary: issue.fields.summary };
  if (status) fields.status = statusJson(store, status);
  if (issue.fields.priority) fields.priority = priorityJson(store, issue.fields.priority);
  if (type) fields.issuetype = issueTypeJson(store, type);
  return { id: issue.id, key: issue.key, self: issueSelf(store, issue), fields };
}

const linkSelf = (store: Store, link: SandboxIssueLink) => `${store.baseUrl}/rest/api/3/issueLink/${link.id}`;

/** IssueLink as GET /issueLink/{linkId} answers it: both ends; undefined when an end or the type is gone. */
export function issueLinkJson(store: Store, link: SandboxIssueLink): Record<string, unknown> | undefined {
  const type = findLinkType({ id: link.typeId });
  const inward = store.issue(link.inwardIssueId);
  const outward = store.issue(link.outwardIssueId);
  if (!type || !inward || !outward) return undefined;
  return { id: link.id, self: linkSelf(store, link), type: linkTypeJson(store, type), inwardIssue: linkedIssueJson(store, inward), outwardIssue: linkedIssueJson(store, outward) };
}

/**
 * The `issuelinks` field: each link with its other end only, named for the side that end is on —
 * on ENG-7, blocked by ENG-5, `{ type: Blocks, inwardIssue: ENG-5 }`; on ENG-5, `{ type: Blocks, outwardIssue: ENG-7 }`.
 */
export function issueLinksFieldJson(store: Store, issue: SandboxIssue): Record<string, unknown>[] {
  return linksOf(store, issue.id).flatMap((link) => {
    const type = findLinkType({ id: link.typeId });
    const isInward = link.inwardIssueId === issue.id;
    const other = store.issue(isInward ? link.outwardIssueId : link.inwardIssueId);
    if (!type || !other) return [];
    return [{ id: link.id, self: linkSelf(store, link), type: linkTypeJson(store, type), [isInward ? 'outwardIssue' : 'inwardIssue']: linkedIssueJson(store, other) }];
  });
}
