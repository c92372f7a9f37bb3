import type { AppStore } from '../ports';

/**
 * A claim on one attempt at an effect, so two runs (a trigger run twice, a duplicated queue event, a
 * view and the trigger) never attempt the same effect at once: attempt n is a key created once
 * (a conditional write). A claim outlives any single attempt (one Jira request with its retries);
 * one left by a crashed run expires and the next run takes the next attempt — and, since an earlier
 * attempt may have reached Jira, looks for the effect's mark before doing it again.
 */
export const CLAIM_MS = 5 * 60_000;

export interface EffectClaim {
  holder: string;
  attempt: number;
  at: number;
  until: number;
}

export type ClaimOutcome = { kind: 'claimed'; attempt: number } | { kind: 'busy'; until: number };

const prefix = (projectKey: string, effectId: string) => `effect-claim:${projectKey}:${effectId}:`;
/** Zero-padded so the keys list in attempt order. */
const key = (projectKey: string, effectId: string, attempt: number) => `${prefix(projectKey, effectId)}${String(attempt).padStart(4, '0')}`;

/** Claims the next attempt at an effect for `holder`; busy while another holder's claim is live. */
export async function claimEffect(store: AppStore, projectKey: string, effectId: string, holder: string, now: number): Promise<ClaimOutcome> {
  const claim = (attempt: number): EffectClaim => ({ holder, attempt, at: now, until: now + CLAIM_MS });
  // The first attempt costs one write: most effects are done at their first attempt.
  if (await store.create(key(projectKey, effectId, 1), claim(1))) return { kind: 'claimed', attempt: 1 };
  const claims = await store.list<EffectClaim>(prefix(projectKey, effectId));
  const last = claims.map((c) => c.value).reduce<EffectClaim | null>((a, c) => (a === null || c.attempt > a.attempt ? c : a), null);
  if (last && last.holder !== holder && last.until > now) return { kind: 'busy', until: last.until };
  const attempt = (last?.attempt ?? 0) + 1;
  if (await store.create(key(projectKey, effectId, attempt), claim(attempt))) return { kind: 'claimed', attempt };
  return { kind: 'busy', until: now + CLAIM_MS };
}

/** Ends a claim whose attempt is over without being done (Jira failed): the next run may attempt again at once — and looks first. */
export async function releaseClaim(store: AppStore, projectKey: string, effectId: string, attempt: number, holder: string, now: number): Promise<void> {
  await store.set<EffectClaim>(key(projectKey, effectId, attempt), { holder, attempt, at: now, until: now });
}
