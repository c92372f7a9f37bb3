import { registerProjectAfterWrite } from '../registeredProjects';
import { madeByAction } from '../../domain/actions/actionId';
import type { DecisionView, ResolverContract } from '../../contract/resolvers';
import { markSuperseded, raiseDecision, recordDecision, withdrawDecision, type DecisionResult } from '../../domain/decisions/rules';
import type { Decision } from '../../domain/decisions/types';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { AppError, invalid, notFound } from '../errors';
import { peopleNames } from '../people';
import { loadPolicy } from '../policy';
import { syncDecisionMirror } from './mirror';
import { decisionView, peopleInDecisions } from './views';

type Payload<K extends keyof ResolverContract> = ResolverContract[K]['payload'];

const conflict = () => new AppError('conflict', 'Someone else changed this decision a moment ago. Reload to see it.');
/** Ids are D-1, D-2, … per project; an insert that finds its id taken tries the next one. */
const ID_ATTEMPTS = 5;

function unwrap(result: DecisionResult): Decision {
  if (result.ok) return result.decision;
  throw new AppError(result.code, result.message);
}

/**
 * The issue the panel shows, and the decision named by the browser — which must belong to that issue.
 * `repeated`: this very action (its idempotency key) already made the decision's latest event.
 */
async function issueAndDecision(ctx: UseCaseContext, issueKey: string, decisionId: string, expectedVersion: number, actionId: string | undefined) {
  const issue = await ctx.jira.getIssue(issueKey);
  const decision = await ctx.decisions.get(issue.projectKey, decisionId);
  if (!decision || decision.issueId !== issue.id) throw notFound(`Decision ${decisionId} is not on ${issue.key}.`);
  const repeated = madeByAction(decision.history.at(-1), ctx.accountId, actionId);
  if (!repeated && decision.version !== expectedVersion) throw conflict();
  return { issue, decision, repeated };
}

/** Marks the event the action just made with its idempotency key. */
function withAction(decision: Decision, actionId: string | undefined): Decision {
  if (!actionId || decision.history.length === 0) return decision;
  return { ...decision, history: [...decision.history.slice(0, -1), { ...decision.history.at(-1)!, actionId }] };
}

async function answer(ctx: UseCaseContext, issueKey: string, projectKey: string, issueId: string, decision: Decision): Promise<DecisionView> {
  const [{ policy }, onIssue, canRaise] = await Promise.all([
    loadPolicy(ctx, projectKey),
    ctx.decisions.listByIssue(projectKey, issueId),
    ctx.permissions.has(ctx.accountId, 'EDIT_ISSUES', { issueKey }),
  ]);
  await syncDecisionMirror(ctx, issueKey, onIssue);
  const name = await peopleNames(ctx, peopleInDecisions([decision], policy));
  return decisionView(decision, policy, { accountId: ctx.accountId, canRaise, now: ctx.now, name });
}

export async function raise(ctx: UseCaseContext, issueKey: string, payload: Payload<'decisions/raise'>): Promise<DecisionView> {
  await requirePermission(ctx, 'EDIT_ISSUES', { issueKey });
  const issue = await ctx.jira.getIssue(issueKey);
  const { policy } = await loadPolicy(ctx, issue.projectKey);
  const supersedes = payload.supersedes ? await ctx.decisions.get(issue.projectKey, payload.supersedes) : null;
  if (payload.supersedes && (!supersedes || supersedes.issueId !== issue.id)) {
    throw invalid(`Decision ${payload.supersedes} is not on ${issue.key}.`, { supersedes: 'Pick a decision of this issue.' });
  }
  const existing = await ctx.decisions.listByProject(issue.projectKey);
  // A retried raise whose first try was stored: the same decision, not a second one.
  const earlier = existing.find((d) => d.issueId === issue.id && madeByAction(d.history[0], ctx.accountId, payload.actionId));
  if (earlier) return answer(ctx, issue.key, issue.projectKey, issue.id, earlier);
  const rival = payload.supersedes ? existing.find((d) => d.status === 'pending' && d.supersedes === payload.supersedes) : undefined;
  if (rival) throw invalid(`${rival.id} already proposes to supersede ${payload.supersedes}.`, { supersedes: `Decide or withdraw ${rival.id} first.` });
  let next = existing.reduce((max, d) => Math.max(max, Number(d.id.replace(/^D-/, '')) || 0), 0) + 1;
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++, next++) {
    const decision = unwrap(
      raiseDecision(
        { id: `D-${next}`, projectKey: issue.projectKey, issueId: issue.id, issueKey: issue.key, category: payload.category, question: payload.question, optionsConsidered: payload.optionsConsidered, impactPoints: payload.impactPoints ?? null, raisedBy: ctx.accountId, supersedes: supersedes ?? null, openOnIssue: existing.filter((d) => d.issueId === issue.id && d.status === 'pending').length },
        policy,
        ctx.now,
      ),
    );
    if (await ctx.decisions.insert(withAction(decision, payload.actionId))) {
      await registerProjectAfterWrite(ctx.store, issue.projectKey, ctx.now);
      return answer(ctx, issue.key, issue.projectKey, issue.id, decision);
    }
  }
  throw conflict();
}

export async function record(ctx: UseCaseContext, issueKey: string, payload: Payload<'decisions/record'>): Promise<DecisionView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const { issue, decision, repeated } = await issueAndDecision(ctx, issueKey, payload.decisionId, payload.expectedVersion, payload.actionId);
  if (repeated) return answer(ctx, issue.key, issue.projectKey, issue.id, decision);
  const { policy } = await loadPolicy(ctx, issue.projectKey);
  const decided = withAction(unwrap(recordDecision(decision, { byAccountId: ctx.accountId, outcome: payload.outcome, approval: payload.approval ?? null }, policy, ctx.now)), payload.actionId);
  const replaced = decided.supersedes ? await ctx.decisions.get(issue.projectKey, decided.supersedes) : undefined;
  const writes = replaced ? [decided, unwrap(markSuperseded(replaced, decided, ctx.now))] : [decided];
  if (!(await ctx.decisions.replace(...writes))) throw conflict();
  return answer(ctx, issue.key, issue.projectKey, issue.id, decided);
}

export async function withdraw(ctx: UseCaseContext, issueKey: string, payload: Payload<'decisions/withdraw'>): Promise<DecisionView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { issueKey });
  const { issue, decision, repeated } = await issueAndDecision(ctx, issueKey, payload.decisionId, payload.expectedVersion, payload.actionId);
  if (repeated) return answer(ctx, issue.key, issue.projectKey, issue.id, decision);
  const withdrawn = withAction(unwrap(withdrawDecision(decision, { byAccountId: ctx.accountId, reason: payload.reason?.trim() || null }, ctx.now)), payload.actionId);
  if (!(await ctx.decisions.replace(withdrawn))) throw conflict();
  return answer(ctx, issue.key, issue.projectKey, issue.id, withdrawn);
}
