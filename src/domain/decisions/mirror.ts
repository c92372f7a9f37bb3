import { DECISION_CATEGORIES, type DecisionCategory } from '../policy/types';
import type { Decision, DecisionStatus } from './types';

/** The issue property that mirrors an issue's decisions for JQL (decisionStatus, decisionCategory, decisionDueAt). */
export const DECISIONS_PROPERTY_KEY = 'engagement-health-decisions';

/** Every decision status, sorted as the mirror lists them. */
const STATUSES: readonly DecisionStatus[] = ['decided', 'pending', 'withdrawn'];
const CATEGORIES: readonly DecisionCategory[] = [...DECISION_CATEGORIES].sort();

/**
 * What the manifest's `jira:entityProperty` index reads, and aggregates only: no list grows with
 * the number of decisions, so the property stays a few hundred characters long however many an
 * issue holds (Jira refuses a property over 32 768). The decisions themselves are in app storage.
 */
export interface DecisionsMirror {
  /** The statuses the decisions are in, each once, sorted (decisionStatus). */
  statuses: DecisionStatus[];
  /** The categories of the decisions, each once, sorted (decisionCategory). */
  categories: DecisionCategory[];
  /** The earliest due time of a pending decision, ISO 8601 UTC (decisionDueAt). */
  nextDueAt: string | null;
  /** How many of the decisions are in each status. */
  counts: Record<DecisionStatus, number>;
}

/**
 * The searchable mirror of an issue's decisions; equal decisions give an equal value whatever their order.
 *
 * @example
 * decisionsMirror([pendingProductDueMonday, decidedScope])
 * //=> { statuses: ['decided', 'pending'], categories: ['product', 'scope'], nextDueAt: '2026-01-12T15:00:00.000Z', counts: { decided: 1, pending: 1, withdrawn: 0 } }
 */
export function decisionsMirror(decisions: readonly Decision[]): DecisionsMirror {
  const counts: Record<DecisionStatus, number> = { decided: 0, pending: 0, withdrawn: 0 };
  const categories = new Set<string>();
  let nextDue: number | null = null;
  for (const d of decisions) {
    if (d.status in counts) counts[d.status] += 1;
    categories.add(d.category);
    if (d.status === 'pending' && d.dueAt !== null && (nextDue === null || d.dueAt < nextDue)) nextDue = d.dueAt;
  }
  return {
    statuses: STATUSES.filter((s) => counts[s] > 0),
    categories: CATEGORIES.filter((c) => categories.has(c)),
    nextDueAt: nextDue === null ? null : new Date(nextDue).toISOString(),
    counts,
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

/** Whether a stored property still says what the trusted records say (key order does not matter); for every mirror of the app. */
export function mirrorMatches(stored: unknown, expected: unknown): boolean {
  return deepEqual(stored, expected);
}
