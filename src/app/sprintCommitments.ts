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

export interface RefreshReport {
  projects: number;
  recorded: number[];
  alreadyRecorded: number[];
}

/** Records the commitment of every active sprint not yet recorded; safe to run twice at once. */
export async function recordSprintCommitments(deps: { jira: JiraPort; store: AppStore; now: number }): Promise<RefreshReport> {
  const report: RefreshReport = { projects: 0, recorded: [], alreadyRecorded: [] };
  for (const project of await registeredProjects(deps.store)) {
    report.projects += 1;
    const board = await deps.jira.findBoard(project.projectKey);
    if (!board) continue;
    const active = (await deps.jira.listSprints(board.id)).filter((s) => s.state === 'active');
    for (const sprint of active) {
      if ((await deps.store.get(commitmentKey(project.projectKey, sprint.id))) !== undefined) {
        report.alreadyRecorded.push(sprint.id);
        continue;
      }
      const issues = await deps.jira.searchIssues(`sprint = ${sprint.id}`);
      const commitment = commitmentOf(project.projectKey, sprint.id, sprint.startDate, issues, deps.now);
      const created = await deps.store.create(commitmentKey(project.projectKey, sprint.id), commitment);
      (created ? report.recorded : report.alreadyRecorded).push(sprint.id);
    }
  }
  return report;
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
