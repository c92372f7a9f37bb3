import type { HealthRefreshView } from '../../contract/health';
import { failureMessage } from '../sprintCommitments';
import { refreshHealth, type HealthDeps, type HealthRefreshOptions, type HealthRefreshReport } from './refreshHealth';
import { healthKeys } from './snapshotKeys';
import { healthSnapshotStore } from './snapshotStore';

/** A refresh holds the project's lease this long at most (the consumer's 900 s limit, and a margin). */
export const HEALTH_LEASE_MS = 16 * 60_000;

interface Lease {
  holder: string;
  until: number;
}

/** What a queued refresh asks for (the event body). */
export interface HealthRefreshRequest {
  projectKey: string;
  full?: boolean;
  checkBoard?: boolean;
}

export type HealthRunOutcome = { kind: 'done'; report: HealthRefreshReport } | { kind: 'busy' } | { kind: 'failed'; message: string };

/**
 * Runs one project's refresh under a lease, so a trigger run twice or a duplicate event does not
 * compute the same snapshot twice at once (both would write the same thing; the lease saves the
 * work and keeps one writer). The refresh's state — running with its phase, idle, failed with why —
 * is stored for the page. A lease left by a crashed run expires.
 */
export async function runHealthRefresh(deps: HealthDeps, request: HealthRefreshRequest, holder: string): Promise<HealthRunOutcome> {
  const { projectKey } = request;
  const leaseKey = healthKeys.lease(projectKey);
  const lease: Lease = { holder, until: deps.now + HEALTH_LEASE_MS };
  if (!(await deps.store.create(leaseKey, lease))) {
    const held = await deps.store.get<Lease>(leaseKey);
    if (held && held.holder !== holder && held.until > deps.now) return { kind: 'busy' };
    await deps.store.set(leaseKey, lease);
  }
  const snapshots = healthSnapshotStore(deps.store, projectKey);
  const startedAt = new Date(deps.now).toISOString();
  const state = (s: Omit<HealthRefreshView, 'startedAt'>) => snapshots.setRefreshState({ ...s, startedAt });
  try {
    const options: HealthRefreshOptions = { full: request.full, checkBoard: request.checkBoard, onPhase: (phase) => state({ state: 'running', phase, message: null }) };
    const report = await refreshHealth(deps, projectKey, options);
    await state({ state: 'idle', phase: null, message: null });
    return { kind: 'done', report };
  } catch (error) {
    const message = failureMessage(error);
    await state({ state: 'failed', phase: null, message }).catch(() => undefined);
    return { kind: 'failed', message };
  } finally {
    await deps.store.delete(leaseKey).catch(() => undefined);
  }
}
