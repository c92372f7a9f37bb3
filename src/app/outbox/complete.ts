import { pendingEffects } from '../../domain/effects/pending';
import type { SideEffect } from '../../domain/effects/types';
import type { AppStore, JiraPort } from '../ports';
import { isEffectDone, markEffectDone } from './ledger';
import { performEffect } from './perform';

export interface EffectsReport {
  done: string[];
  pending: { effectId: string; issueKey: string; kind: SideEffect['kind']; error: string }[];
}

/**
 * Completes what is pending of the given effects, in order; one that fails stays pending
 * (reported) and holds back the later effects of the same issue (a move must not overtake its
 * comment). `done` is the project's ledger when the caller read it already (the trigger);
 * otherwise each effect's marker is read on its own, so a view costs what its record holds.
 */
export async function completeEffects(deps: { jira: JiraPort; store: AppStore; now: number }, projectKey: string, effects: readonly SideEffect[], done?: ReadonlySet<string>): Promise<EffectsReport> {
  const report: EffectsReport = { done: [], pending: [] };
  const marked = done ?? new Set((await Promise.all(effects.map(async (e) => ((await isEffectDone(deps.store, projectKey, e.id)) ? e.id : null)))).filter((id): id is string => id !== null));
  const blocked = new Set<string>();
  for (const effect of pendingEffects(effects, marked)) {
    if (blocked.has(effect.issueKey)) {
      report.pending.push({ effectId: effect.id, issueKey: effect.issueKey, kind: effect.kind, error: 'waits for an earlier effect on the same issue' });
      continue;
    }
    try {
      // Another run (a view, the trigger) may have done it since the ledger was read.
      if (done && (await isEffectDone(deps.store, projectKey, effect.id))) continue;
      const outcome = await performEffect(deps.jira, effect);
      await markEffectDone(deps.store, projectKey, { effectId: effect.id, kind: effect.kind, at: deps.now, outcome });
      report.done.push(effect.id);
    } catch (error) {
      blocked.add(effect.issueKey);
      report.pending.push({ effectId: effect.id, issueKey: effect.issueKey, kind: effect.kind, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
