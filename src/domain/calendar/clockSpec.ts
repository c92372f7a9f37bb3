import { CATEGORY_OWNER_SIDE } from '../policy/defaults';
import type { DecisionCategory, EngagementPolicy, TeamCalendar } from '../policy/types';

/** How a clock counts time: every hour, one team's working hours, or the daily overlap window. */
export type ClockSpec =
  | { mode: 'wall' }
  | { mode: 'business'; calendar: TeamCalendar }
  | { mode: 'overlap'; window: { start: string; end: string }; calendars: TeamCalendar[] };

/** The clock of a category: business hours are those of the side that owns it (technical → delivery). */
export function clockFor(policy: EngagementPolicy, category: DecisionCategory): ClockSpec {
  switch (policy.clockMode) {
    case 'wall':
      return { mode: 'wall' };
    case 'business':
      return { mode: 'business', calendar: policy.calendars[CATEGORY_OWNER_SIDE[category]] };
    case 'overlap':
      return { mode: 'overlap', window: policy.overlapWindow, calendars: [policy.calendars.client, policy.calendars.delivery] };
  }
}

/** Words for the mode where counted time is not wall-clock time ("business hours"); null for wall. */
export function clockModeWords(clock: ClockSpec): string | null {
  if (clock.mode === 'business') return 'business hours';
  if (clock.mode === 'overlap') return 'overlap hours';
  return null;
}
