/**
 * The engagement survey for the caller: the prompt the project page and the issue panel show
 * (only their own answer), the answer and "Not today". Answers are taken from the client team only,
 * while the survey is open, from someone who may see the project; one per person per quarter,
 * replaced by a later one while the survey is open.
 */
import type { PermissionTarget } from '../ports';
import type { SurveyPromptView } from '../../contract/resolvers';
import { keptComment, type NpsAnswer } from '../../domain/nps/answer';
import { localDay, quarterLabel } from '../../domain/nps/quarters';
import { NPS_QUESTION } from '../../domain/nps/settings';
import { surveyWindowAt, type SurveyWindow } from '../../domain/nps/surveyWindow';
import type { EngagementPolicy } from '../../domain/policy/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { forbidden } from '../errors';
import { loadPolicy } from '../policy';
import { surveyAudience } from './audience';
import { npsRecords, type NpsRecords } from './npsRecords';

const iso = (ms: number) => new Date(ms).toISOString();

/** The survey window in force for the project's policy: the client team's time zone, the configured days. */
export const surveyWindowOf = (policy: EngagementPolicy, now: number): SurveyWindow => surveyWindowAt(now, policy.calendars.client.timeZone, policy.nps);

function promptView(window: SurveyWindow, answer: NpsAnswer | null, dismissedDay: string | null, now: number): SurveyPromptView {
  return {
    quarter: window.quarter.id,
    label: quarterLabel(window.quarter.id),
    question: NPS_QUESTION,
    opensAt: iso(window.opensAt),
    closesAt: iso(window.closesAt),
    lastDay: window.lastDay,
    timeZone: window.timeZone,
    answer: answer === null ? null : { score: answer.score, comment: answer.comment, at: iso(answer.at) },
    dismissedToday: dismissedDay === localDay(now, window.timeZone),
  };
}

const promptOf = async (records: NpsRecords, window: SurveyWindow, accountId: string, now: number) => {
  const [answer, dismissed] = await Promise.all([records.answer(window.quarter.id, accountId), records.dismissedDay(accountId)]);
  return promptView(window, answer, dismissed, now);
};

/**
 * The open survey as the caller sees it, or null when it is closed or they are not on the client
 * team (the permission to see the project is checked by the view that asks). `audience` when the
 * caller has it already; Jira is asked about the team only while the survey is open.
 */
export async function callerSurvey(ctx: UseCaseContext, projectKey: string, policy: EngagementPolicy, audience?: ReadonlySet<string>): Promise<SurveyPromptView | null> {
  const window = surveyWindowOf(policy, ctx.now);
  if (!window.open) return null;
  const team = audience ?? (await surveyAudience(ctx, projectKey, policy));
  if (!team.has(ctx.accountId)) return null;
  return promptOf(npsRecords(ctx.store, projectKey), window, ctx.accountId, ctx.now);
}

/** The project a survey call is about: the project page's, or the issue's (as Jira says, not as the browser says). */
async function surveyProject(ctx: UseCaseContext, target: PermissionTarget): Promise<string> {
  if ('projectKey' in target) return target.projectKey;
  await requirePermission(ctx, 'BROWSE_PROJECTS', target);
  return (await ctx.jira.getIssue(target.issueKey)).projectKey;
}

const closedWords = (window: SurveyWindow, now: number) =>
  now < window.opensAt
    ? `The ${quarterLabel(window.quarter.id)} survey has not opened yet.`
    : `The ${quarterLabel(window.quarter.id)} survey closed after ${window.lastDay} (${window.timeZone}); the next one opens on ${localDay(window.nextOpensAt, window.timeZone)}.`;

/** Refuses unless the caller may see the project, the survey is open and they are on the client team; nothing is written before. */
async function openSurveyFor(ctx: UseCaseContext, target: PermissionTarget) {
  const projectKey = await surveyProject(ctx, target);
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const { policy } = await loadPolicy(ctx, projectKey);
  const window = surveyWindowOf(policy, ctx.now);
  if (!window.open) throw forbidden(closedWords(window, ctx.now));
  const audience = await surveyAudience(ctx, projectKey, policy);
  if (!audience.has(ctx.accountId)) throw forbidden('The engagement survey is for the client team only.');
  return { projectKey, window, audience, records: npsRecords(ctx.store, projectKey) };
}

/**
 * The caller's answer to the open survey: their one answer this quarter, replacing an earlier one.
 * A retry of the same action (its action id already on the answer) changes nothing.
 */
export async function answerSurvey(ctx: UseCaseContext, target: PermissionTarget, payload: { score: number; comment?: string | null; actionId?: string }): Promise<SurveyPromptView> {
  const { window, audience, records } = await openSurveyFor(ctx, target);
  const quarter = window.quarter.id;
  const earlier = await records.answer(quarter, ctx.accountId);
  if (payload.actionId !== undefined && earlier?.actionId === payload.actionId) return promptOf(records, window, ctx.accountId, ctx.now);
  const answer: NpsAnswer = { score: payload.score, comment: keptComment(payload.comment), at: ctx.now, ...(payload.actionId !== undefined ? { actionId: payload.actionId } : {}) };
  await records.putAnswer(quarter, ctx.accountId, answer);
  await records.rememberAudience(quarter, audience.size, ctx.now);
  return promptOf(records, window, ctx.accountId, ctx.now);
}

/** "Not today": the caller sees no prompt again until their next day (in the client team's time zone). */
export async function dismissSurvey(ctx: UseCaseContext, target: PermissionTarget, payload: { actionId?: string }): Promise<SurveyPromptView> {
  const { window, records } = await openSurveyFor(ctx, target);
  await records.dismiss(ctx.accountId, { day: localDay(ctx.now, window.timeZone), at: ctx.now, ...(payload.actionId !== undefined ? { actionId: payload.actionId } : {}) });
  return promptOf(records, window, ctx.accountId, ctx.now);
}
