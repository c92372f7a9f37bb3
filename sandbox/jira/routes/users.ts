import { badRequest, notFound } from '../errors';
import { intParam, ok } from '../http';
import type { RequestContext, Route } from '../router';
import { APP_ACCOUNT_ID, appUserJson, userJson } from '../serialize/user';

function myself(ctx: RequestContext) {
  return ok(ctx.caller.kind === 'app' ? appUserJson(ctx.store) : { ...userJson(ctx.store, ctx.caller.user), locale: 'en_US' });
}

function getUser(ctx: RequestContext) {
  const accountId = ctx.query.get('accountId');
  if (!accountId) throw badRequest('The accountId query parameter needs to be provided.');
  const user = ctx.store.user(accountId);
  if (!user) throw notFound(`Specified user does not exist or you do not have required permissions`);
  return ok(userJson(ctx.store, user));
}

function searchUsers(ctx: RequestContext) {
  const q = ctx.query;
  const query = q.get('query');
  const accountId = q.get('accountId');
  if (!query && !accountId && !q.get('property')) throw badRequest("One of 'query', 'accountId' or 'property' query parameters must be provided.");
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = Math.min(intParam(q, 'maxResults', 50), 1000);
  const needle = query?.toLowerCase();
  const users = ctx.store.data.users.filter((u) => {
    if (!u.active) return false;
    if (accountId && u.accountId !== accountId) return false;
    if (needle) {
      const words = [...u.displayName.toLowerCase().split(/\s+/), u.displayName.toLowerCase(), u.emailAddress.toLowerCase()];
      if (!words.some((w) => w.startsWith(needle))) return false;
    }
    return true;
  });
  return ok(users.slice(startAt, startAt + maxResults).map((u) => userJson(ctx.store, u)));
}

function bulkUsers(ctx: RequestContext) {
  const q = ctx.query;
  const ids = q.getAll('accountId').flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw badRequest('accountId must be provided.');
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = Math.min(intParam(q, 'maxResults', 10), 200);
  // As Jira: unknown ids are left out; deactivated users come with active:false, the app's own account with accountType "app".
  const users = ids.flatMap((id) => {
    const u = ctx.store.user(id);
    if (u) return [userJson(ctx.store, u)];
    return id === APP_ACCOUNT_ID ? [appUserJson(ctx.store)] : [];
  });
  const values = users.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= users.length;
  const base = `${ctx.store.baseUrl}/rest/api/3/user/bulk?${ids.map((i) => `accountId=${encodeURIComponent(i)}`).join('&')}`;
  return ok({
    self: `${base}&maxResults=${maxResults}&startAt=${startAt}`,
    ...(isLast ? {} : { nextPage: `${base}&maxResults=${maxResults}&startAt=${startAt + values.length}` }),
    maxResults,
    startAt,
    total: users.length,
    isLast,
    values,
  });
}

export const userRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/myself', handler: myself },
  { method: 'GET', template: '/rest/api/3/user', handler: getUser },
  { method: 'GET', template: '/rest/api/3/user/search', handler: searchUsers },
  { method: 'GET', template: '/rest/api/3/user/bulk', handler: bulkUsers },
];
