import type { Decision } from './types';

const ascNullsLast = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b);

/** Pending first, soonest due first (no SLA after, by stale time); then the rest newest first. */
export function sortForIssue(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort((a, b) => {
    const pa = a.status === 'pending';
    const pb = b.status === 'pending';
    if (pa !== pb) return pa ? -1 : 1;
    if (pa) return ascNullsLast(a.dueAt, b.dueAt) || a.staleAt - b.staleAt || a.raisedAt - b.raisedAt || (a.id < b.id ? -1 : 1);
    return b.raisedAt - a.raisedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  });
}
