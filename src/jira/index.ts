/**
 * The Jira adapter: one requestJira-shaped client, one function per Jira
 * operation, and mappers from Jira JSON to the domain. The Forge transport is
 * imported from './forgeTransport' by the Forge glue only, so nothing that
 * imports this index loads @forge/api.
 */
export * from './client';
export * from './errors';
export * from './fieldIds';
export * from './jsonTypes';
export * from './mappers';
export { collect, pageByStartAt, pageByToken, type StartAtPage, type TokenPage } from './paging';
export type { Query, QueryValue } from './url';

export * from './operations/addComment';
export * from './operations/bulkFetchChangelogs';
export * from './operations/bulkGetGroups';
export * from './operations/bulkGetUsers';
export * from './operations/catalog';
export * from './operations/checkPermissions';
export * from './operations/createIssue';
export * from './operations/deleteIssueProperty';
export * from './operations/editIssue';
export type { JiraOperation } from './operations/endpoint';
export * from './operations/getBoardConfiguration';
export * from './operations/getBoards';
export * from './operations/getBoardSprints';
export * from './operations/getCommentProperty';
export * from './operations/getComments';
export * from './operations/findGroups';
export * from './operations/getFields';
export * from './operations/getGroupMembers';
export * from './operations/getIssue';
export * from './operations/getIssueProperty';
export * from './operations/getMyPermissions';
export * from './operations/getMyself';
export * from './operations/getServerInfo';
export * from './operations/getProject';
export * from './operations/getProjectRole';
export * from './operations/getProjectRoles';
export * from './operations/getProjectStatuses';
export * from './operations/getProjectVersions';
export * from './operations/getSprint';
export * from './operations/getSprintIssues';
export * from './operations/getTransitions';
export * from './operations/getUser';
export * from './operations/searchIssues';
export * from './operations/searchUsers';
export * from './operations/setIssueProperty';
export * from './operations/transitionIssue';
