import { registerProjectAfterWrite } from '../registeredProjects';
import type { IssueAcceptanceView, PersonView } from '../../contract/resolvers';
import { madeByAction } from '../../domain/actions/actionId';
import { sameName, statusesNamed } from '../../domain/acceptance/readyStatus';
import { acceptanceState } from '../../domain/acceptance/state';
import { accept, requestChanges, type AcceptanceResult } from '../../domain/acceptance/verdicts';
import { acceptanceChangeRequestComment } from '../../domain/acceptance/comment';
import type { AcceptanceRecord } from '../../domain/acceptance/types';
import { effectId } from '../../domain/effects/pending';
import type { SideEffect } from '../../domain/effects/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import type { IssueWithSprint } from '../ports';
import { AppError } from '../errors';
import { completeEffects } from '../outbox/complete';
import { pendingOf, type PendingEffect } from '../outbox/pendingOf';
import { peopleNames } from '../people';
import { acceptanceEffects } from './effects';
import { acceptanceFacts } from './facts';
import { gateLastAsked } from './gateAsked';
import { writeAcceptanceMirror } from './mirror';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const conflict = () => new AppError('conflict', 'Someone else gave a verdict on this issue a moment ago. Reload to see it.');

type Facts = Awaited<ReturnType<typeof acceptanceFacts>>;

/**
 * Completes what the record still asks of Jira (the next view does what an earlier action could
 * not), then says what is left; `moved` when it moved the issue (its facts must be read again).
 */
async function settle(ctx: UseCaseContext, f: Facts, record: AcceptanceRecord | undefined): Promise<{ pending: PendingEffect[]; moved: boolean }> {
  const effects = acceptanceEffects(record);
  if (effects.length === 0) return { pending: [], moved: false };
  try {
    const report = await completeEffects(ctx, f.issue.projectKey, effects);
    return { pending: pendingOf(effects, report), moved: effects.some((e) => e.kind === 'transition' && report.done.includes(e.id)) };
  } catch (error) {
    // The ledger could not be read: show the effects as pending rather than fail the view; the trigger completes them.
    console.warn(`effects of ${f.issue.key} not settled now`, error);
    return { pending: pendingOf(effects), moved: false };
  }
}

/** An issue's acceptance after settling, before its people are named: `people` are the ids its view names. */
export interface SettledAcceptance {
  facts: Facts;
  record: AcceptanceRecord | undefined;
  pending: PendingEffect[];
  people: string[];
  /** When Jira last asked the project's Done gate (gateAsked.ts), or null: never. */
  gateAskedAt: number | null;
}

/** Settles what the record still asks of Jira; never the state from before a move the settling just made. */
async function settleAcceptance(ctx: UseCaseContext, f: Facts, record: AcceptanceRecord | undefined): Promise<SettledAcceptance> {
  const { pending, moved } = await settle(ctx, f, record);
  const facts = moved ? await acceptanceFacts(ctx, f.issue.key) : f;
  const settled = moved ? facts.record : record;
  const gateAskedAt = facts.policy.acceptance.gateEnabled ? await gateLastAsked(ctx.store, facts.issue.projectKey) : null;
  return { facts, record: settled, pending, people: [...facts.policy.acceptorIds, ...(settled?.verdicts.map((v) => v.byAccountId) ?? [])], gateAskedAt };
}

/** The view of a settled acceptance; `name` knows everyone in `settled.people`. */
export function acceptanceView(ctx: UseCaseContext, { facts: f, record, pending, gateAskedAt }: SettledAcceptance, name: (accountId: string) => PersonView): IssueAcceptanceView {
  const { state, since, round } = acceptanceState(record, f.facts, f.ready);
  const acceptorIds = f.policy.acceptorIds;
  return {
    issueKey: f.issue.key,
    state,
    since: iso(since),
    round,
    readyStatus: f.ready.name,
    acceptors: acceptorIds.map(name),
    canVerdict: state === 'awaiting' && acceptorIds.includes(ctx.accountId),
    gateEnabled: f.policy.acceptance.gateEnabled,
    gateAskedAt: iso(gateAskedAt),
    history: (record?.verdicts ?? []).map((v) => ({ round: v.round, verdict: v.verdict, by: name(v.byAccountId), at: iso(v.at)!, feedback: v.feedback })),
    pending,
    version: record?.version ?? 0,
  };
}

async function settledView(ctx: UseCaseContext, f: Facts, record: AcceptanceRecord | undefined): Promise<IssueAcceptanceView> {
  const settled = await settleAcceptance(ctx, f, record);
  return acceptanceView(ctx, settled, await peopleNames(ctx, settled.people));
}

export async function issueAcceptance(ctx: UseCaseContext, issueKey: string): Promise<IssueAcceptanceView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const f = await acceptanceFacts(ctx, issueKey);
  return settledView(ctx, f, f.record);
}

/**
 * The acceptance of an issue already read, settled, its people not named yet (the issue panel names
 * the people of all its sections in one lookup). The caller has checked that it may browse the issue.
 */
export async function settledAcceptanceOf(ctx: UseCaseContext, issue: IssueWithSprint): Promise<SettledAcceptance> {
  const f = await acceptanceFacts(ctx, issue);
  return settleAcceptance(ctx, f, f.record);
}

/**
 * Gives a verdict, exactly once: one of two simultaneous verdicts lands (conditional write on
 * the record's version); a retried action whose first try was stored answers as that one did.
 * The verdict is stored with what it asks of Jira before any of it is done; once stored, the
 * action has succeeded and whatever Jira refuses now stays pending for the next view or the trigger.
 */
async function giveVerdict(
  ctx: UseCaseContext,
  issueKey: string,
  payload: { expectedVersion: number; actionId?: string },
  decide: (f: Facts) => AcceptanceResult,
  effectsOf: (f: Facts, record: AcceptanceRecord) => Promise<SideEffect[]> = async () => [],
): Promise<IssueAcceptanceView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const f = await acceptanceFacts(ctx, issueKey);
  if (madeByAction(f.record?.verdicts.at(-1), ctx.accountId, payload.actionId)) return settledView(ctx, f, f.record);
  if ((f.record?.version ?? 0) !== payload.expectedVersion) throw conflict();
  const result = decide(f);
  if (!result.ok) throw new AppError(result.code, result.message);
  const decided = result.record;
  const latest = decided.verdicts.at(-1)!;
  const effects = await effectsOf(f, decided);
  const record: AcceptanceRecord = { ...decided, verdicts: [...decided.verdicts.slice(0, -1), { ...latest, ...(payload.actionId ? { actionId: payload.actionId } : {}), ...(effects.length ? { effects } : {}) }] };
  if (!(await ctx.acceptance.save(record))) throw conflict();
  await afterSave(ctx, f, record);
  return settledView(ctx, f, record);
}

/** Bookkeeping after the record is stored; none of it may make the stored action look failed. */
async function afterSave(ctx: UseCaseContext, f: Facts, record: AcceptanceRecord): Promise<void> {
  await registerProjectAfterWrite(ctx.store, f.issue.projectKey, ctx.now);
  await writeAcceptanceMirror(ctx, record);
}

const verdictInput = (ctx: UseCaseContext, f: Facts) => ({
  byAccountId: ctx.accountId,
  issue: { projectKey: f.issue.projectKey, issueId: f.issue.id, issueKey: f.issue.key },
  facts: f.facts,
  ready: f.ready,
  acceptorIds: f.policy.acceptorIds,
  now: ctx.now,
});

export function acceptIssue(ctx: UseCaseContext, issueKey: string, payload: { expectedVersion: number; actionId?: string }): Promise<IssueAcceptanceView> {
  return giveVerdict(ctx, issueKey, payload, (facts) => accept(facts.record, verdictInput(ctx, facts)));
}

/**
 * Records the change request with what it asks of Jira: a comment mentioning the assignee and,
 * if the project chose so, the move back. Both are outbox effects, done once each.
 */
export function requestIssueChanges(ctx: UseCaseContext, issueKey: string, payload: { feedback: string; expectedVersion: number; actionId?: string }): Promise<IssueAcceptanceView> {
  return giveVerdict(
    ctx,
    issueKey,
    payload,
    (facts) => requestChanges(facts.record, { ...verdictInput(ctx, facts), feedback: payload.feedback }),
    async (f, record) => {
      const latest = record.verdicts.at(-1)!;
      const name = await peopleNames(ctx, [ctx.accountId]);
      const owner = ['acceptance', f.issue.id, `r${latest.round}`] as const;
      const effects: SideEffect[] = [
        { kind: 'comment', id: effectId(...owner, 'comment'), issueKey: f.issue.key, requestedAt: ctx.now, body: acceptanceChangeRequestComment(latest.feedback ?? payload.feedback, f.issue.assignee, name(ctx.accountId).displayName) },
      ];
      const back = f.policy.acceptance.returnStatus;
      if (back) {
        // By id: the settings name a status by id (or, saved before ids, by a name one status has).
        const targets = statusesNamed(f.statuses, back);
        const already = targets.length > 0 ? targets.some((t) => t.id === f.facts.statusId) : sameName(back, f.issue.status);
        const target = targets.length === 1 ? targets[0]! : null;
        if (!already) effects.push({ kind: 'transition', id: effectId(...owner, 'move-back'), issueKey: f.issue.key, requestedAt: ctx.now, toStatus: target?.id ?? back, toStatusName: target?.name ?? back });
      }
      return effects;
    },
  );
}
