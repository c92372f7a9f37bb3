import type { OutboxEffect } from '../../domain/effects/types';
import type { AppStore, CreatedIssue } from '../ports';

/**
 * Which outbox effects are done: one marker per effect in app storage, created
 * once (a conditional write), never changed. The intents themselves live in the
 * trusted records that asked for them.
 */
export interface EffectDone {
  effectId: string;
  kind: OutboxEffect['kind'];
  at: number;
  /** What was found or done: posted, already there (found marked in Jira), skipped (nothing left to do). */
  outcome: 'done' | 'found' | 'skipped';
  /** The comment posted for it, when this app's attempt posted it (not known for one found in Jira). */
  commentId?: string | null;
  /** The issue made for it (a create-issue effect), whether this attempt created it or found it marked in Jira. */
  createdIssue?: CreatedIssue | null;
}

const prefix = (projectKey: string) => `effect-done:${projectKey}:`;

export async function doneEffects(store: AppStore, projectKey: string): Promise<Set<string>> {
  return new Set((await store.list<EffectDone>(prefix(projectKey))).map((entry) => entry.value.effectId));
}

export async function effectDone(store: AppStore, projectKey: string, effectId: string): Promise<EffectDone | undefined> {
  return store.get<EffectDone>(`${prefix(projectKey)}${effectId}`);
}

export async function isEffectDone(store: AppStore, projectKey: string, effectId: string): Promise<boolean> {
  return (await store.get<EffectDone>(`${prefix(projectKey)}${effectId}`)) !== undefined;
}

export async function markEffectDone(store: AppStore, projectKey: string, done: EffectDone): Promise<void> {
  await store.create<EffectDone>(`${prefix(projectKey)}${done.effectId}`, done);
}
