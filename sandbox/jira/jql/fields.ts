import { canBrowseIssue, hasProjectPermission } from '../auth';
import type { SandboxIssue, SandboxUser } from '../model';
import { STATUS_CATEGORIES } from '../serialize/common';
import type { JqlContext, JqlField, Value } from './context';
import { dateField, numberField, optionField, textField } from './fieldKinds';
import { parsePropertyReference, propertyField } from './propertyFields';
import { adfText } from './text';

const PRIORITIES = ['highest', 'high', 'medium', 'low', 'lowest'];
const lc = (s: string) => s.toLowerCase();
const ms = (iso: string | null) => (iso ? [Date.parse(iso)] : []);

/** Resolves a JQL field name (case-insensitive, incl. cf[NNNNN], aliases, issue.property[…]) to its definition. */
export function jqlField(ctx: JqlContext, rawName: string): JqlField | undefined {
  const { store } = ctx;
  const site = store.data.site;
  const name = rawName.toLowerCase().trim();
  const cf = (id: string) => `cf[${id.replace(/^customfield_/, '')}]`;
  const notFound = (field: string, v: string) => `The value '${v}' does not exist for the field '${field}'.`;

  const userField = (get: (i: SandboxIssue) => string | null): JqlField =>
    optionField(
      (i) => {
        const id = get(i);
        return id ? [id] : [];
      },
      (literal, errors) => {
        const u = findUser(ctx, literal);
        if (!u) errors.push(notFound(rawName, literal));
        return u ? [u.accountId] : undefined;
      },
      { currentuser: () => (ctx.caller.kind === 'user' ? [ctx.caller.user.accountId] : []) },
      (i) => lc(store.user(get(i))?.displayName ?? '') || undefined,
    );

  switch (name) {
    case 'project':
      return optionField(
        (i) => [i.projectId],
        (literal, errors) => {
          const p = store.data.projects.find((x) => lc(x.key) === lc(literal) || x.id === literal || lc(x.name) === lc(literal));
          if (!p || !hasProjectPermission(ctx.caller, p, 'BROWSE_PROJECTS')) {
            errors.push(notFound(rawName, literal));
            return undefined;
          }
          return [p.id];
        },
        {},
        (i) => lc(store.projectById(i.projectId)?.key ?? ''),
      );
    case 'issuetype':
    case 'type':
      return optionField(
        (i) => [i.fields.issueTypeId],
        (literal, errors) => {
          const ids = store.data.issueTypes.filter((t) => lc(t.name) === lc(literal) || t.id === literal).map((t) => t.id);
          if (!ids.length) errors.push(notFound(rawName, literal));
          return ids.length ? ids : undefined;
        },
        {},
        (i) => lc(store.issueType(i.fields.issueTypeId)?.name ?? ''),
      );
    case 'status': {
      const order = new Map(store.data.statuses.map((s, idx) => [s.id, idx]));
      return optionField(
        (i) => [i.fields.statusId],
        (literal, errors) => {
          const ids = store.data.statuses.filter((s) => lc(s.name) === lc(literal) || s.id === literal).map((s) => s.id);
          if (!ids.length) errors.push(notFound(rawName, literal));
          return ids.length ? ids : undefined;
        },
        {},
        (i) => order.get(i.fields.statusId),
      );
    }
    case 'statuscategory':
      return optionField(
        (i) => [store.status(i.fields.statusId)?.categoryKey ?? 'new'],
        (literal, errors) => {
          const hit = Object.entries(STATUS_CATEGORIES).find(
            ([key, c]) => lc(key) === lc(literal) || lc(c.name) === lc(literal) || String(c.id) === literal,
          );
          if (!hit) errors.push(notFound(rawName, literal));
          return hit ? [hit[0]] : undefined;
        },
      );
    case 'priority':
      return optionField(
        (i) => (i.fields.priority ? [lc(i.fields.priority)] : []),
        (literal, errors) => {
          const byId = PRIORITIES[Number(literal) - 1];
          const p = PRIORITIES.includes(lc(literal)) ? lc(literal) : byId;
          if (!p) errors.push(notFound(rawName, literal));
          return p ? [p] : undefined;
        },
        {},
        (i) => (i.fields.priority ? PRIORITIES.indexOf(lc(i.fields.priority)) : undefined),
      );
    case 'labels':
      return optionField((i) => i.fields.labels.map(lc), (literal) => [lc(literal)]);
    case 'sprint':
    case cf(site.sprintFieldId):
      return sprintField(ctx);
    case 'assignee':
      return userField((i) => i.fields.assigneeId);
    case 'reporter':
      return userField((i) => i.fields.reporterId);
    case 'created':
    case 'createddate':
      return dateField(ctx, rawName, (i) => ms(i.fields.created));
    case 'updated':
    case 'updateddate':
      return dateField(ctx, rawName, (i) => ms(i.fields.updated));
    case 'resolutiondate':
    case 'resolved':
      return dateField(ctx, rawName, (i) => ms(i.fields.resolutionDate));
    case 'fixversion':
      return fixVersionField(ctx, rawName);
    case 'key':
    case 'issuekey':
    case 'id':
    case 'issue':
      return keyField(ctx, rawName);
    case 'flagged':
    case cf(site.flaggedFieldId):
      return optionField(
        (i) => (i.fields.flagged ? ['impediment'] : []),
        (literal, errors) => {
          if (lc(literal) === 'impediment' || literal === '10019') return ['impediment'];
          errors.push(notFound(rawName, literal));
          return undefined;
        },
        {},
        (i) => (i.fields.flagged ? 1 : undefined),
      );
    case 'story points':
    case 'story point estimate':
    case cf(site.storyPointsFieldId):
      return numberField(rawName, (i) => (i.fields.storyPoints === null || i.fields.storyPoints === undefined ? [] : [i.fields.storyPoints]));
    case 'summary':
      return textField((i) => i.fields.summary, true);
    case 'description':
      return textField((i) => adfText(i.fields.description));
    case 'comment':
      return textField((i) => i.comments.map((c) => adfText(c.body)).join(' '));
    case 'text':
      return textField((i) => [i.fields.summary, adfText(i.fields.description), ...i.comments.map((c) => adfText(c.body))].join(' '));
    case 'rank':
      return { kind: 'option', values: (i) => [i.id], resolve: () => undefined, sortValue: (i) => Number(i.id) };
    default: {
      const alias = ctx.aliases.get(name) ?? parsePropertyReference(rawName);
      return alias ? propertyField(ctx, alias) : undefined;
    }
  }
}

function findUser(ctx: JqlContext, literal: string): SandboxUser | undefined {
  const l = lc(literal);
  const users = ctx.store.data.users;
  return (
    users.find((u) => u.accountId === literal) ??
    users.find((u) => lc(u.emailAddress) === l) ??
    users.find((u) => lc(u.displayName) === l)
  );
}

function sprintField(ctx: JqlContext): JqlField {
  const { store } = ctx;
  const byState = (state: string) => () => store.data.sprints.filter((s) => s.state === state).map((s) => String(s.id));
  return optionField(
    (i) => i.fields.sprintIds.map(String),
    (literal, errors) => {
      const ids = store.data.sprints.filter((s) => String(s.id) === literal || lc(s.name) === lc(literal)).map((s) => String(s.id));
      if (!ids.length) {
        errors.push(/^\d+$/.test(literal) ? `Sprint with id ${literal} does not exist or you do not have permission to view it.` : `Sprint with name '${literal}' does not exist or you do not have permission to view it.`);
        return undefined;
      }
      return ids;
    },
    { opensprints: byState('active'), closedsprints: byState('closed'), futuresprints: byState('future') },
    (i) => i.fields.sprintIds[i.fields.sprintIds.length - 1],
  );
}

function fixVersionField(ctx: JqlContext, rawName: string): JqlField {
  const { store } = ctx;
  const byReleased = (released: boolean) => (args: string[]) =>
    store.data.versions
      .filter((v) => v.released === released && !v.archived)
      .filter((v) => !args.length || args.some((a) => store.project(a)?.id === v.projectId || store.data.projects.find((p) => lc(p.key) === lc(a))?.id === v.projectId))
      .map((v) => v.id);
  const order = new Map(store.data.versions.map((v, idx) => [v.id, idx]));
  return optionField(
    (i) => i.fields.fixVersionIds,
    (literal, errors) => {
      const ids = store.data.versions.filter((v) => v.id === literal || lc(v.name) === lc(literal)).map((v) => v.id);
      if (!ids.length) errors.push(`The value '${literal}' does not exist for the field '${rawName}'.`);
      return ids.length ? ids : undefined;
    },
    { releasedversions: byReleased(true), unreleasedversions: byReleased(false) },
    (i) => (i.fields.fixVersionIds[0] !== undefined ? order.get(i.fields.fixVersionIds[0]) : undefined),
  );
}

/** key / issuekey / id: values encode project ordinal and issue number so ranges stay within one project. */
function keyField(ctx: JqlContext, rawName: string): JqlField {
  const { store } = ctx;
  const projectOrdinal = new Map(store.data.projects.map((p, idx) => [p.key.toUpperCase(), idx + 1]));
  const encode = (key: string): number | undefined => {
    const m = /^([A-Z][A-Z0-9_]*)-(\d+)$/i.exec(key);
    const ordinal = m ? projectOrdinal.get(m[1]!.toUpperCase()) : undefined;
    return m && ordinal ? ordinal * 1e9 + Number(m[2]) : undefined;
  };
  const values = (i: SandboxIssue): Value[] => {
    const v = encode(i.key);
    return v === undefined ? [] : [v];
  };
  return {
    kind: 'key',
    values,
    resolve: (literal, errors, forRange) => {
      const issue = store.issue(literal);
      if (issue && canBrowseIssue(store, ctx.caller, issue)) return values(issue);
      const encoded = forRange && !/^\d+$/.test(literal) ? encode(literal) : undefined;
      if (encoded !== undefined) return [encoded];
      errors.push(`An issue with key '${literal}' does not exist for field '${rawName}'.`);
      return undefined;
    },
    sortValue: (i) => values(i)[0],
    compare: (a, b) => (Math.floor(Number(a) / 1e9) === Math.floor(Number(b) / 1e9) ? Number(a) - Number(b) : NaN),
  };
}
