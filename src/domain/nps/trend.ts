/**
 * The NPS quarter after quarter, and the change of each from the quarter before it (both judged:
 * a quarter with too few answers has no change, and neither has the one after it).
 */
import { quarterBefore } from './quarters';
import { npsOf, type NpsResult } from './score';
import { NPS_RULES } from './thresholds';

export interface NpsQuarter {
  quarter: string;
  result: NpsResult;
  /** This quarter's NPS minus the previous quarter's, when both have one; else null. */
  change: number | null;
}

/**
 * Each quarter's NPS, in the order given, with its change from the calendar quarter before it
 * (looked up in `scoresByQuarter`, so the first quarter shown compares with one not shown).
 *
 * @example
 * npsTrend(['2026-Q3', '2026-Q4'], new Map([['2026-Q2', [9, 9, 9]], ['2026-Q3', [9, 9, 8, 3]], ['2026-Q4', [9, 1, 2]]]))
 * //=> [{ quarter: '2026-Q3', result: { kind: 'score', nps: 25, … }, change: -75 }, { quarter: '2026-Q4', result: { kind: 'score', nps: -33, … }, change: -58 }]
 */
export function npsTrend(quarters: readonly string[], scoresByQuarter: ReadonlyMap<string, readonly number[]>): NpsQuarter[] {
  const resultOf = (id: string) => npsOf(scoresByQuarter.get(id) ?? []);
  return quarters.map((quarter) => {
    const result = resultOf(quarter);
    const previous = resultOf(quarterBefore(quarter));
    return { quarter, result, change: result.kind === 'score' && previous.kind === 'score' ? result.nps - previous.nps : null };
  });
}

/**
 * Whether a change is a sharp drop: 20 points or more down.
 *
 * @example
 * isSharpDrop(-20) //=> true
 * isSharpDrop(-19) //=> false
 * isSharpDrop(null) //=> false
 */
export function isSharpDrop(change: number | null): boolean {
  return change !== null && change <= -NPS_RULES.dropPoints;
}
