/**
 * NPS of a quarter = % promoters (9–10) − % detractors (0–6) of its answers, rounded to a whole
 * number (half away from zero), from −100 to +100; fewer than 3 answers are too few to judge.
 */
import { NPS_LIMITS } from './settings';
import { NPS_RULES } from './thresholds';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export type NpsResult =
  | { kind: 'score'; nps: number; answers: number; promoters: number; passives: number; detractors: number }
  | { kind: 'too-few'; answers: number; needed: number };

/** Whether a value is a score the survey takes: a whole number from 0 to 10. */
export function isNpsScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= NPS_LIMITS.score.min && value <= NPS_LIMITS.score.max;
}

/**
 * Which side of the NPS an answer is on.
 *
 * @example
 * npsCategory(9) //=> 'promoter'
 * npsCategory(7) //=> 'passive'
 * npsCategory(6) //=> 'detractor'
 */
export function npsCategory(score: number): NpsCategory {
  if (score >= NPS_RULES.promoterAtLeast) return 'promoter';
  if (score <= NPS_RULES.detractorAtMost) return 'detractor';
  return 'passive';
}

/**
 * The NPS of a quarter's scores, with the counts behind it.
 *
 * @example
 * npsOf([10, 9, 8, 3]) //=> { kind: 'score', nps: 25, answers: 4, promoters: 2, passives: 1, detractors: 1 }
 * npsOf([10, 9, 9, 7, 7, 7, 5, 4]) //=> { kind: 'score', nps: 13, … } (3 − 2 of 8 is 12.5 %, rounded away from zero)
 * npsOf([10, 2]) //=> { kind: 'too-few', answers: 2, needed: 3 }
 */
export function npsOf(scores: readonly number[]): NpsResult {
  const answers = scores.length;
  if (answers < NPS_RULES.minAnswers) return { kind: 'too-few', answers, needed: NPS_RULES.minAnswers };
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    const category = npsCategory(score);
    if (category === 'promoter') promoters++;
    else if (category === 'detractor') detractors++;
  }
  const exact = ((promoters - detractors) * 100) / answers;
  // Half away from zero, so +12.5 and −12.5 read 13 and −13 alike; never −0.
  const nps = Math.sign(exact) * Math.round(Math.abs(exact)) + 0;
  return { kind: 'score', nps, answers, promoters, passives: answers - promoters - detractors, detractors };
}

/**
 * An NPS as people write it: with its sign.
 *
 * @example
 * npsWords(40) //=> '+40'
 * npsWords(-10) //=> '−10'
 * npsWords(0) //=> '0'
 */
export function npsWords(nps: number): string {
  if (nps > 0) return `+${nps}`;
  if (nps < 0) return `−${-nps}`;
  return '0';
}
