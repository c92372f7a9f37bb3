import { clockFor, clockModeWords } from '../calendar/clockSpec';
import { countedMsBetween } from '../calendar/countedTime';
import type { EngagementPolicy } from '../policy/types';
import { durationWords } from './durationWords';
import type { Decision } from './types';

export interface DecisionClock {
  state: 'no-sla' | 'due' | 'overdue' | 'stale' | 'closed';
  words: string;
  /** Counted time to the SLA: positive while due, negative once overdue; null without an SLA or once closed. */
  remainingMs: number | null;
}

/**
 * The SLA clock of a decision in words, counted in the policy's clock mode ("due in 5 h",
 * "overdue by 2 h, business hours", "stale for 6 h"; nothing escalates until the escalation scanner exists). Stale outranks overdue.
 */
export function decisionClock(decision: Decision, policy: EngagementPolicy, now: number): DecisionClock {
  const clock = clockFor(policy, decision.category);
  const mode = clockModeWords(clock);
  const span = (ms: number) => durationWords(ms, { days: mode === null }) + (mode ? `, ${mode}` : '');

  if (decision.status === 'withdrawn') return { state: 'closed', words: 'withdrawn', remainingMs: null };
  if (decision.status === 'decided') {
    const took = countedMsBetween(decision.raisedAt, decision.decidedAt ?? decision.raisedAt, clock);
    return { state: 'closed', words: `decided in ${span(took)}`, remainingMs: null };
  }

  const remainingMs =
    decision.dueAt === null ? null : now < decision.dueAt ? countedMsBetween(now, decision.dueAt, clock) : -countedMsBetween(decision.dueAt, now, clock) || 0;
  if (now >= decision.staleAt) {
    return { state: 'stale', words: `stale for ${span(countedMsBetween(decision.staleAt, now, clock))}`, remainingMs };
  }
  if (decision.dueAt === null || remainingMs === null) {
    return { state: 'no-sla', words: `no SLA · stale in ${span(countedMsBetween(now, decision.staleAt, clock))}`, remainingMs: null };
  }
  if (now < decision.dueAt) return { state: 'due', words: `due in ${span(remainingMs)}`, remainingMs };
  return { state: 'overdue', words: `overdue by ${span(remainingMs)}`, remainingMs };
}
