/**
 * The engagement's health as the project page and the issue panel show it: computed by the backend
 * into a stored snapshot (src/app/health), read by one resolver call. Dates are ISO strings; points
 * are numbers; `ref` names a list of issues that `health/issues` returns (the issues behind a number).
 */

export type SignalLevel = 'green' | 'amber' | 'red' | 'not-enough-data';
export type SignalKey = 'velocity' | 'scope' | 'leadTime' | 'defectEscape' | 'decisions' | 'acceptance' | 'blockers' | 'partner' | 'nps';

/** One tile: a level and one sentence of reason that names the numbers. */
export interface SignalView {
  key: SignalKey;
  title: string;
  level: SignalLevel;
  reason: string;
  /** The issues behind the reason, when there are some. */
  ref: string | null;
}

/** A number that opens the issues behind it. */
export interface CountedView {
  /** Points, or a count (see the field's doc). */
  value: number;
  issueCount: number;
  /** For `health/issues`; null when no issue is behind it. */
  ref: string | null;
}

export interface VelocityRowView {
  sprintId: number;
  name: string;
  state: 'active' | 'closed';
  startDate: string | null;
  /** Completion (closed) or null while active. */
  completeDate: string | null;
  /** Replayed from the changelog at the sprint's start: what Jira's velocity chart shows. */
  committed: CountedView;
  /** Closed: at completion; active: so far. */
  completed: CountedView;
  /** What the app recorded when it first saw the sprint active, shown when it differs from `committed.value`. */
  liveCommitment: { points: number; recordedAt: string } | null;
  /** 3-sprint rolling average of completed ending with this sprint; null: not enough sprints yet. */
  rollingAverage: number | null;
  /** ±15 % of the average of the three closed sprints before this one; null: not enough sprints yet. */
  band: { average: number; low: number; high: number } | null;
  /** Null: not enough sprints yet (or active). */
  predictable: boolean | null;
  /** completed ÷ committed; null when nothing was committed. */
  sayDoRatio: number | null;
}

export interface ScopeRowView {
  sprintId: number;
  name: string;
  state: 'active' | 'closed';
  /** value = points; issueCount = issues. */
  added: CountedView;
  removed: CountedView;
  reestimatedUp: CountedView;
  reestimatedDown: CountedView;
  /** added − removed + up − down, in points. */
  netPoints: number;
  direction: 'grew' | 'shrank' | 'unchanged';
  /** |net| ÷ budget; null without a budget. */
  shareOfBudget: number | null;
  /** |net| above the scope threshold share of the budget. */
  flagged: boolean;
}

export interface LeadTimeBucketView {
  /** "2026-11" for a month, "last-90-days" for the rolling window. */
  key: string;
  label: string;
  count: number;
  medianDays: number | null;
  p85Days: number | null;
  ref: string | null;
}

export interface DefectEscapeRowView {
  versionId: string;
  name: string;
  releaseDate: string | null;
  /** Bugs found by users in the window after the release (count). */
  escaped: CountedView;
  /** Non-bug issues shipped in the version (count). */
  features: CountedView;
  /** escaped ÷ features; null when no features shipped. */
  rate: number | null;
}

/** One calendar month (UTC) of the partner signal: the new ideas and problems the client team raised unprompted. */
export interface PartnerMonthView {
  /** "2026-11". */
  key: string;
  /** "November 2026". */
  label: string;
  /** The month has ended; the current month's numbers are so far. */
  complete: boolean;
  /** Ideas and problems the client team reported (count). */
  client: CountedView;
  /** All ideas and problems that count (count). */
  counted: CountedView;
  /** Left out: created by an app, or follow-ups of a change request (count). */
  excluded: CountedView;
  /** client ÷ counted; null when none counted. */
  share: number | null;
}

export interface HealthRefreshView {
  state: 'idle' | 'running' | 'failed';
  /** When the running or last refresh started. */
  startedAt: string | null;
  /** While running: "Reading issues", "Reading changelogs", "Computing" … */
  phase: string | null;
  /** Failed: why, in words. */
  message: string | null;
}

export interface HealthView {
  /** When the stored snapshot was computed; null: never (the page says so and offers to compute it). */
  computedAt: string | null;
  /** The server's clock when it answered: ages are counted from it, not from the browser's clock. */
  servedAt: string;
  refresh: HealthRefreshView;
  signals: SignalView[];
  /** Oldest first; started sprints only. */
  velocity: VelocityRowView[];
  scope: ScopeRowView[];
  leadTime: { months: LeadTimeBucketView[]; last90Days: LeadTimeBucketView };
  defectEscape: DefectEscapeRowView[];
  /** The last 6 calendar months, oldest first, the current one last. */
  partner: PartnerMonthView[];
  /** One line per metric saying exactly how it is computed. */
  formulas: Record<'velocity' | 'predictability' | 'scope' | 'leadTime' | 'defectEscape' | 'partner', string>;
  budgetPoints: number | null;
  /** The scope threshold in points (share × budget); null without a budget. */
  scopeThresholdPoints: number | null;
  /** The board's estimation field's name ("Story Points"); null for an issue-count board or no board. */
  estimationField: string | null;
}

/** The issues behind one number (`health/issues`). */
export interface HealthIssuesView {
  title: string;
  rows: { key: string; summary: string; points: number | null; event: string; at: string | null }[];
  /** `issuekey in (…)`, for Jira's issue search; null when there are no rows. */
  jql: string | null;
}

/** The issue panel's "In sprint metrics" section. */
export interface IssueSprintMetricsView {
  /** Null: the snapshot has not been computed yet. */
  computedAt: string | null;
  sprints: {
    sprintId: number;
    name: string;
    /** Counted in the sprint's commitment (in it at the start, not done, not a sub-task). */
    committed: boolean;
    completed: boolean;
    addedAfterStart: string | null;
    removedAt: string | null;
    reestimates: { from: number | null; to: number | null; at: string }[];
  }[];
  /** Created → released (or done); null when not released or done yet. */
  leadTimeDays: number | null;
  /** While not released or done: the time so far. */
  ageDays: number | null;
  release: { name: string; releaseDate: string | null } | null;
}
