import { randomUUID } from 'node:crypto';
import { pendingEffects } from '../../domain/effects/pending';
import type { OutboxEffect, SideEffect } from '../../domain/effects/types';
import type { AppStore, JiraPort } from '../ports';
import { claimEffect, releaseClaim } from './claim';
import { isEffectDone, markEffectDone, type EffectDone } from './ledger';
import { performEffect } from './perform';

export interface EffectsReport {
  done: string[];
  pending: { effectId: string; issueKey: string; kind: SideEffect['kind']; error: string }[];
}

export interface OutboxDeps {
  jira: JiraPort;
  store: AppStore;
  now: number;
  /** Who attempts (a run's id): its claims are its own. A fresh id per call when absent. */
  holder?: string;
}

/** `retryAfterMs`: Jira rate-limited the attempt and said when to come back. */
export type AttemptOutcome = { kind: 'done'; done: EffectDone } | { kind: 'busy'; until: number } | { kind: 'failed'; error: string; retryAfterMs?: number };

/**
 * One attempt at one effect, the whole app's way to do a side effect exactly once: claim the attempt
 * (no two runs at once), do it so a repeat is harmless (a comment or a new issue is looked for unless this is its
 * first attempt), then mark it done in the ledger. Throws nothing: Jira's failure is the outcome.
 */
export async function attemptEffect(deps: OutboxDeps & { holder: string }, projectKey: string, effect: OutboxEffect): Promise<AttemptOutcome> {
  const claim = await claimEffect(deps.store, projectKey, effect.id, deps.holder, deps.now);
  if (claim.kind === 'busy') return claim;
  try {
    const performed = await performEffect(deps.jira, effect, { firstAttempt: claim.attempt === 1 });
    const done: EffectDone = {
      effectId: effect.id,
      kind: effect.kind,
      at: deps.now,
      outcome: performed.outcome,
      ...(performed.commentId !== undefined ? { commentId: performed.commentId } : {}),
      ...(performed.createdIssue !== undefined ? { createdIssue: performed.createdIssue } : {}),
    };
    await markEffectDone(deps.store, projectKey, done);
    return { kind: 'done', done };
  } catch (error) {
    // A create Jira may have stored is found only by search, which lags behind writes (FORGE-NOTES): its claim is
    // left to expire, so the look before the next attempt comes after Jira's index has caught up.
    if (!(effect.kind === 'create-issue' && mayHaveApplied(error))) await releaseClaim(deps.store, projectKey, effect.id, claim.attempt, deps.holder, deps.now).catch(() => undefined);
    const retryAfterMs = rateLimitedFor(error);
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error), ...(retryAfterMs !== null ? { retryAfterMs } : {}) };
  }
}

/** Whether Jira may have applied a write that failed: a 5xx or a dropped connection to a write that is never resent (jira/client.ts). */
const mayHaveApplied = (error: unknown): boolean => (error as { mayHaveApplied?: unknown } | null)?.mayHaveApplied === true;

/** How long Jira asked to wait when it rate-limited a request (its `Retry-After`, else a minute); null when it did not. */
function rateLimitedFor(error: unknown): number | null {
  const e = error as { kind?: unknown; retryAfterMs?: unknown; cause?: unknown };
  if (e?.kind === 'rate_limited') return typeof e.retryAfterMs === 'number' ? e.retryAfterMs : 60_000;
  if (e?.kind === 'deadline' && e.cause) return rateLimitedFor(e.cause);
  return null;
}

/**
 * Completes what is pending of the given effects, in order; one that fails stays pending
 * (reported) and holds back the later effects of the same issue (a move must not overtake its
 * comment). `done` is the project's ledger when the caller read it already (the trigger);
 * otherwise each effect's marker is read on its own, so a view costs what its record holds.
 */
export async function completeEffects(deps: OutboxDeps, projectKey: string, effects: readonly SideEffect[], done?: ReadonlySet<string>): Promise<EffectsReport> {
  const run = { ...deps, holder: deps.holder ?? randomUUID() };
  const report: EffectsReport = { done: [], pending: [] };
  const marked = done ?? new Set((await Promise.all(effects.map(async (e) => ((await isEffectDone(deps.store, projectKey, e.id)) ? e.id : null)))).filter((id): id is string => id !== null));
  const blocked = new Set<string>();
  for (const effect of pendingEffects(effects, marked)) {
    if (blocked.has(effect.issueKey)) {
      report.pending.push({ effectId: effect.id, issueKey: effect.issueKey, kind: effect.kind, error: 'waits for an earlier effect on the same issue' });
      continue;
    }
    // Another run (a view, the trigger) may have done it since the ledger was read.
    if (done && (await isEffectDone(deps.store, projectKey, effect.id))) continue;
    const outcome = await attemptEffect(run, projectKey, effect);
    if (outcome.kind === 'done') {
      report.done.push(effect.id);
      continue;
    }
    blocked.add(effect.issueKey);
    const error = outcome.kind === 'busy' ? 'being done by another run' : outcome.error;
    report.pending.push({ effectId: effect.id, issueKey: effect.issueKey, kind: effect.kind, error });
  }
  return report;
}
