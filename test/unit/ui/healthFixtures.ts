/** Rows of the health view for the UI's unit tests: a builder each, the rest at plain defaults. */
import type { CountedView, HealthRefreshView, ScopeRowView, VelocityRowView } from '../../../src/contract/resolvers';

export const NOW = Date.UTC(2026, 10, 18, 15, 0);
export const iso = (ms: number) => new Date(ms).toISOString();
export const MINUTE = 60_000;

export const counted = (value: number, issueCount = value === 0 ? 0 : 1, ref: string | null = issueCount > 0 ? `ref-${value}` : null): CountedView => ({ value, issueCount, ref });

export const idle: HealthRefreshView = { state: 'idle', startedAt: null, phase: null, message: null };

export function velocityRow(over: Partial<VelocityRowView> = {}): VelocityRowView {
  return {
    sprintId: 1,
    name: 'Sprint 1',
    state: 'closed',
    startDate: '2026-10-01T09:00:00.000Z',
    completeDate: '2026-10-15T17:00:00.000Z',
    committed: counted(30, 8),
    completed: counted(28, 7),
    liveCommitment: null,
    rollingAverage: null,
    band: null,
    predictable: null,
    sayDoRatio: 28 / 30,
    ...over,
  };
}

export function scopeRow(over: Partial<ScopeRowView> = {}): ScopeRowView {
  return {
    sprintId: 1,
    name: 'Sprint 1',
    state: 'closed',
    added: counted(0),
    removed: counted(0),
    reestimatedUp: counted(0),
    reestimatedDown: counted(0),
    netPoints: 0,
    direction: 'unchanged',
    shareOfBudget: null,
    flagged: false,
    ...over,
  };
}
