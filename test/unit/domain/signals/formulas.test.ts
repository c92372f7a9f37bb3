import { metricFormulas } from '../../../../src/domain/signals/formulas';
import { defaultHealthSettings, type HealthSettings } from '../../../../src/domain/signals/thresholds';

describe('metricFormulas', () => {
  it('says how each metric is computed and judged, with the default numbers', () => {
    expect(metricFormulas(defaultHealthSettings(), 90)).toEqual({
      velocity:
        "Velocity as Jira's velocity chart counts it: committed is the sum of the estimates, at the sprint's start, of the issues in the sprint at its start (not sub-tasks, not those already in the board's right-most column); " +
        "completed is the sum of the estimates, at the sprint's completion, of the issues in the sprint then and in the right-most column (issues added after the start count when completed; an issue done before it entered the sprint does not); " +
        'the rolling average is the mean completed of the last 3 closed sprints',
      predictability:
        'A closed sprint is predictable when its completed points are within ±15 % of the average completed of the 3 closed sprints before it (the edge counts as within); ' +
        'of the last 3 sprints with a verdict, 1 or more outside is amber and 2 or more red',
      scope:
        'Scope change of a sprint is the points added after its start (issues added, re-estimates up) minus the points removed (issues removed, re-estimates down), its size as a share of the engagement budget; ' +
        'a sprint over 5 % of the budget is flagged, red when the latest started sprint is flagged and amber when one of the 2 sprints before it was',
      leadTime:
        "Lead time for changes is the days from an issue's creation to its release (the release date of its first released fix version; without one, when it last entered the board's right-most column, not the resolution date; sub-tasks and issues the app created left out), " +
        'shown as the median and 85th percentile (nearest rank) with the count behind each, per month and over the last 90 days; ' +
        'an 85th percentile over 14 days in the last 90 days is amber and over 30 days red, with at least 5 changes needed to judge',
      defectEscape:
        'Defect escape rate of a release is the bugs (issue type Bug) found by users (reported by a member of the client team or labelled user-found or client-reported) created in the 7 days after its release date, divided by the issues of other types shipped in it; ' +
        "the latest released version's rate above 0.1 is amber and above 0.25 red",
      partner:
        'Partner signal of a calendar month (UTC) is the share of its new ideas and problems (issues of types Story, Improvement or Bug created in it) that a member of the client team reported, ' +
        'leaving out issues an app created and follow-ups of a change request (issues linked to an issue that got a change request before they were created); ' +
        'shown for the last 6 months, the last ended month judged: below 25 % is amber and below 10 % red, with at least 5 ideas and problems needed to judge',
    });
  });

  it('names the configured thresholds and defect settings', () => {
    const settings: HealthSettings = {
      thresholds: {
        ...defaultHealthSettings().thresholds,
        predictability: { amberOutside: 2, redOutside: 3 },
        scope: { sharePercent: 10 },
        leadTime: { amberDays: 1, redDays: 7.5 },
        defectEscape: { amberRate: 0.05, redRate: 0.5 },
        partner: { amberPercent: 40, redPercent: 15 },
      },
      defectEscape: { bugTypes: ['Bug', 'Defect', 'Incident'], foundBy: 'label', labels: ['escaped'], windowDays: 14 },
      partner: { ideaTypes: ['Idea'] },
    };
    const formulas = metricFormulas(settings, 60);
    expect(formulas.predictability).toMatch(/; of the last 3 sprints with a verdict, 2 or more outside is amber and 3 or more red$/);
    expect(formulas.scope).toMatch(/a sprint over 10 % of the budget is flagged/);
    expect(formulas.leadTime).toMatch(/per month and over the last 60 days; an 85th percentile over 1 day in the last 60 days is amber and over 7.5 days red/);
    expect(formulas.defectEscape).toBe(
      'Defect escape rate of a release is the bugs (issue types Bug, Defect or Incident) found by users (labelled escaped) created in the 14 days after its release date, divided by the issues of other types shipped in it; ' +
        "the latest released version's rate above 0.05 is amber and above 0.5 red",
    );
    expect(formulas.partner).toMatch(/\(issues of type Idea created in it\).*: below 40 % is amber and below 15 % red/);
    expect(metricFormulas({ ...settings, defectEscape: { ...settings.defectEscape, foundBy: 'client-reporter' } }, 60).defectEscape).toMatch(/found by users \(reported by a member of the client team\) created/);
  });

  it('every formula is one sentence', () => {
    for (const text of Object.values(metricFormulas(defaultHealthSettings(), 90))) expect(text).not.toMatch(/\.\s/);
  });
});
