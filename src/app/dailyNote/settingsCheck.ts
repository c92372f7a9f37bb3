/**
 * What a save of the daily note's settings must pass beyond their schema
 * (domain/policy/dailyNoteSchema.ts): the issue it names is an issue of this project that Jira has
 * (one read). Refused on its field, in words that say what is wrong.
 */
import type { DailyNoteSettings } from '../../domain/dailyNote/settings';
import type { UseCaseContext } from '../context';
import { invalid } from '../errors';

const FIELD = 'policy.dailyNote.postToIssueKey';

export const notOfProject = (projectKey: string) => `Choose an issue of this project (its key starts with ${projectKey}-): the note is posted on it as a comment`;
export const NO_SUCH_ISSUE = 'Jira has no issue with this key that the app can see: check the key, or leave it empty to post no note';

/** Whether Jira's answer says the issue is not there (absent, or hidden from the app), not that Jira failed. */
const isAbsent = (error: unknown) => {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind === 'not_found' || kind === 'permission';
};

export async function refuseDailyNoteProblems(ctx: Pick<UseCaseContext, 'jira'>, projectKey: string, settings: DailyNoteSettings): Promise<void> {
  const key = settings.postToIssueKey;
  if (key === null) return;
  if (!key.startsWith(`${projectKey}-`)) throw invalid('The daily note’s issue is not in this project.', { [FIELD]: notOfProject(projectKey) });
  const issue = await ctx.jira.getIssue(key).catch((error: unknown) => {
    if (isAbsent(error)) return null;
    throw error;
  });
  if (issue === null) throw invalid('Jira has no such issue for the daily note.', { [FIELD]: NO_SUCH_ISSUE });
  // A key of an issue moved to another project answers with the issue where it is now.
  if (issue.projectKey !== projectKey) throw invalid('The daily note’s issue is not in this project.', { [FIELD]: notOfProject(projectKey) });
}
