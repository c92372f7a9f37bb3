import type { Decision } from './types';

/** The issue property that mirrors an issue's decisions for JQL (decisionStatus, decisionCategory, decisionDueAt). */
export const DECISIONS_PROPERTY_KEY = 'engagement-health-decisions';

export interface DecisionsMirror {
  statuses: string[];
  categories: string[];
  /** The earliest due time of a pending decision, ISO 8601 UTC. */
  nextDueAt: string | null;
  decisions: { id: string; category: string; status: string; dueAt: string | null }[];
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The searchable mirror of an issue's decisions; arrays sorted so equal decisions give an equal value. */
export function decisionsMirror(decisions: Decision[]): DecisionsMirror {
  const pendingDue = decisions.filter((d) => d.status === 'pending' && d.dueAt !== null).map((d) => d.dueAt!);
  return {
    statuses: sortedUnique(decisions.map((d) => d.status)),
    categories: sortedUnique(decisions.map((d) => d.category)),
    nextDueAt: pendingDue.length === 0 ? null : new Date(Math.min(...pendingDue)).toISOString(),
    decisions: [...decisions]
      .sort(byId)
      .map((d) => ({ id: d.id, category: d.category, status: d.status, dueAt: d.dueAt === null ? null : new Date(d.dueAt).toISOString() })),
  };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether the stored property still says what the trusted records say (key order does not matter). */
export function mirrorMatches(stored: unknown, expected: DecisionsMirror): boolean {
  return deepEqual(stored, expected);
}
