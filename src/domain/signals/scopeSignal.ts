import { besideThreshold, countWords, percent, points, pointsWords, RECENT_SPRINTS, signal, type HealthSignal } from './signal';
import type { HealthThresholds } from './thresholds';

/** One started sprint's scope change as the scope signal reads it. */
export interface ScopeSignalSprint {
  name: string;
  /** Added − removed + re-estimated up − re-estimated down after the start, in points. */
  netPoints: number;
  /** |net| ÷ budget (a fraction); null without a budget. */
  shareOfBudget: number | null;
  /** |net| above the scope threshold's share of the budget (the scope metric decides it). */
  flagged: boolean;
}

export interface ScopeSignalInput {
  /** The engagement budget in points; null: not set. */
  budgetPoints: number | null;
  /** Started sprints (closed and active), oldest start first. */
  sprints: readonly ScopeSignalSprint[];
}

function changeWords(sprint: ScopeSignalSprint): string {
  if (sprint.netPoints === 0) return 'had no net scope change';
  const size = pointsWords(Math.abs(sprint.netPoints));
  return sprint.netPoints > 0 ? `grew by ${size}` : `shrank by ${size}`;
}

/**
 * Scope change of the last started sprints against the budget: red when the latest started sprint
 * is flagged, amber when one of the sprints before it in the window was, green otherwise.
 *
 * @example
 * scopeSignal({ budgetPoints: 200, sprints: [{ name: 'Sprint 12', netPoints: 14, shareOfBudget: 0.07, flagged: true }] }, thresholds)
 * //=> { key: 'scope', title: 'Scope change', level: 'red', reason: 'Sprint 12, the latest sprint, grew by 14 points after its start, 7 % of the 200-point budget and over the 5 % threshold' }
 */
export function scopeSignal(input: ScopeSignalInput, thresholds: HealthThresholds): HealthSignal {
  const budget = input.budgetPoints;
  if (budget === null || !(budget > 0)) return signal('scope', 'not-enough-data', 'Set the engagement budget to judge scope change');
  const recent = input.sprints.slice(-RECENT_SPRINTS);
  const latest = recent[recent.length - 1];
  if (!latest) return signal('scope', 'not-enough-data', 'No sprint has started yet; scope change is judged per started sprint');

  const limit = thresholds.scope.sharePercent / 100;
  const shareOf = (s: ScopeSignalSprint) => s.shareOfBudget ?? Math.abs(s.netPoints) / budget;
  const share = (s: ScopeSignalSprint) => besideThreshold(shareOf(s), limit, percent);
  const budgetWords = `the ${points.words(budget)}-point budget`;
  const limitWords = percent.words(limit);

  if (latest.flagged) {
    return signal('scope', 'red', `${latest.name}, the latest sprint, ${changeWords(latest)} after its start, ${share(latest)} of ${budgetWords} and over the ${limitWords} threshold`, latest.name);
  }

  const earlierFlagged = recent.slice(0, -1).filter((s) => s.flagged);
  if (earlierFlagged.length > 0) {
    // The largest share; of equal shares, the latest.
    const largest = earlierFlagged.reduce((big, s) => (shareOf(s) >= shareOf(big) ? s : big));
    const stayed = `the latest sprint, ${latest.name}, stayed within ${limitWords}`;
    if (earlierFlagged.length === 1) {
      return signal('scope', 'amber', `${largest.name} ${changeWords(largest)} after its start, ${share(largest)} of ${budgetWords} and over the ${limitWords} threshold; ${stayed}`, largest.name);
    }
    return signal(
      'scope',
      'amber',
      `${earlierFlagged.length} of the last ${countWords(recent.length, 'sprint')} changed scope by more than ${limitWords} of ${budgetWords}, the largest in ${largest.name} (${changeWords(largest)}, ${share(largest)}); ${stayed}`,
      largest.name,
    );
  }

  if (recent.length === 1) {
    return signal('scope', 'green', `${latest.name}, the only started sprint, ${changeWords(latest)} after its start, ${share(latest)} of ${budgetWords} and within the ${limitWords} threshold`, latest.name);
  }
  return signal(
    'scope',
    'green',
    `None of the last ${countWords(recent.length, 'sprint')} changed scope by more than ${limitWords} of ${budgetWords}; the latest, ${latest.name}, ${changeWords(latest)} (${share(latest)})`,
    latest.name,
  );
}
