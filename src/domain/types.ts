/**
 * The engagement's data as the domain sees it: plain values mapped from Jira
 * JSON by src/jira/mappers. Dates are epoch milliseconds (numbers compare and
 * subtract without parsing); `null` where Jira has no value.
 */

export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface PersonRef {
  accountId: string;
  displayName: string;
  /** As Jira's user lookup reports it (false: deactivated); absent where Jira did not say, as on an issue's people. */
  active?: boolean;
  /** 'atlassian' for a person, 'app' or 'customer' otherwise; absent where Jira did not say. */
  accountType?: string;
}

export interface Issue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  issueType: string; // "Story" | "Task" | "Bug" | ...
  /** The issue type is a sub-task type (the velocity chart leaves sub-tasks out); absent where Jira did not say. */
  isSubtask?: boolean;
  status: string;
  /** The status's id (two statuses can share a name); absent where Jira did not send it. */
  statusId?: string | null;
  statusCategory: StatusCategory;
  storyPoints: number | null;
  created: number;
  updated: number;
  resolutionDate: number | null;
  labels: string[];
  assignee: PersonRef | null;
  reporter: PersonRef | null;
  sprintIds: number[];
  fixVersionIds: string[];
  flagged: boolean;
  /** The issues blocking this one now ("is blocked by" links); absent where Jira did not send the links. */
  blockedBy?: BlockingIssue[];
  /** The ids of the issues linked to this one now, by any link type, either direction; absent where Jira did not send the links. */
  linkedIssueIds?: string[];
}

/** An issue that blocks another, as the blocked issue's links show it (when the link was added is the changelog's to tell). */
export interface BlockingIssue {
  issueKey: string;
  /** Absent where Jira did not send it. */
  issueId?: string;
  /** Null where Jira did not say (its links carry no assignee as a rule). */
  assigneeId: string | null;
  /** Its status category is done. */
  done: boolean;
}

export interface Sprint {
  id: number;
  boardId: number | null;
  name: string;
  state: 'future' | 'active' | 'closed';
  goal: string | null;
  startDate: number | null;
  endDate: number | null;
  completeDate: number | null;
}

export interface Version {
  id: string;
  name: string;
  released: boolean;
  releaseDate: number | null;
}

export interface FieldChange {
  fieldId: string;
  field: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogEntry {
  issueId: string;
  id: string;
  authorId: string | null;
  at: number;
  changes: FieldChange[];
}

export interface Board {
  id: number;
  name: string;
  type: string;
  projectKey: string | null;
}
