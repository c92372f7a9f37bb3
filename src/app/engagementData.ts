import type { Board, ChangelogEntry, Issue, Sprint, Version } from '../domain/types';
import { jqlString } from './jql';
import type { JiraPort, ProjectInfo } from './ports';

/** Everything the health snapshot reads from Jira about one project. */
export interface EngagementData {
  project: ProjectInfo;
  board: Board | null;
  sprints: Sprint[];
  versions: Version[];
  issues: Issue[];
  changelog: ChangelogEntry[];
}

/**
 * Fetches a project in the fewest Jira calls: search pages of 100, changelogs
 * in bulk (1000 issues a request), sprint and version lists — never per issue.
 */
export async function fetchEngagementData(jira: JiraPort, projectKey: string): Promise<EngagementData> {
  const [project, board, versions, issues] = await Promise.all([
    jira.getProject(projectKey),
    jira.findBoard(projectKey),
    jira.listVersions(projectKey),
    jira.searchIssues(`project = ${jqlString(projectKey)} ORDER BY key ASC`),
  ]);
  const [sprints, changelog] = await Promise.all([
    board ? jira.listSprints(board.id) : Promise.resolve([]),
    jira.fetchChangelogs(issues.map((issue) => issue.id)),
  ]);
  return { project, board, sprints, versions, issues, changelog };
}
