import { isNpsScore, npsCategory, npsOf, npsWords } from '../../../../src/domain/nps/score';
import { isSharpDrop, npsTrend } from '../../../../src/domain/nps/trend';

describe('NPS arithmetic', () => {
  it('promoters are 9–10, passives 7–8, detractors 0–6', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('is % promoters − % detractors with its counts', () => {
    expect(npsOf([10, 9, 8, 3])).toEqual({ kind: 'score', nps: 25, answers: 4, promoters: 2, passives: 1, detractors: 1 });
    expect(npsOf([10, 10, 10])).toMatchObject({ nps: 100 });
    expect(npsOf([0, 1, 2])).toMatchObject({ nps: -100 });
    expect(npsOf([7, 8, 7])).toMatchObject({ nps: 0, passives: 3 });
  });

  it('rounds to a whole number, halves away from zero, never −0', () => {
    // 1 − 0 of 3: 33.3 %; 2 − 0 of 3: 66.7 %.
    expect(npsOf([9, 7, 7]).kind === 'score' && npsOf([9, 7, 7])).toMatchObject({ nps: 33 });
    expect(npsOf([9, 9, 7])).toMatchObject({ nps: 67 });
    // 3 − 2 of 8 = 12.5 → 13; 2 − 3 of 8 = −12.5 → −13.
    expect(npsOf([10, 9, 9, 7, 7, 7, 5, 4])).toMatchObject({ nps: 13 });
    expect(npsOf([10, 9, 7, 7, 7, 5, 4, 3])).toMatchObject({ nps: -13 });
    expect(Object.is((npsOf([9, 3, 8]) as { nps: number }).nps, 0)).toBe(true);
  });

  it('fewer than 3 answers is too few to judge, never a score', () => {
    expect(npsOf([])).toEqual({ kind: 'too-few', answers: 0, needed: 3 });
    expect(npsOf([10, 10])).toEqual({ kind: 'too-few', answers: 2, needed: 3 });
    expect(npsOf([10, 10, 10]).kind).toBe('score');
  });

  it('takes whole scores from 0 to 10 only', () => {
    expect([0, 10, 5].every(isNpsScore)).toBe(true);
    expect([-1, 11, 5.5, NaN, '5', null].some(isNpsScore)).toBe(false);
  });

  it('writes the NPS with its sign', () => {
    expect([40, -10, 0].map(npsWords)).toEqual(['+40', '−10', '0']);
  });
});

describe('the trend and the drop', () => {
  const scores = new Map([
    ['2026-Q1', [9, 9]],
    ['2026-Q2', [9, 9, 9]],
    ['2026-Q3', [9, 9, 8, 3]],
    ['2026-Q4', [9, 1, 2]],
  ]);

  it('gives each quarter its change from the calendar quarter before, when both are judged', () => {
    const trend = npsTrend(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'], scores);
    expect(trend.map((q) => [q.quarter, q.result.kind === 'score' ? q.result.nps : null, q.change])).toEqual([
      ['2026-Q1', null, null],
      // Q1 had too few: no change.
      ['2026-Q2', 100, null],
      ['2026-Q3', 25, -75],
      ['2026-Q4', -33, -58],
    ]);
  });

  it('compares across a year and with a quarter that is not shown', () => {
    const [q1] = npsTrend(['2027-Q1'], new Map([['2026-Q4', [10, 10, 10]], ['2027-Q1', [10, 10, 7]]]));
    expect(q1).toMatchObject({ change: -33 });
    expect(npsTrend(['2026-Q3'], scores)[0]!.change).toBe(-75);
  });

  it('a drop of 20 points or more is sharp', () => {
    expect([-20, -21, -19, 0, 20, null].map(isSharpDrop)).toEqual([true, true, false, false, false, false]);
  });
});
