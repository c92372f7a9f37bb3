import { clockFor } from '../calendar/clockSpec';
import { countedMsBetween } from '../calendar/countedTime';
import { DECISION_CATEGORIES, type DecisionCategory, type EngagementPolicy } from '../policy/types';
import { median } from '../median';
import type { Decision } from './types';

const HOUR = 3_600_000;

export interface CategoryLatency {
  category: DecisionCategory;
  decidedCount: number;
  /** Median time raised → decided in the clock mode's counted hours; null when nothing was decided. */
  medianHours: number | null;
  /** Decided within the category's current SLA; null without an SLA. */
  withinSlaCount: number | null;
}

/** Time to decision per category (superseded decisions count: they were decided). */
export function decisionLatency(decisions: Decision[], policy: EngagementPolicy): CategoryLatency[] {
  return DECISION_CATEGORIES.map((category) => {
    const clock = clockFor(policy, category);
    const hours = decisions
      .filter((d) => d.category === category && d.status === 'decided' && d.decidedAt !== null)
      .map((d) => countedMsBetween(d.raisedAt, d.decidedAt!, clock) / HOUR);
    const sla = policy.categories[category].slaHours;
    return {
      category,
      decidedCount: hours.length,
      medianHours: median(hours),
      withinSlaCount: sla === null ? null : hours.filter((h) => h <= sla).length,
    };
  });
}
