import type { Issue } from '../domain/types';
import type { AppStore, JiraPort } from './ports';
import { registeredProjects } from './registeredProjects';

/**
 * Jira Cloud keeps no record of what a sprint held when it started, so the
 * app takes that snapshot itself, the first time it sees a sprint active.
 */
export interface SprintCommitment {
  sprintId: number;
  projectKey: string;
  recordedAt: number;
  /** How long after the sprint's start the snapshot was taken; small is exact. */
  lateByMs: number;
  committedPoints: number;
  issueKeys: string[];
}

/** Keyed by project so one query lists a project's commitments. */
export const commitmentPrefix = (key: string) => `sprint-commitment:${key}:`;
export const commitmentKey = (key: string, sprintId: number) => `${commitmentPrefix(key)}${sprintId}`;

/** What the hourly trigger does for each registered project, in this order. */
export type RefreshStep = 'sprint-commitments' | 'decision-mirrors' | 'acceptance-mirrors' | 'effects' | 'health' | 'teams';

/** One project's (or one issue's) step that failed; the trigger reports it, logs it and goes on with the rest. */
export interface RefreshFailure {
  projectKey: string;
  issueKey?: string;
  step: RefreshStep;
  message: string;
}

export interface RefreshReport {
  projects: number;
  recorded: number[];
  alreadyRecorded: number[];
  failures: RefreshFailure[];
}

/** The words of an error for a report (never its stack). */
export const failureMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Logs a failure the trigger stepped over: Forge keeps function logs, and a run with failures still succeeds. */
export function logRefreshFailure(failure: RefreshFailure, error?: unknown): void {
  console.error('refresh step failed', JSON.stringify(failure), ...(error instanceof Error && error.stack ? [error.stack] : []));
}

/**
 * Records the commitment of every active sprint not yet recorded; safe to run twice at once.
 * A project that fails (deleted in Jira, no permission, Jira down) is reported and the next one is visited.
 */
export async function recordSprintCommitments(deps: { jira: JiraPort; store: AppStore; now: number }): Promise<RefreshReport> {
  const report: RefreshReport = { projects: 0, recorded: [], alreadyRecorded: [], failures: [] };
  for (const project of await registeredProjects(deps.store)) {
    report.projects += 1;
    try {
      await recordProject(deps, project.projectKey, report);
    } catch (error) {
      const failure: RefreshFailure = { projectKey: project.projectKey, step: 'sprint-commitments', message: failureMessage(error) };
      logRefreshFailure(failure, error);
      report.failures.push(failure);
    }
  }
  return report;
}

async function recordProject(deps: { jira: JiraPort; store: AppStore; now: number }, projectKey: string, report: RefreshReport): Promise<void> {
  const board = await deps.jira.findBoard(projectKey);
  if (!board) return;
  const active = (await deps.jira.listSprints(board.id)).filter((s) => s.state === 'active');
  for (const sprint of active) {
    if ((await deps.store.get(commitmentKey(projectKey, sprint.id))) !== undefined) {
      report.alreadyRecorded.push(sprint.id);
      continue;
    }
    const issues = await deps.jira.searchIssues(`sprint = ${sprint.id}`);
    const commitment = commitmentOf(projectKey, sprint.id, sprint.startDate, issues, deps.now);
    const created = await deps.store.create(commitmentKey(projectKey, sprint.id), commitment);
    (created ? report.recorded : report.alreadyRecorded).push(sprint.id);
  }
}

function commitmentOf(key: string, sprintId: number, startDate: number | null, issues: Issue[], now: number): SprintCommitment {
  return {
    sprintId,
    projectKey: key,
    recordedAt: now,
    lateByMs: startDate === null ? 0 : Math.max(0, now - startDate),
    committedPoints: issues.reduce((sum, issue) => sum + (issue.storyPoints ?? 0), 0),
    issueKeys: issues.map((issue) => issue.key).sort(),
  };
}
