/**
 * Concerns: raised by anyone who may see the project, from the project page or an issue's panel; read
 * by both sponsors and by whoever raised each. A concern is one record, made once per action (a retried
 * raise answers with its first try's record); the escalation scan turns it into a calibration call.
 */
import type { ConcernCallView, ConcernReaderView, ConcernsView, ConcernView, RaisedConcernView, ResolverContract } from '../../contract/resolvers';
import { CONCERN_LIMITS, concernTextProblem, maySeeConcern, type Concern } from '../../domain/calibration/concern';
import { calibrationCallId } from '../../domain/calibration/calibrationRule';
import type { EngagementPolicy } from '../../domain/policy/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { AppError, invalid } from '../errors';
import type { EscalationEntry } from '../escalation/ledger';
import { peopleNames } from '../people';
import type { PermissionTarget } from '../ports';
import { loadPolicy } from '../policy';
import { registerProjectAfterWrite } from '../registeredProjects';
import { calibrationLedger } from './calibrationCalls';
import { concernId, concernRecords } from './concernRecords';

const iso = (ms: number) => new Date(ms).toISOString();

/** The sponsors, in that order, each once. */
function readersOf(policy: EngagementPolicy, name: (id: string) => { accountId: string; displayName: string }): ConcernReaderView[] {
  const readers: ConcernReaderView[] = [];
  if (policy.clientSponsorId) readers.push({ ...name(policy.clientSponsorId), role: 'client sponsor' });
  if (policy.deliverySponsorId && policy.deliverySponsorId !== policy.clientSponsorId) readers.push({ ...name(policy.deliverySponsorId), role: 'delivery sponsor' });
  return readers;
}

function waitReason(policy: EngagementPolicy): ConcernsView['waitReason'] {
  if (!policy.deliverySponsorId) return 'no-delivery-sponsor';
  return policy.escalation.mode === 'preview' ? 'preview' : 'next-scan';
}

/** Where a concern's call stands, from the ledger (never more than the ledger says). */
function callOf(concern: Concern, entries: ReadonlyMap<string, EscalationEntry>): ConcernCallView {
  const entry = entries.get(calibrationCallId(`concern:${concern.id}`));
  if (!entry) return { state: 'waiting' };
  if (entry.state === 'posted' && entry.createdIssue) return { state: 'created', issueKey: entry.createdIssue.issueKey };
  return { state: 'planned' };
}

function concernView(concern: Concern, ctx: UseCaseContext, name: (id: string) => { accountId: string; displayName: string }, entries: ReadonlyMap<string, EscalationEntry>): ConcernView {
  return {
    id: concern.id,
    text: concern.text,
    raisedAt: iso(concern.raisedAt),
    raisedBy: name(concern.raisedBy),
    mine: concern.raisedBy === ctx.accountId,
    issueKey: concern.issue?.key ?? null,
    call: callOf(concern, entries),
  };
}

const byId = (entries: readonly EscalationEntry[]) => new Map(entries.map((e) => [e.id, e]));

/** The concerns the caller may read (the permission to see the project is checked by the view that asks). */
export async function concernsView(ctx: UseCaseContext, projectKey: string, policy: EngagementPolicy, calls: readonly EscalationEntry[]): Promise<ConcernsView> {
  const seen = (await concernRecords(ctx.store, projectKey).all()).filter((c) => maySeeConcern(c, ctx.accountId, policy)).reverse();
  const name = await peopleNames(ctx, [...seen.map((c) => c.raisedBy), ...[policy.clientSponsorId, policy.deliverySponsorId].filter((id): id is string => id !== null)]);
  const entries = byId(calls);
  const isSponsor = policy.clientSponsorId === ctx.accountId || policy.deliverySponsorId === ctx.accountId;
  return { scope: isSponsor ? 'all' : 'own', items: seen.map((c) => concernView(c, ctx, name, entries)), readers: readersOf(policy, name), waitReason: waitReason(policy), textMaxLength: CONCERN_LIMITS.textMaxLength };
}

/** The project a concern is raised in and the issue it is about: the page's project, or the issue's as Jira says. */
async function whereRaised(ctx: UseCaseContext, target: PermissionTarget, linkIssue: boolean): Promise<{ projectKey: string; issue: Concern['issue'] }> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', target);
  if ('projectKey' in target) return { projectKey: target.projectKey, issue: null };
  const issue = await ctx.jira.getIssue(target.issueKey);
  return { projectKey: issue.projectKey, issue: linkIssue ? { id: issue.id, key: issue.key } : null };
}

/** Raises a concern; a retry of the same action (its id) answers with the concern it raised. */
export async function raiseConcern(ctx: UseCaseContext, target: PermissionTarget, payload: ResolverContract['concerns/raise']['payload']): Promise<RaisedConcernView> {
  const text = payload.text.trim();
  const problem = concernTextProblem(text);
  if (problem) throw invalid('The concern was not raised.', { text: problem });
  const { projectKey, issue } = await whereRaised(ctx, target, payload.linkIssue !== false);
  const records = concernRecords(ctx.store, projectKey);
  const id = concernId(ctx.accountId, payload.actionId);
  let concern = await records.get(id);
  if (!concern) {
    const fresh: Concern = { id, projectKey, text, issue, raisedBy: ctx.accountId, raisedAt: ctx.now, ...(payload.actionId ? { actionId: payload.actionId } : {}) };
    if (await records.insert(fresh)) {
      concern = fresh;
      // The hourly trigger scans registered projects only: the concern's call must not wait for someone to open the page.
      await registerProjectAfterWrite(ctx.store, projectKey, ctx.now);
    } else concern = await records.get(id);
  }
  if (!concern || concern.raisedBy !== ctx.accountId) throw new AppError('conflict', 'The concern could not be raised. Try again.');
  const [{ policy }, calls] = await Promise.all([loadPolicy(ctx, projectKey), calibrationLedger(ctx.store, projectKey)]);
  const name = await peopleNames(ctx, [concern.raisedBy, ...[policy.clientSponsorId, policy.deliverySponsorId].filter((x): x is string => x !== null)]);
  return { concern: concernView(concern, ctx, name, byId(calls)), readers: readersOf(policy, name), waitReason: waitReason(policy) };
}
