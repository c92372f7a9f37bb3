import { canBrowseIssue, visibleIssue } from '../auth';
import { badRequest } from '../errors';
import { decodeToken, encodeToken, fingerprint, intParam, intValue, ok } from '../http';
import type { SandboxIssue } from '../model';
import type { RequestContext, Route } from '../router';
import { historyJson } from '../serialize/changelog';
import { issueSelf } from '../serialize/issue';

function issueChangelog(ctx: RequestContext) {
  const issue = visibleIssue(ctx.store, ctx.caller, ctx.params.issueIdOrKey!);
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = Math.min(intParam(ctx.query, 'maxResults', 100), 100);
  const total = issue.changelog.length;
  const values = issue.changelog.slice(startAt, startAt + maxResults).map((h) => historyJson(ctx.store, h));
  const isLast = startAt + values.length >= total;
  const self = `${issueSelf(ctx.store, issue)}/changelog`;
  const out: Record<string, unknown> = { self: `${self}?maxResults=${maxResults}&startAt=${startAt}`, maxResults, startAt, total, isLast, values };
  if (!isLast) out.nextPage = `${self}?maxResults=${maxResults}&startAt=${startAt + values.length}`;
  return ok(out);
}

const MAX_ISSUES = 1000;
const MAX_FIELDS = 10;
const MAX_RESULTS = 10000;

/** POST /changelog/bulkfetch: histories of up to 1000 issues, oldest first, grouped per issue, paged by token. */
function bulkFetch(ctx: RequestContext) {
  const b = ctx.body;
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw badRequest('Request body is required.');
  const body = b as { issueIdsOrKeys?: unknown; fieldIds?: unknown; maxResults?: unknown; nextPageToken?: unknown };
  const ids = body.issueIdsOrKeys;
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((x) => typeof x !== 'string')) {
    throw badRequest('At least one issue ID or key is required.');
  }
  if (ids.length > MAX_ISSUES) throw badRequest(`The number of issue IDs or keys must not exceed ${MAX_ISSUES}.`);
  const fieldIds = body.fieldIds ?? [];
  if (!Array.isArray(fieldIds) || fieldIds.some((x) => typeof x !== 'string')) throw badRequest('fieldIds must be an array of strings.');
  if (fieldIds.length > MAX_FIELDS) throw badRequest(`The number of field IDs must not exceed ${MAX_FIELDS}.`);
  const maxResults = intValue(body.maxResults, 'maxResults', 1000, 1);
  if (maxResults > MAX_RESULTS) throw badRequest(`maxResults must not exceed ${MAX_RESULTS}.`);
  if (body.nextPageToken !== undefined && body.nextPageToken !== null && typeof body.nextPageToken !== 'string') {
    throw badRequest('nextPageToken must be a string.');
  }
  const fieldSet = new Set(fieldIds as string[]);
  const fp = fingerprint('bulkfetch', (ids as string[]).join(','), [...fieldSet].join(','));
  const start = decodeToken((body.nextPageToken as string | undefined) ?? undefined, fp);

  const seen = new Set<string>();
  const issues: SandboxIssue[] = [];
  for (const idOrKey of ids as string[]) {
    const issue = ctx.store.issue(idOrKey);
    if (!issue || seen.has(issue.id) || !canBrowseIssue(ctx.store, ctx.caller, issue)) continue;
    seen.add(issue.id);
    issues.push(issue);
  }
  issues.sort((a, b) => Number(a.id) - Number(b.id));

  const issueChangeLogs: { issueId: string; changeHistories: unknown[] }[] = [];
  let index = 0;
  let end = start;
  let more = false;
  outer: for (const issue of issues) {
    const histories = [...issue.changelog].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
    let group: { issueId: string; changeHistories: unknown[] } | undefined;
    for (const h of histories) {
      const items = fieldSet.size ? h.items.filter((i) => fieldSet.has(i.fieldId)) : h.items;
      if (items.length === 0) continue;
      if (index++ < start) continue;
      if (end - start >= maxResults) {
        more = true;
        break outer;
      }
      if (!group) {
        group = { issueId: issue.id, changeHistories: [] };
        issueChangeLogs.push(group);
      }
      group.changeHistories.push(historyJson(ctx.store, h, items));
      end++;
    }
  }
  const out: Record<string, unknown> = { issueChangeLogs };
  if (more) out.nextPageToken = encodeToken(end, fp);
  return ok(out);
}

export const changelogRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/changelog', handler: issueChangelog },
  { method: 'POST', template: '/rest/api/3/changelog/bulkfetch', handler: bulkFetch },
];
