import { ADD_COMMENT } from './addComment';
import { BULK_FETCH_CHANGELOGS } from './bulkFetchChangelogs';
import { BULK_GET_GROUPS } from './bulkGetGroups';
import { BULK_GET_USERS } from './bulkGetUsers';
import { CHECK_PERMISSIONS } from './checkPermissions';
import { CREATE_ISSUE } from './createIssue';
import { DELETE_ISSUE_PROPERTY } from './deleteIssueProperty';
import { EDIT_ISSUE } from './editIssue';
import type { JiraOperation } from './endpoint';
import { FIND_GROUPS } from './findGroups';
import { GET_BOARD_CONFIGURATION } from './getBoardConfiguration';
import { GET_BOARDS } from './getBoards';
import { GET_BOARD_SPRINTS } from './getBoardSprints';
import { GET_COMMENT_PROPERTY } from './getCommentProperty';
import { GET_COMMENTS } from './getComments';
import { GET_FIELDS } from './getFields';
import { GET_GROUP_MEMBERS } from './getGroupMembers';
import { GET_ISSUE } from './getIssue';
import { GET_ISSUE_PROPERTY } from './getIssueProperty';
import { GET_SERVER_INFO } from './getServerInfo';
import { GET_MY_PERMISSIONS } from './getMyPermissions';
import { GET_MYSELF } from './getMyself';
import { GET_PROJECT } from './getProject';
import { GET_PROJECT_ROLE } from './getProjectRole';
import { GET_PROJECT_ROLES } from './getProjectRoles';
import { GET_PROJECT_STATUSES } from './getProjectStatuses';
import { GET_PROJECT_VERSIONS } from './getProjectVersions';
import { GET_SPRINT } from './getSprint';
import { GET_SPRINT_ISSUES } from './getSprintIssues';
import { GET_TRANSITIONS } from './getTransitions';
import { GET_USER } from './getUser';
import { SEARCH_JQL } from './searchIssues';
import { FIND_USERS } from './searchUsers';
import { SET_ISSUE_PROPERTY } from './setIssueProperty';
import { DO_TRANSITION } from './transitionIssue';

/** Every Jira operation this app calls, as the OpenAPI specs name them (for contract tests and the scope check). */
export const JIRA_OPERATIONS: readonly JiraOperation[] = [
  SEARCH_JQL,
  BULK_FETCH_CHANGELOGS,
  GET_ISSUE,
  CREATE_ISSUE,
  EDIT_ISSUE,
  GET_ISSUE_PROPERTY,
  SET_ISSUE_PROPERTY,
  DELETE_ISSUE_PROPERTY,
  ADD_COMMENT,
  GET_COMMENTS,
  GET_COMMENT_PROPERTY,
  GET_TRANSITIONS,
  DO_TRANSITION,
  GET_PROJECT,
  GET_PROJECT_VERSIONS,
  GET_PROJECT_STATUSES,
  GET_FIELDS,
  GET_MYSELF,
  GET_SERVER_INFO,
  GET_USER,
  FIND_USERS,
  BULK_GET_USERS,
  BULK_GET_GROUPS,
  FIND_GROUPS,
  GET_GROUP_MEMBERS,
  GET_PROJECT_ROLES,
  GET_PROJECT_ROLE,
  CHECK_PERMISSIONS,
  GET_MY_PERMISSIONS,
  GET_BOARDS,
  GET_BOARD_CONFIGURATION,
  GET_BOARD_SPRINTS,
  GET_SPRINT,
  GET_SPRINT_ISSUES,
];
