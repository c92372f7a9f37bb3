import { acceptanceEffects } from '../acceptance/effects';
import type { AcceptanceStore, AppStore, JiraPort } from '../ports';
import { completeEffects, type EffectsReport } from './complete';
import { doneEffects } from './ledger';

/** At most this many effects are attempted per project and run; the rest waits for the next run (Forge's 55 s). */
export const EFFECTS_PER_RUN = 100;

/**
 * The trigger's pass over a project's outbox: every effect the trusted records asked for that is
 * not in the ledger is completed, each so that a repeat is harmless. One ledger read per project.
 */
export async function completeProjectEffects(deps: { jira: JiraPort; store: AppStore; acceptance: AcceptanceStore; now: number }, projectKey: string): Promise<EffectsReport> {
  const effects = (await deps.acceptance.listByProject(projectKey)).flatMap((record) => acceptanceEffects(record));
  if (effects.length === 0) return { done: [], pending: [] };
  const done = await doneEffects(deps.store, projectKey);
  const todo = effects.filter((e) => !done.has(e.id)).slice(0, EFFECTS_PER_RUN);
  return completeEffects(deps, projectKey, todo, done);
}
