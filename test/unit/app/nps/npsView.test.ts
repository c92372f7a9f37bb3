import type { StoredNpsAnswer } from '../../../../src/app/nps/npsRecords';
import { npsViewOf } from '../../../../src/app/nps/npsView';
import { surveyWindowAt } from '../../../../src/domain/nps/surveyWindow';

const NY = 'America/New_York';
const a = (quarter: string, accountId: string, score: number, comment: string | null = null): StoredNpsAnswer => ({ quarter, accountId, answer: { score, comment, at: 0 } });

describe('the NPS view: numbers and comments, never names', () => {
  const window = surveyWindowAt(Date.UTC(2026, 9, 5, 15), NY, { windowDays: 14 });

  it('shows the quarters from the first answered one to the current, with counts, rates and changes', () => {
    const { view, signal } = npsViewOf({
      answers: [a('2026-Q2', 'p1', 9, 'zebra crossing'), a('2026-Q2', 'p2', 9, 'Apples'), a('2026-Q2', 'p3', 8), a('2026-Q4', 'p1', 10, 'Alone')],
      audiences: new Map([['2026-Q2', 4]]),
      liveAudience: 5,
      window,
      windowDays: 14,
    });
    expect(view.quarters.map((q) => [q.quarter, q.answers, q.audience, q.result.kind, q.open])).toEqual([
      ['2026-Q2', 3, 4, 'score', false],
      ['2026-Q3', 0, null, 'too-few', false],
      ['2026-Q4', 1, 5, 'too-few', true],
    ]);
    expect(view.quarters[0]).toMatchObject({ responseRate: 0.75, result: { kind: 'score', nps: 67, promoters: 2, passives: 1, detractors: 0 }, comments: ['Apples', 'zebra crossing'] });
    // Too few answered: a lone answer's comment is not shown.
    expect(view.quarters[2]).toMatchObject({ responseRate: 0.2, result: { kind: 'too-few', needed: 3 }, comments: [] });
    expect(view.survey).toMatchObject({ quarter: '2026-Q4', open: true, lastDay: '2026-10-14', timeZone: NY, windowDays: 14 });
    expect(signal).toMatchObject({ key: 'nps', level: 'not-enough-data', ref: null });
    expect(JSON.stringify(view)).not.toMatch(/"p[123]"/);
  });

  it('nothing answered: only the current quarter', () => {
    const { view } = npsViewOf({ answers: [], audiences: new Map(), liveAudience: null, window, windowDays: 14 });
    expect(view.quarters).toEqual([{ quarter: '2026-Q4', label: 'Q4 2026', open: true, answers: 0, audience: null, responseRate: null, result: { kind: 'too-few', needed: 3 }, change: null, comments: [] }]);
  });

  it('shows at most six quarters', () => {
    const answers = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((q) => a(q, 'p1', 9));
    const { view } = npsViewOf({ answers, audiences: new Map(), liveAudience: null, window, windowDays: 14 });
    expect(view.quarters.map((q) => q.quarter)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(view.quarters[0]!.quarter).toBe('2025-Q3');
    expect(view.quarters).toHaveLength(6);
  });
});
