/**
 * One sentence per metric saying exactly how it is computed and judged (PRODUCT.md "Metrics"), with
 * the configured numbers, so what the page says is what the code does.
 */
import { PREDICTABILITY_BAND_PERCENT, ROLLING_VELOCITY_SPRINTS } from '../metrics/thresholds';
import { PARTNER_TREND_MONTHS } from '../metrics/partnerSignal';
import { LEAD_TIME_MIN_CHANGES } from './leadTimeSignal';
import { PARTNER_MIN_IDEAS } from './partnerSignal';
import { countWords, days, percent, rate, RECENT_SPRINTS } from './signal';
import type { DefectEscapeSettings, HealthSettings } from './thresholds';

export type FormulaKey = 'velocity' | 'predictability' | 'scope' | 'leadTime' | 'defectEscape' | 'partner';

/** "a", "a or b", "a, b or c"; `none` for an empty list. */
function orList(items: readonly string[], none: string): string {
  if (items.length === 0) return none;
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function foundByWords(settings: DefectEscapeSettings): string {
  const reporter = 'reported by a member of the client team';
  const labelled = `labelled ${orList(settings.labels, '(no label set)')}`;
  if (settings.foundBy === 'client-reporter') return reporter;
  if (settings.foundBy === 'label') return labelled;
  if (settings.foundBy === 'both') return `${reporter} and ${labelled}`;
  return `${reporter} or ${labelled}`;
}

/** "type Bug", "types Story, Improvement or Bug". */
const typesWords = (types: readonly string[]) => (types.length === 1 ? `type ${types[0]}` : `types ${orList(types, '(none set)')}`);

/**
 * The formula of each metric, with the configured thresholds.
 *
 * @example
 * metricFormulas(defaultHealthSettings(), 90).scope
 * //=> 'Scope change of a sprint is the points added after its start (issues added, re-estimates up) minus the points removed (issues removed, re-estimates down), its size as a share of the engagement budget; a sprint over 5 % of the budget is flagged, red when the latest started sprint is flagged and amber when one of the 2 sprints before it was'
 */
export function metricFormulas(settings: HealthSettings, leadTimeWindowDays: number): Record<FormulaKey, string> {
  const { predictability, scope, leadTime, defectEscape, partner } = settings.thresholds;
  const escape = settings.defectEscape;
  const types = escape.bugTypes;
  const typeWords = typesWords(types);
  const before = RECENT_SPRINTS - 1;
  return {
    velocity:
      "Velocity as Jira's velocity chart counts it: committed is the sum of the estimates, at the sprint's start, of the issues in the sprint at its start (not sub-tasks, not those already in the board's right-most column); " +
      "completed is the sum of the estimates, at the sprint's completion, of the issues in the sprint then and in the right-most column (issues added after the start count when completed; an issue done before it entered the sprint does not); " +
      `the rolling average is the mean completed of the last ${countWords(ROLLING_VELOCITY_SPRINTS, 'closed sprint')}`,
    predictability:
      `A closed sprint is predictable when its completed points are within ±${PREDICTABILITY_BAND_PERCENT} % of the average completed of the ${countWords(ROLLING_VELOCITY_SPRINTS, 'closed sprint')} before it (the edge counts as within); ` +
      `of the last ${countWords(RECENT_SPRINTS, 'sprint')} with a verdict, ${predictability.amberOutside} or more outside is amber and ${predictability.redOutside} or more red`,
    scope:
      'Scope change of a sprint is the points added after its start (issues added, re-estimates up) minus the points removed (issues removed, re-estimates down), its size as a share of the engagement budget; ' +
      `a sprint over ${percent.words(scope.sharePercent / 100)} of the budget is flagged, red when the latest started sprint is flagged and amber when one of the ${countWords(before, 'sprint')} before it was`,
    leadTime:
      "Lead time for changes is the days from an issue's creation to its release (the release date of its first released fix version; without one, when it last entered the board's right-most column, not the resolution date; sub-tasks and issues the app created left out), " +
      `shown as the median and 85th percentile (nearest rank) with the count behind each, per month and over the last ${countWords(leadTimeWindowDays, 'day')}; ` +
      `an 85th percentile over ${days.words(leadTime.amberDays)} in the last ${countWords(leadTimeWindowDays, 'day')} is amber and over ${days.words(leadTime.redDays)} red, with at least ${countWords(LEAD_TIME_MIN_CHANGES, 'change')} needed to judge`,
    defectEscape:
      `Defect escape rate of a release is the bugs (issue ${typeWords}) found by users (${foundByWords(escape)}) created in the ${countWords(escape.windowDays, 'day')} after its release date, divided by the issues of other types shipped in it; ` +
      `the latest released version's rate above ${rate.words(defectEscape.amberRate)} is amber and above ${rate.words(defectEscape.redRate)} red`,
    partner:
      `Partner signal of a calendar month (UTC) is the share of its new ideas and problems (issues of ${typesWords(settings.partner.ideaTypes)} created in it) that a member of the client team reported, ` +
      "leaving out issues an app created and follow-ups of a change request (issues linked to an issue that got a change request before they were created); " +
      `shown for the last ${countWords(PARTNER_TREND_MONTHS, 'month')}, the last ended month judged: below ${percent.words(partner.amberPercent / 100)} is amber and below ${percent.words(partner.redPercent / 100)} red, with at least ${countWords(PARTNER_MIN_IDEAS, 'idea or problem', 'ideas and problems')} needed to judge`,
  };
}
