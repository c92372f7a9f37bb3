/**
 * When the engagement survey takes answers: from local midnight of a quarter's first day for its
 * first `windowDays` calendar days, in the client team's time zone (PRODUCT.md "Engagement NPS").
 */
import type { NpsSettings } from './settings';
import { localDay, localMidnight, quarterAt, quarterBefore, quarterOf, parseQuarterId, type Quarter } from './quarters';

export interface SurveyWindow {
  /** The quarter `now` falls in: the one whose survey is open, or was this quarter. */
  quarter: Quarter;
  open: boolean;
  /** The quarter's start. */
  opensAt: number;
  /** The first instant no answer is taken (local midnight after the last day). */
  closesAt: number;
  /** The last local date answers are taken, "YYYY-MM-DD". */
  lastDay: string;
  /** When the next quarter's survey opens. */
  nextOpensAt: number;
  timeZone: string;
}

/**
 * The survey window of the quarter a moment falls in.
 *
 * @example
 * surveyWindowAt(Date.UTC(2026, 9, 14, 12), 'America/New_York', { windowDays: 14 })
 * //=> { quarter: { id: '2026-Q4', … }, open: true, opensAt: Date.UTC(2026, 9, 1, 4), closesAt: Date.UTC(2026, 9, 15, 4), lastDay: '2026-10-14', nextOpensAt: Date.UTC(2027, 0, 1, 5), timeZone: 'America/New_York' }
 */
export function surveyWindowAt(now: number, timeZone: string, settings: NpsSettings): SurveyWindow {
  return surveyWindowOf(quarterAt(now, timeZone), timeZone, settings, now);
}

/**
 * The survey window of a given quarter (by id), judged at `now`; null for an id that names no quarter.
 *
 * @example
 * surveyWindowFor('2026-Q3', 'UTC', { windowDays: 14 }, Date.UTC(2026, 9, 2))?.open //=> false
 */
export function surveyWindowFor(quarterId: string, timeZone: string, settings: NpsSettings, now: number): SurveyWindow | null {
  const parsed = parseQuarterId(quarterId);
  return parsed ? surveyWindowOf(quarterOf(parsed.year, parsed.quarter, timeZone), timeZone, settings, now) : null;
}

function surveyWindowOf(quarter: Quarter, timeZone: string, settings: NpsSettings, now: number): SurveyWindow {
  const firstMonth = (quarter.quarter - 1) * 3;
  // Day 1 + windowDays rolls over into the next month as Date does; at most 90 days, so never past the quarter.
  const closesAt = Math.min(localMidnight(quarter.year, firstMonth, 1 + settings.windowDays, timeZone), quarter.end);
  const next = parseQuarterId(quarterBefore(quarter.id, -1))!;
  return {
    quarter,
    open: now >= quarter.start && now < closesAt,
    opensAt: quarter.start,
    closesAt,
    lastDay: localDay(closesAt - 1, timeZone),
    nextOpensAt: quarterOf(next.year, next.quarter, timeZone).start,
    timeZone,
  };
}
