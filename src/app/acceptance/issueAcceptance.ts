import { registerProject } from '../registeredProjects';
import type { IssueAcceptanceView } from '../../contract/resolvers';
import { acceptanceState } from '../../domain/acceptance/state';
import { accept, requestChanges, type AcceptanceResult } from '../../domain/acceptance/verdicts';
import { acceptanceChangeRequestComment } from '../../domain/acceptance/comment';
import type { AcceptanceRecord } from '../../domain/acceptance/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { AppError } from '../errors';
import { peopleNames } from '../people';
import { acceptanceFacts } from './facts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const conflict = () => new AppError('conflict', 'Someone else gave a verdict on this issue a moment ago. Reload to see it.');

type Facts = Awaited<ReturnType<typeof acceptanceFacts>>;

async function view(ctx: UseCaseContext, f: Facts, record: AcceptanceRecord | undefined): Promise<IssueAcceptanceView> {
  const { state, since, round } = acceptanceState(record, f.facts, f.ready);
  const acceptorIds = f.policy.acceptorIds;
  const name = await peopleNames(ctx, [...acceptorIds, ...(record?.verdicts.map((v) => v.byAccountId) ?? [])]);
  return {
    issueKey: f.issue.key,
    state,
    since: iso(since),
    round,
    readyStatus: f.ready.name,
    acceptors: acceptorIds.map(name),
    canVerdict: state === 'awaiting' && acceptorIds.includes(ctx.accountId),
    gateEnabled: f.policy.acceptance.gateEnabled,
    history: (record?.verdicts ?? []).map((v) => ({ round: v.round, verdict: v.verdict, by: name(v.byAccountId), at: iso(v.at)!, feedback: v.feedback })),
    version: record?.version ?? 0,
  };
}

export async function issueAcceptance(ctx: UseCaseContext, issueKey: string): Promise<IssueAcceptanceView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const f = await acceptanceFacts(ctx, issueKey);
  return view(ctx, f, f.record);
}

/** Gives a verdict; exactly one of two simultaneous verdicts lands (conditional write on the record's version). */
async function giveVerdict(ctx: UseCaseContext, issueKey: string, expectedVersion: number, decide: (f: Facts) => AcceptanceResult): Promise<{ f: Facts; record: AcceptanceRecord }> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const f = await acceptanceFacts(ctx, issueKey);
  if ((f.record?.version ?? 0) !== expectedVersion) throw conflict();
  const result = decide(f);
  if (!result.ok) throw new AppError(result.code, result.message);
  if (!(await ctx.acceptance.save(result.record))) throw conflict();
  await registerProject(ctx.store, f.issue.projectKey, ctx.now);
  return { f, record: result.record };
}

const verdictInput = (ctx: UseCaseContext, f: Facts) => ({
  byAccountId: ctx.accountId,
  issue: { projectKey: f.issue.projectKey, issueId: f.issue.id, issueKey: f.issue.key },
  facts: f.facts,
  ready: f.ready,
  acceptorIds: f.policy.acceptorIds,
  now: ctx.now,
});

export async function acceptIssue(ctx: UseCaseContext, issueKey: string, expectedVersion: number): Promise<IssueAcceptanceView> {
  const { f, record } = await giveVerdict(ctx, issueKey, expectedVersion, (facts) => accept(facts.record, verdictInput(ctx, facts)));
  return view(ctx, f, record);
}

/**
 * Records the change request, then tells the team where they work: a comment
 * mentioning the assignee and, if the project chose so, the issue moves back.
 */
export async function requestIssueChanges(ctx: UseCaseContext, issueKey: string, feedback: string, expectedVersion: number): Promise<IssueAcceptanceView> {
  const { f, record } = await giveVerdict(ctx, issueKey, expectedVersion, (facts) => requestChanges(facts.record, { ...verdictInput(ctx, facts), feedback }));
  const name = await peopleNames(ctx, [ctx.accountId]);
  const latest = record.verdicts.at(-1)!;
  await ctx.jira.addComment(f.issue.key, acceptanceChangeRequestComment(latest.feedback ?? feedback, f.issue.assignee, name(ctx.accountId).displayName));
  const back = f.policy.acceptance.returnStatus;
  if (back && back.toLowerCase() !== f.issue.status.toLowerCase()) await ctx.jira.transitionToStatus(f.issue.key, back);
  return issueAcceptance(ctx, issueKey);
}
