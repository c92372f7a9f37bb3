import type { JiraClient } from '../client';
import type { JiraUserJson } from '../jsonTypes';
import { pageByStartAt, type StartAtPage } from '../paging';
import { jiraOperation, pathFor } from './endpoint';

export const GET_GROUP_MEMBERS = jiraOperation('GET', '/rest/api/3/group/member');

/** Jira's largest page of group members. */
const MEMBERS_PER_PAGE = 50;

/** The group's active members, page by page (lazily: a caller with enough stops early); a group that does not exist is Jira's 404. */
export function groupMembers(client: JiraClient, groupId: string): AsyncGenerator<JiraUserJson> {
  return pageByStartAt<JiraUserJson>((startAt) =>
    client.get<StartAtPage & { values?: JiraUserJson[] }>(pathFor(GET_GROUP_MEMBERS), { groupId, includeInactiveUsers: false, startAt, maxResults: MEMBERS_PER_PAGE }),
  );
}
