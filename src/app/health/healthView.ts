import type { HealthRefreshView, HealthView } from '../../contract/health';
import type { UseCaseContext } from '../context';
import { healthSnapshotStore } from './snapshotStore';

const IDLE: HealthRefreshView = { state: 'idle', startedAt: null, phase: null, message: null };
/** A queued refresh that has not started this long after it was asked for is shown as failed, so the page never spins forever. */
const QUEUED_TOO_LONG_MS = 20 * 60_000;

const emptyView = (refresh: HealthRefreshView, now: number): HealthView => ({
  computedAt: null,
  servedAt: new Date(now).toISOString(),
  refresh,
  signals: [],
  velocity: [],
  scope: [],
  leadTime: { months: [], last90Days: { key: 'last-90-days', label: 'last 90 days', count: 0, medianDays: null, p85Days: null, ref: null } },
  defectEscape: [],
  partner: [],
  formulas: { velocity: '', predictability: '', scope: '', leadTime: '', defectEscape: '', partner: '' },
  budgetPoints: null,
  scopeThresholdPoints: null,
  estimationField: null,
});

/**
 * Queues a refresh of the project's snapshot and records it as running ("Queued"), so the page shows
 * progress from the first poll. Several requests while one runs cost nothing more: the consumer's
 * lease keeps one refresh per project at a time.
 */
export async function queueHealthRefresh(ctx: UseCaseContext, projectKey: string, options: { full?: boolean; checkBoard?: boolean } = {}): Promise<HealthRefreshView> {
  const state: HealthRefreshView = { state: 'running', startedAt: new Date(ctx.now).toISOString(), phase: 'Queued', message: null };
  await ctx.healthQueue.push([{ projectKey, ...options }]);
  await healthSnapshotStore(ctx.store, projectKey).setRefreshState(state);
  return state;
}

/**
 * The stored snapshot as the project page shows it (app storage only, no Jira call); the caller has
 * checked the permission. Never computed and not running: a refresh is queued now (the first open).
 */
export async function healthView(ctx: UseCaseContext, projectKey: string): Promise<{ health: HealthView; boardName: string | null }> {
  const snapshots = healthSnapshotStore(ctx.store, projectKey);
  const [meta, body, stored] = await Promise.all([snapshots.meta(), snapshots.view(), snapshots.refreshState()]);
  let refresh = stored ?? IDLE;
  if (refresh.state === 'running' && refresh.startedAt !== null && ctx.now - Date.parse(refresh.startedAt) > QUEUED_TOO_LONG_MS) {
    refresh = { ...refresh, state: 'failed', phase: null, message: 'The refresh did not finish; try again.' };
  }
  if (!meta || !body) {
    if (refresh.state !== 'running') refresh = await queueHealthRefresh(ctx, projectKey, { full: true });
    return { health: emptyView(refresh, ctx.now), boardName: meta?.board?.name ?? null };
  }
  return { health: { ...body, computedAt: new Date(meta.computedAt).toISOString(), servedAt: new Date(ctx.now).toISOString(), refresh }, boardName: meta.board?.name ?? null };
}
