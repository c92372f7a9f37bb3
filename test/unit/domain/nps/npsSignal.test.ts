import { npsFormula, npsSignal } from '../../../../src/domain/nps/npsSignal';
import { npsTrend } from '../../../../src/domain/nps/trend';

const tile = (scores: Record<string, number[]>, current = '2026-Q4') => {
  const map = new Map(Object.entries(scores));
  const [now] = npsTrend([current], map);
  const [before] = npsTrend(['2026-Q3'], map);
  return npsSignal(now!, before!);
};

describe('the Engagement NPS tile', () => {
  it('+30 or more is green', () => {
    expect(tile({ '2026-Q4': [10, 9, 9, 8, 3] })).toEqual({
      key: 'nps',
      title: 'Engagement NPS',
      level: 'green',
      reason: 'NPS +40 in Q4 2026 from 5 answers: 3 promoters, 1 passive, 1 detractor; at or above the +30 green threshold',
    });
    // Exactly on the threshold: 4 − 1 of 10 = 30.
    expect(tile({ '2026-Q4': [9, 9, 9, 9, 8, 8, 8, 8, 8, 3] }).level).toBe('green');
  });

  it('0 to 29 is amber, below 0 red', () => {
    expect(tile({ '2026-Q4': [9, 9, 8, 8, 8, 8, 8, 3, 8, 8] })).toMatchObject({ level: 'amber', reason: expect.stringContaining('NPS +10 in Q4 2026') });
    expect(tile({ '2026-Q4': [9, 3, 8] })).toMatchObject({ level: 'amber', reason: expect.stringMatching(/^NPS 0 .*below the \+30 green threshold$/) });
    expect(tile({ '2026-Q4': [9, 3, 2] })).toMatchObject({ level: 'red', reason: 'NPS −33 in Q4 2026 from 3 answers: 1 promoter, 0 passives, 2 detractors; below 0' });
  });

  it('names the change; a drop of 20 or more keeps a green score amber', () => {
    const dropped = tile({ '2026-Q3': [10, 10, 10], '2026-Q4': [10, 10, 9, 8, 9, 7] });
    expect(dropped).toMatchObject({ level: 'amber', reason: expect.stringContaining('down 33 points from the quarter before, a drop of 20 or more') });
    expect(tile({ '2026-Q3': [10, 10, 8], '2026-Q4': [10, 10, 10] }).reason).toContain('up 33 points from the quarter before');
    expect(tile({ '2026-Q3': [10, 10, 10], '2026-Q4': [10, 10, 9] }).reason).toContain('unchanged from the quarter before');
  });

  it('while the current quarter has too few, the quarter before is judged, and says so', () => {
    expect(tile({ '2026-Q3': [10, 9, 9, 8], '2026-Q4': [3] })).toEqual({
      key: 'nps',
      title: 'Engagement NPS',
      level: 'green',
      reason: 'NPS +75 in Q3 2026 from 4 answers: 3 promoters, 1 passive, 0 detractors; at or above the +30 green threshold; Q4 2026 has 1 answer, 3 needed to judge',
    });
  });

  it('no quarter with enough answers: not enough data, with the numbers', () => {
    expect(tile({ '2026-Q3': [10], '2026-Q4': [10, 2] })).toMatchObject({ level: 'not-enough-data', reason: 'Q4 2026 has 2 answers, 3 needed to judge; Q3 2026 had 1 answer' });
    expect(tile({})).toMatchObject({ level: 'not-enough-data', reason: 'Q4 2026 has no answers, 3 needed to judge; Q3 2026 had no answers' });
  });

  it('says how it is computed, with the thresholds', () => {
    expect(npsFormula()).toBe(
      'NPS = % promoters (9–10) − % detractors (0–6) of a quarter’s answers, rounded to a whole number; fewer than 3 answers are too few to judge; +30 or more is green, 0 or more amber, below 0 red, and a drop of 20 points or more from the quarter before is at most amber',
    );
  });
});
