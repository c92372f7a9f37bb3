/** Turns drafts into SandboxIssues: ids and keys in creation order, history and comment ids in time order. */
import type { SandboxComment, SandboxHistory, SandboxIssue } from '../jira/model';
import { PROJECT_ID, statusId, typeId } from './catalog';
import { iso } from './calendar';
import type { DraftEvent } from './changelog';
import type { Draft } from './draft';
import { adf } from './words';

export interface BuiltIssues {
  issues: SandboxIssue[];
  sequences: { comment: number; history: number; issue: number };
}

const FIRST_ISSUE_ID = 10001;
const FIRST_HISTORY_ID = 10001;
const FIRST_COMMENT_ID = 10001;

export function buildIssues(drafts: readonly Draft[], projectKey: string): BuiltIssues {
  const ordered = drafts.slice().sort((a, b) => a.created - b.created || a.seq - b.seq);
  const byTime = (a: { t: number }, b: { t: number }) => a.t - b.t;
  // Ids grow with time across the project, like Jira's; the sort is stable, so ties keep issue order.
  const events: DraftEvent[] = [];
  const comments: Draft['comments'] = [];
  for (const d of ordered) {
    d.events.sort(byTime);
    d.comments.sort(byTime);
    for (const ev of d.events) events.push(ev);
    for (const c of d.comments) comments.push(c);
  }
  events.sort(byTime).forEach((ev, i) => (ev.id = String(FIRST_HISTORY_ID + i)));
  comments.sort(byTime).forEach((c, i) => (c.id = String(FIRST_COMMENT_ID + i)));

  const issues = ordered.map((d, i): SandboxIssue => {
    const changelog: SandboxHistory[] = d.events.map((ev) => ({ id: ev.id!, authorId: ev.authorId, created: iso(ev.t), items: ev.items }));
    const sandboxComments: SandboxComment[] = d.comments.map((c) => ({
      id: c.id!,
      authorId: c.authorId,
      body: adf(c.text),
      created: iso(c.t),
      updated: iso(c.t),
    }));
    const lastEvent = d.events[d.events.length - 1]?.t ?? d.created;
    const lastComment = d.comments[d.comments.length - 1]?.t ?? d.created;
    const issue: SandboxIssue = {
      id: String(FIRST_ISSUE_ID + i),
      key: `${projectKey}-${i + 1}`,
      projectId: PROJECT_ID,
      fields: {
        summary: d.summary,
        issueTypeId: typeId(d.type),
        statusId: statusId(d.status),
        priority: d.priority,
        created: iso(d.created),
        updated: iso(Math.max(d.created, lastEvent, lastComment)),
        resolutionDate: d.resolvedAt === null ? null : iso(d.resolvedAt),
        labels: [...d.labels],
        assigneeId: d.assignee?.accountId ?? null,
        reporterId: d.reporter.accountId,
        fixVersionIds: d.fixVersion ? [d.fixVersion.id] : [],
        sprintIds: [...d.sprintField],
        storyPoints: d.storyPoints,
        flagged: d.flagged,
      },
      properties: {},
      comments: sandboxComments,
      changelog,
    };
    if (d.description !== null) issue.fields.description = adf(d.description);
    return issue;
  });
  return {
    issues,
    sequences: {
      comment: FIRST_COMMENT_ID + comments.length,
      history: FIRST_HISTORY_ID + events.length,
      issue: FIRST_ISSUE_ID + issues.length,
    },
  };
}
