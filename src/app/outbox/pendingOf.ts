import { EFFECT_WORDS, type SideEffect } from '../../domain/effects/types';
import type { EffectsReport } from './complete';

/** What the UI shows of an effect not done yet: "comment pending". */
export interface PendingEffect {
  id: string;
  kind: SideEffect['kind'];
  words: string;
}

/** The effects still pending after a run (all of them when the run itself could not happen). */
export function pendingOf(effects: readonly SideEffect[], report?: EffectsReport): PendingEffect[] {
  const left = report ? new Set(report.pending.map((p) => p.effectId)) : new Set(effects.map((e) => e.id));
  return effects.filter((e) => left.has(e.id)).map((e) => ({ id: e.id, kind: e.kind, words: e.kind === 'transition' ? `${EFFECT_WORDS.transition} to ${e.toStatusName ?? e.toStatus}` : EFFECT_WORDS[e.kind] }));
}
