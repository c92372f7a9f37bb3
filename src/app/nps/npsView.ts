/**
 * The NPS as everyone on the project page sees it, from the stored answers: per quarter the score
 * (or too few to judge), the response count and rate, the change, the comments without names; and
 * the Engagement NPS tile. Nothing here says who answered or what any one person answered.
 */
import type { NpsQuarterView, NpsResultView, NpsView, SignalView } from '../../contract/resolvers';
import { npsFormula, npsSignal } from '../../domain/nps/npsSignal';
import { quarterBefore, quarterLabel } from '../../domain/nps/quarters';
import type { SurveyWindow } from '../../domain/nps/surveyWindow';
import { NPS_RULES } from '../../domain/nps/thresholds';
import { npsTrend, type NpsQuarter } from '../../domain/nps/trend';
import type { StoredNpsAnswer } from './npsRecords';

const iso = (ms: number) => new Date(ms).toISOString();

const resultView = (q: NpsQuarter): NpsResultView =>
  q.result.kind === 'score'
    ? { kind: 'score', nps: q.result.nps, promoters: q.result.promoters, passives: q.result.passives, detractors: q.result.detractors }
    : { kind: 'too-few', needed: q.result.needed };

/** The quarters the trend shows: up to `trendQuarters` ending with the current one, from the first that has answers. */
function shownQuarters(current: string, answered: ReadonlySet<string>): string[] {
  const last = Array.from({ length: NPS_RULES.trendQuarters }, (_, i) => quarterBefore(current, NPS_RULES.trendQuarters - 1 - i));
  const first = last.findIndex((q) => answered.has(q));
  return first < 0 ? [current] : last.slice(first);
}

export interface NpsViewInput {
  answers: readonly StoredNpsAnswer[];
  /** The client team's size at each quarter's latest answer. */
  audiences: ReadonlyMap<string, number>;
  /** The client team's size now, when the caller resolved it (while the survey is open); else null. */
  liveAudience: number | null;
  window: SurveyWindow;
  windowDays: number;
}

/**
 * The NPS section and tile.
 *
 * @example
 * npsViewOf({ answers, audiences: new Map([['2026-Q3', 4]]), liveAudience: null, window, windowDays: 14 }).view.quarters.at(-1)
 * //=> { quarter: '2026-Q4', label: 'Q4 2026', open: false, answers: 0, audience: null, responseRate: null, result: { kind: 'too-few', needed: 3 }, change: null, comments: [] }
 */
export function npsViewOf(input: NpsViewInput): { view: NpsView; signal: SignalView } {
  const { window } = input;
  const current = window.quarter.id;
  const byQuarter = new Map<string, StoredNpsAnswer[]>();
  for (const a of input.answers) byQuarter.set(a.quarter, [...(byQuarter.get(a.quarter) ?? []), a]);
  const scores = new Map([...byQuarter].map(([q, list]) => [q, list.map((a) => a.answer.score)]));
  const quarters = shownQuarters(current, new Set(byQuarter.keys()));
  const trend = npsTrend(quarters, scores);

  const views = trend.map((q): NpsQuarterView => {
    const list = byQuarter.get(q.quarter) ?? [];
    const isCurrent = q.quarter === current;
    const audience = Math.max(isCurrent && input.liveAudience !== null ? input.liveAudience : (input.audiences.get(q.quarter) ?? 0), list.length) || null;
    // Comments only once enough answered: a lone answer's comment is too easily put to a name.
    const comments = q.result.kind === 'score' ? list.flatMap((a) => (a.answer.comment === null ? [] : [a.answer.comment])).sort((a, b) => a.localeCompare(b, 'en')) : [];
    return {
      quarter: q.quarter,
      label: quarterLabel(q.quarter),
      open: isCurrent && window.open,
      answers: list.length,
      audience,
      responseRate: audience === null ? null : list.length / audience,
      result: resultView(q),
      change: q.change,
      comments,
    };
  });

  const [currentQuarter] = npsTrend([current], scores);
  const [previousQuarter] = npsTrend([quarterBefore(current)], scores);
  const signal: SignalView = { ...npsSignal(currentQuarter!, previousQuarter!), ref: null };
  return {
    view: {
      quarters: views,
      survey: {
        quarter: current,
        label: quarterLabel(current),
        open: window.open,
        opensAt: iso(window.opensAt),
        closesAt: iso(window.closesAt),
        lastDay: window.lastDay,
        nextOpensAt: iso(window.nextOpensAt),
        timeZone: window.timeZone,
        windowDays: input.windowDays,
      },
      minAnswers: NPS_RULES.minAnswers,
      formula: npsFormula(),
    },
    signal,
  };
}
