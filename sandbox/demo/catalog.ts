/** Fixed Jira configuration of the demo project: statuses, issue types, workflow, board. */
import type { SandboxBoard, SandboxIssueType, SandboxStatus, SandboxTransition } from '../jira/model';

export const STORY_POINTS_FIELD = 'customfield_10016';
export const SPRINT_FIELD = 'customfield_10020';
export const FLAGGED_FIELD = 'customfield_10021';
export const RANK_FIELD = 'customfield_10019';
export const BOARD_ID = 1;
export const PROJECT_ID = '10000';

export type StatusName = 'To Do' | 'In Progress' | 'In Review' | 'Ready for Acceptance' | 'Done';
export type TypeName = 'Story' | 'Task' | 'Bug' | 'Epic';
export type Priority = 'High' | 'Medium' | 'Low';

export const STATUSES: readonly SandboxStatus[] = [
  { id: '10000', name: 'To Do', categoryKey: 'new' },
  { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '10002', name: 'In Review', categoryKey: 'indeterminate' },
  { id: '10003', name: 'Ready for Acceptance', categoryKey: 'indeterminate' },
  { id: '10001', name: 'Done', categoryKey: 'done' },
];

export const statusId = (name: StatusName): string => {
  const status = STATUSES.find((s) => s.name === name);
  if (!status) throw new Error(`unknown status ${name}`);
  return status.id;
};

export const ISSUE_TYPES: readonly SandboxIssueType[] = [
  { id: '10000', name: 'Epic', subtask: false },
  { id: '10001', name: 'Story', subtask: false },
  { id: '10002', name: 'Task', subtask: false },
  { id: '10004', name: 'Bug', subtask: false },
];

export const typeId = (name: TypeName): string => {
  const type = ISSUE_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`unknown issue type ${name}`);
  return type.id;
};

export const TRANSITIONS: readonly SandboxTransition[] = [
  { id: '11', name: 'To Do', toStatusId: statusId('To Do') },
  { id: '21', name: 'Start progress', toStatusId: statusId('In Progress') },
  { id: '31', name: 'Submit for review', toStatusId: statusId('In Review') },
  { id: '41', name: 'Ready for acceptance', toStatusId: statusId('Ready for Acceptance') },
  { id: '51', name: 'Done', toStatusId: statusId('Done') },
];

export const PRIORITY_IDS: Readonly<Record<Priority, string>> = { High: '2', Medium: '3', Low: '4' };

export function demoBoard(projectKey: string): SandboxBoard {
  return {
    id: BOARD_ID,
    name: `${projectKey} board`,
    type: 'scrum',
    projectKey,
    estimationFieldId: STORY_POINTS_FIELD,
    columns: [
      { name: 'To Do', statusIds: [statusId('To Do')] },
      { name: 'In Progress', statusIds: [statusId('In Progress')] },
      { name: 'In Review', statusIds: [statusId('In Review')] },
      { name: 'Ready for Acceptance', statusIds: [statusId('Ready for Acceptance')] },
      { name: 'Done', statusIds: [statusId('Done')] },
    ],
  };
}
