import type { SandboxIssue } from '../model';
import { jiraDate } from '../dates';
import type { FieldDef } from '../fields';
import type { Store } from '../store';
import { commentJson, historyJson } from './changelog';
import { issueSelf, issueTypeJson, priorityJson, projectRefJson, sprintAgileJson, sprintFieldJson, statusJson, versionJson } from './common';
import { issueLinksFieldJson } from './issueLinks';
import { userJsonById } from './user';

export { issueSelf } from './common';

export interface IssueView {
  fields: Set<string>;
  /** Property keys to include, or '*all'. */
  properties?: string[];
  expand?: Set<string>;
  /** Agile API extras: `sprint`, `closedSprints`, boolean `flagged`. */
  agile?: boolean;
  /** Include the `expand` string Jira puts on issue beans. */
  withExpandHint?: boolean;
}

/** The value of one field of an issue as Jira's REST v3 renders it. */
export function fieldValue(store: Store, issue: SandboxIssue, fieldId: string): unknown {
  const f = issue.fields;
  const site = store.data.site;
  switch (fieldId) {
    case 'summary':
      return f.summary;
    case 'description':
      return f.description ?? null;
    case 'issuetype': {
      const t = store.issueType(f.issueTypeId);
      return t ? issueTypeJson(store, t) : null;
    }
    case 'status': {
      const s = store.status(f.statusId);
      return s ? statusJson(store, s) : null;
    }
    case 'priority':
      return f.priority ? priorityJson(store, f.priority) : null;
    case 'project': {
      const p = store.projectById(issue.projectId);
      return p ? projectRefJson(store, p) : null;
    }
    case 'created':
      return jiraDate(f.created);
    case 'updated':
      return jiraDate(f.updated);
    case 'resolutiondate':
      return f.resolutionDate ? jiraDate(f.resolutionDate) : null;
    case 'resolution':
      return f.resolutionDate
        ? { self: `${store.baseUrl}/rest/api/3/resolution/10000`, id: '10000', description: 'Work has been completed on this issue.', name: 'Done' }
        : null;
    case 'labels':
      return [...f.labels];
    case 'duedate':
      return f.dueDate ?? null;
    case 'assignee':
      return userJsonById(store, f.assigneeId);
    case 'reporter':
      return userJsonById(store, f.reporterId);
    case 'fixVersions':
      return f.fixVersionIds.flatMap((id) => {
        const v = store.version(id);
        return v ? [versionJson(store, v)] : [];
      });
    case 'issuelinks':
      return issueLinksFieldJson(store, issue);
    case 'comment':
      return {
        comments: issue.comments.map((c) => commentJson(store, issue, c)),
        self: `${issueSelf(store, issue)}/comment`,
        maxResults: issue.comments.length,
        total: issue.comments.length,
        startAt: 0,
      };
    default:
      if (fieldId === site.sprintFieldId) {
        const sprints = f.sprintIds.flatMap((id) => {
          const s = store.sprint(id);
          return s ? [sprintFieldJson(s)] : [];
        });
        return sprints.length ? sprints : null;
      }
      if (fieldId === site.storyPointsFieldId) return f.storyPoints;
      if (fieldId === site.flaggedFieldId) {
        return f.flagged ? [{ self: `${store.baseUrl}/rest/api/3/customFieldOption/10019`, value: 'Impediment', id: '10019' }] : null;
      }
      return undefined;
  }
}

/** Projects an issue to Jira's IssueBean. */
export function issueJson(store: Store, catalogue: FieldDef[], issue: SandboxIssue, view: IssueView): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (view.withExpandHint) out.expand = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';
  out.id = issue.id;
  out.self = issueSelf(store, issue);
  out.key = issue.key;
  if (view.fields.size > 0 || view.agile) {
    const fields: Record<string, unknown> = {};
    for (const id of view.fields) {
      const v = fieldValue(store, issue, id);
      if (v !== undefined) fields[id] = v;
    }
    if (view.agile && view.fields.has(store.data.site.sprintFieldId)) {
      const sprints = issue.fields.sprintIds.flatMap((id) => {
        const s = store.sprint(id);
        return s ? [s] : [];
      });
      const current = [...sprints].reverse().find((s) => s.state !== 'closed');
      fields.sprint = current ? sprintAgileJson(store, current) : null;
      fields.closedSprints = sprints.filter((s) => s.state === 'closed').map((s) => sprintAgileJson(store, s));
      fields.flagged = issue.fields.flagged;
    }
    out.fields = fields;
  }
  if (view.properties && view.properties.length > 0) {
    const all = view.properties.includes('*all');
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(issue.properties)) if (all || view.properties.includes(k)) props[k] = v;
    out.properties = props;
  }
  if (view.expand?.has('names')) out.names = namesFor(catalogue, view.fields);
  if (view.expand?.has('changelog')) {
    const histories = [...issue.changelog].reverse().map((h) => historyJson(store, h));
    out.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
  }
  return out;
}

export function namesFor(catalogue: FieldDef[], fields: Set<string>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const f of catalogue) if (fields.has(f.id)) names[f.id] = f.name;
  return names;
}
