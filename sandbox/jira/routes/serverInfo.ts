import { jiraDate } from '../dates';
import { ok } from '../http';
import type { RequestContext, Route } from '../router';

/** Jira Cloud's server information, as much of it as a client reads: the site's address above all. */
function serverInfo(ctx: RequestContext) {
  return ok({
    baseUrl: ctx.store.baseUrl,
    displayUrl: ctx.store.baseUrl,
    version: '1001.0.0-SNAPSHOT',
    versionNumbers: [1001, 0, 0],
    deploymentType: 'Cloud',
    buildNumber: 100290,
    serverTime: jiraDate(ctx.now),
    scmInfo: 'sandbox',
    serverTitle: 'Jira',
    serverTimeZone: 'Etc/UTC',
  });
}

export const serverInfoRoutes: Route[] = [{ method: 'GET', template: '/rest/api/3/serverInfo', handler: serverInfo }];
