/**
 * The Engagement NPS tile: the latest judged quarter (the current one once it has enough answers,
 * else the one before) against the thresholds (thresholds.ts): +30 or more green, 0 or more amber,
 * below 0 red; a sharp drop from the quarter before (20 points or more) is at most amber. No quarter
 * with enough answers: not enough data, naming how many answered.
 */
import { countWords, signal, type HealthSignal } from '../signals/signal';
import { quarterLabel } from './quarters';
import { npsWords, type NpsResult } from './score';
import { NPS_RULES as R } from './thresholds';
import { isSharpDrop, type NpsQuarter } from './trend';

type Scored = Extract<NpsResult, { kind: 'score' }>;

const counts = (r: Scored) => `${countWords(r.answers, 'answer')}: ${countWords(r.promoters, 'promoter')}, ${countWords(r.passives, 'passive')}, ${countWords(r.detractors, 'detractor')}`;
const answersWords = (n: number) => (n === 0 ? 'no answers' : countWords(n, 'answer'));
const tooFew = (q: NpsQuarter) => `${quarterLabel(q.quarter)} has ${answersWords(q.result.answers)}, ${R.minAnswers} needed to judge`;

/**
 * The tile from the current quarter and the one before it (npsTrend's, so each carries its change).
 *
 * @example
 * npsSignal({ quarter: '2026-Q4', result: { kind: 'score', nps: 40, answers: 5, promoters: 3, passives: 1, detractors: 1 }, change: 10 }, null)
 * //=> { key: 'nps', title: 'Engagement NPS', level: 'green', reason: 'NPS +40 in Q4 2026 from 5 answers: 3 promoters, 1 passive, 1 detractor; at or above the +30 green threshold; up 10 points from the quarter before' }
 * npsSignal({ quarter: '2026-Q4', result: { kind: 'too-few', answers: 2, needed: 3 }, change: null }, { quarter: '2026-Q3', result: { kind: 'too-few', answers: 0, needed: 3 }, change: null })
 * //=> { key: 'nps', title: 'Engagement NPS', level: 'not-enough-data', reason: 'Q4 2026 has 2 answers, 3 needed to judge; Q3 2026 had no answers' }
 */
export function npsSignal(current: NpsQuarter, previous: NpsQuarter | null): HealthSignal {
  const judged = current.result.kind === 'score' ? current : previous?.result.kind === 'score' ? previous : null;
  if (judged === null || judged.result.kind !== 'score') {
    const before = previous ? `; ${quarterLabel(previous.quarter)} had ${answersWords(previous.result.answers)}` : '';
    return signal('nps', 'not-enough-data', `${tooFew(current)}${before}`);
  }
  const r = judged.result;
  const level = r.nps >= R.greenAtLeast ? 'green' : r.nps >= R.amberAtLeast ? 'amber' : 'red';
  const drop = isSharpDrop(judged.change);
  const against =
    level === 'green'
      ? `at or above the ${npsWords(R.greenAtLeast)} green threshold`
      : level === 'amber'
        ? `below the ${npsWords(R.greenAtLeast)} green threshold`
        : `below ${npsWords(R.amberAtLeast)}`;
  const change =
    judged.change === null
      ? ''
      : judged.change === 0
        ? '; unchanged from the quarter before'
        : `; ${judged.change > 0 ? 'up' : 'down'} ${countWords(Math.abs(judged.change), 'point')} from the quarter before${drop ? `, a drop of ${R.dropPoints} or more` : ''}`;
  const pending = judged === current ? '' : `; ${tooFew(current)}`;
  return signal('nps', drop && level === 'green' ? 'amber' : level, `NPS ${npsWords(r.nps)} in ${quarterLabel(judged.quarter)} from ${counts(r)}; ${against}${change}${pending}`);
}

/**
 * How the NPS is computed and judged, in one sentence (shown beside the numbers).
 *
 * @example
 * npsFormula() //=> 'NPS = % promoters (9–10) − % detractors (0–6) of a quarter’s answers, rounded to a whole number; fewer than 3 answers are too few to judge; +30 or more is green, 0 or more amber, below 0 red, and a drop of 20 points or more from the quarter before is at most amber'
 */
export function npsFormula(): string {
  return (
    `NPS = % promoters (${R.promoterAtLeast}–10) − % detractors (0–${R.detractorAtMost}) of a quarter’s answers, rounded to a whole number; ` +
    `fewer than ${R.minAnswers} answers are too few to judge; ${npsWords(R.greenAtLeast)} or more is green, ${npsWords(R.amberAtLeast)} or more amber, below ${npsWords(R.amberAtLeast)} red, ` +
    `and a drop of ${R.dropPoints} points or more from the quarter before is at most amber`
  );
}
