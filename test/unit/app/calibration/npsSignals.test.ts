import { npsSignalOf } from '../../../../src/app/calibration/signals';

describe('npsSignalOf (the survey side’s items as calibration signals)', () => {
  it('keeps the id and the comment, names the quarter, never the person', () => {
    expect(npsSignalOf({ id: 'nps-detractor:2026-Q4:5f0c', kind: 'detractor', quarter: '2026-Q4', quote: 'Demos keep slipping.', at: 7, summary: 'A detractor answer (4 of 10) in Q4 2026' })).toEqual({
      id: 'nps-detractor:2026-Q4:5f0c',
      kind: 'detractor',
      at: 7,
      reason: 'a detractor answer in Q4 2026',
      words: 'A detractor answer (4 of 10) in Q4 2026.',
      quote: 'Demos keep slipping.',
      issueKey: null,
    });
    expect(npsSignalOf({ id: 'nps-drop:2026-Q4', kind: 'nps-drop', quarter: '2026-Q4', quote: null, at: 9, summary: 'NPS fell 30 points.' })).toMatchObject({ reason: 'an NPS drop in Q4 2026', words: 'NPS fell 30 points.', quote: null });
  });
});
