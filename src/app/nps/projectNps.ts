/**
 * The survey's part of the project page's one call: the caller's prompt, the NPS per quarter and
 * the Engagement NPS tile. Computed when the page is viewed, not in the snapshot's refresh: answers
 * come in between refreshes, and the tile must show them at once.
 */
import type { NpsView, SignalView, SurveyPromptView } from '../../contract/resolvers';
import type { EngagementPolicy } from '../../domain/policy/types';
import type { UseCaseContext } from '../context';
import { surveyAudience } from './audience';
import { npsRecords } from './npsRecords';
import { npsViewOf } from './npsView';
import { callerSurvey, surveyWindowOf } from './survey';

export async function projectNps(ctx: UseCaseContext, projectKey: string, policy: EngagementPolicy): Promise<{ survey: SurveyPromptView | null; nps: NpsView; signal: SignalView }> {
  const window = surveyWindowOf(policy, ctx.now);
  const records = npsRecords(ctx.store, projectKey);
  // Jira is asked who is on the client team only while the survey is open (kept an hour).
  const audience = window.open ? await surveyAudience(ctx, projectKey, policy) : null;
  const [answers, audiences, survey] = await Promise.all([records.answers(), records.audiences(), audience ? callerSurvey(ctx, projectKey, policy, audience) : null]);
  const { view, signal } = npsViewOf({ answers, audiences, liveAudience: audience?.size ?? null, window, windowDays: policy.nps.windowDays });
  return { survey, nps: view, signal };
}
