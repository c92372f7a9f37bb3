/**
 * Every threshold of the health signals, in one place, with its default (PRODUCT.md "Metrics" and
 * "Escalation triggers"). The project admin edits them on the settings page (policy `health`); a
 * stored policy without them reads these defaults.
 */
/** How each signal turns its numbers into green / amber / red. */
export interface HealthThresholds {
  /**
   * Of the last closed sprints (as many as the rolling window, metrics/thresholds.ts), this many or more
   * outside ±15 % of the average of the three before each → amber / red.
   */
  predictability: { amberOutside: number; redOutside: number };
  /** A sprint whose net scope change exceeds this share of the budget (percent) is flagged: amber when an earlier one of the window was, red when the latest was. */
  scope: { sharePercent: number };
  /** 85th percentile lead time over the last 90 days, in days: above amber → amber, above red → red. */
  leadTime: { amberDays: number; redDays: number };
  /** Escaped bugs per shipped feature of the latest released version: above amber → amber, above red → red. */
  defectEscape: { amberRate: number; redRate: number };
  /** Pending decisions past their SLA → amber; past their stale threshold → red. Decided within SLA share below amberPercent → amber. */
  decisions: { withinSlaAmberPercent: number };
  /** First-pass acceptance rate of the last closed sprints (percent): below amber → amber, below red → red. */
  acceptance: { amberFirstPassPercent: number; redFirstPassPercent: number };
  /** An issue flagged (or blocked) longer than these many hours → amber / red. */
  blockers: { amberHours: number; redHours: number };
  /** Share (percent) of the last complete month's new ideas and problems the client team raised: below amber → amber, below red → red. */
  partner: { amberPercent: number; redPercent: number };
}

/** Which issues count as bugs and which bugs were found by users, for the defect escape rate. */
export interface DefectEscapeSettings {
  /** Issue type names that are bugs (case-insensitive). */
  bugTypes: string[];
  /** "Found by users": reported by someone on the client team, carrying one of `labels`, either, or both. */
  foundBy: 'client-reporter' | 'label' | 'either' | 'both';
  labels: string[];
  /** Bugs created within this many days after a release count against it (PRODUCT.md: the first week). */
  windowDays: number;
}

/** Which issues are new ideas and problems, for the partner signal. */
export interface PartnerSettings {
  /** Issue type names that are ideas or problems (case-insensitive). */
  ideaTypes: string[];
}

export interface HealthSettings {
  thresholds: HealthThresholds;
  defectEscape: DefectEscapeSettings;
  /** Which issue types are new ideas and problems, for the partner signal. */
  partner: PartnerSettings;
}

/** The documented defaults. */
export function defaultHealthSettings(): HealthSettings {
  return {
    thresholds: {
      predictability: { amberOutside: 1, redOutside: 2 },
      // PRODUCT.md: a scope change over 5 % of the budget escalates the same day.
      scope: { sharePercent: 5 },
      leadTime: { amberDays: 14, redDays: 30 },
      defectEscape: { amberRate: 0.1, redRate: 0.25 },
      decisions: { withinSlaAmberPercent: 80 },
      acceptance: { amberFirstPassPercent: 80, redFirstPassPercent: 60 },
      // PRODUCT.md: a blocker older than 48 h escalates to both sponsors.
      blockers: { amberHours: 24, redHours: 48 },
      // A client team raising under a quarter of the new ideas and problems has gone quiet; under a tenth, silent.
      partner: { amberPercent: 25, redPercent: 10 },
    },
    defectEscape: { bugTypes: ['Bug'], foundBy: 'either', labels: ['user-found', 'client-reported'], windowDays: 7 },
    // PRODUCT.md "Partner signal": stories, improvements, bugs.
    partner: { ideaTypes: ['Story', 'Improvement', 'Bug'] },
  };
}
