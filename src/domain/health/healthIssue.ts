import type { FieldHistory } from '../metrics/fieldHistory';
import { issueTimeline, type IssueTimeline, type TimelineFieldIds } from '../metrics/issueTimeline';
import type { ChangelogEntry, Issue } from '../types';
import { blockingLinks, type BlockingLink } from './blockingLinks';

/**
 * What the health snapshot keeps of one issue: the facts the metrics read and its replayed
 * timeline. Kept in app storage between refreshes, so an incremental refresh re-reads only the
 * issues Jira says changed and recomputes every metric from these records.
 */
export interface HealthIssue {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  isSubtask: boolean;
  created: number;
  updated: number;
  reporterId: string | null;
  /** The reporter is an app's account (Jira's accountType 'app'): the partner signal leaves out what apps created. */
  reporterIsApp: boolean;
  /** Null when unassigned. */
  assigneeId: string | null;
  labels: string[];
  fixVersionIds: string[];
  /** Flagged now, since the last time the flag was set (the issue's creation when the changelog does not say). */
  flaggedSince: number | null;
  /** "is blocked by" links now, each since it was added (the escalation scanner's blocker rule reads them). */
  blockedBy: BlockingLink[];
  /** The issues linked to this one now, any type, either direction (the partner signal's follow-ups of a change request). */
  linkedIssueIds: string[];
  sprintIds: FieldHistory<readonly number[]>;
  estimate: FieldHistory<number | null>;
  statusId: FieldHistory<string | null>;
}

export interface HealthFieldIds extends TimelineFieldIds {
  flaggedFieldId: string | null;
}

const isFlagChange = (fieldId: string | null) => (c: { fieldId: string; field: string }) => (fieldId !== null ? c.fieldId === fieldId : c.field.toLowerCase() === 'flagged');

/** When the flag still set now was set: the last change that set it; `created` when none did. */
function flaggedSince(issue: Issue, own: readonly ChangelogEntry[], fieldId: string | null): number | null {
  if (!issue.flagged) return null;
  let since: number | null = null;
  for (const entry of own) {
    for (const change of entry.changes) {
      if (!isFlagChange(fieldId)(change)) continue;
      const set = (change.to ?? change.toString ?? '') !== '';
      if (set && (since === null || entry.at > since)) since = entry.at;
    }
  }
  return since ?? issue.created;
}

/**
 * One issue's record from its current fields and its own changelog entries (any order).
 *
 * @example
 * healthIssue(issue, entriesOfIssue, { sprintFieldId: 'customfield_10020', estimationFieldId: 'customfield_10016', flaggedFieldId: 'customfield_10021' })
 * //=> { id: '10001', key: 'ENG-1', sprintIds: [...], estimate: [...], statusId: [...], flaggedSince: null, blockedBy: [], linkedIssueIds: [], … }
 */
export function healthIssue(issue: Issue, own: readonly ChangelogEntry[], fields: HealthFieldIds): HealthIssue {
  const timeline = issueTimeline(issue, own, fields, issue.isSubtask === true);
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.summary,
    issueType: issue.issueType,
    isSubtask: issue.isSubtask === true,
    created: issue.created,
    updated: issue.updated,
    reporterId: issue.reporter?.accountId ?? null,
    reporterIsApp: issue.reporter?.accountType === 'app',
    assigneeId: issue.assignee?.accountId ?? null,
    labels: [...issue.labels],
    fixVersionIds: [...issue.fixVersionIds],
    flaggedSince: flaggedSince(issue, own, fields.flaggedFieldId),
    blockedBy: blockingLinks(issue.blockedBy ?? [], own, issue.created),
    linkedIssueIds: [...(issue.linkedIssueIds ?? [])],
    sprintIds: timeline.sprintIds,
    estimate: timeline.estimate,
    statusId: timeline.statusId,
  };
}

/** The record's timeline, as the metric functions take it. */
export const timelineOf = (h: HealthIssue): IssueTimeline => ({ issueId: h.id, issueKey: h.key, isSubtask: h.isSubtask, sprintIds: h.sprintIds, estimate: h.estimate, statusId: h.statusId });

/** The domain Issue that functions written for Jira's issues take, from a stored record. */
export function issueOf(h: HealthIssue): Issue {
  return {
    id: h.id,
    key: h.key,
    projectKey: h.key.includes('-') ? h.key.slice(0, h.key.indexOf('-')) : h.key,
    summary: h.summary,
    issueType: h.issueType,
    isSubtask: h.isSubtask,
    status: '',
    statusId: h.statusId[h.statusId.length - 1]?.value ?? null,
    statusCategory: 'new',
    storyPoints: h.estimate[h.estimate.length - 1]?.value ?? null,
    created: h.created,
    updated: h.updated,
    resolutionDate: null,
    labels: h.labels,
    assignee: null,
    reporter: h.reporterId === null ? null : { accountId: h.reporterId, displayName: '' },
    sprintIds: (h.sprintIds[h.sprintIds.length - 1]?.value ?? []) as number[],
    fixVersionIds: h.fixVersionIds,
    flagged: h.flaggedSince !== null,
  };
}
