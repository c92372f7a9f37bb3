/**
 * Resolver keys and their payload/result types: the only code both the
 * backend (src/forge) and the Custom UI apps (static/) import.
 * Every resolver answers one shape: {ok: true, data} | {ok: false, error}.
 */

export type ErrorCode = 'invalid' | 'forbidden' | 'not_found' | 'rate_limited' | 'unavailable' | 'internal';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Field-level messages for invalid payloads: path -> message. */
  fields?: Record<string, string>;
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export interface IssueSummaryView {
  key: string;
  summary: string;
  issueType: string;
  status: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  storyPoints: number | null;
  assignee: string | null;
  sprint: string | null;
  flagged: boolean;
}

export interface SprintRow {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  startDate: string | null; // ISO
  endDate: string | null;
  completeDate: string | null;
  issueCount: number;
  storyPoints: number;
  /** Points in the sprint when the app first saw it active (Jira keeps no such record); null if never seen. */
  committedPoints: number | null;
  completedPoints: number;
}

export interface ProjectOverview {
  projectKey: string;
  projectName: string;
  boardName: string | null;
  sprints: SprintRow[]; // most recent first
}

export interface ProjectSettingsView {
  projectKey: string;
  projectName: string;
  canAdminister: boolean;
  board: { id: number; name: string; estimationField: string | null } | null;
  statuses: { name: string; category: 'new' | 'indeterminate' | 'done' }[];
  people: { accountId: string; displayName: string }[];
}

/** Payloads are empty: the issue or project comes from the Forge context, never the browser's word. */
export interface ResolverContract {
  'issue/summary': { payload: Record<string, never>; result: IssueSummaryView };
  'project/overview': { payload: Record<string, never>; result: ProjectOverview };
  'settings/get': { payload: Record<string, never>; result: ProjectSettingsView };
}

export type ResolverKey = keyof ResolverContract;
