/** What the health charts draw and what the velocity table says about the two commitments. */
import { categoryLabels, defectRateMax, fitLabel, leadTimeMax, scopeExtent, scopeSegments, thresholdWords, velocityMax } from '../../../static/project-page/src/health/charts/chartSeries';
import { anyCommitmentDiffers, differingLiveCommitment, liveCommitmentWords } from '../../../static/project-page/src/health/tables/commitment';
import { counted, scopeRow, velocityRow } from './healthFixtures';

describe('velocity', () => {
  test('the axis reaches the largest bar, average, band edge or live commitment', () => {
    expect(velocityMax([velocityRow()])).toBe(30);
    expect(velocityMax([velocityRow({ band: { average: 30, low: 25.5, high: 34.5 } })])).toBe(34.5);
    expect(velocityMax([velocityRow({ liveCommitment: { points: 41, recordedAt: '2026-10-01T10:00:00Z' } })])).toBe(41);
    expect(velocityMax([])).toBe(1);
  });
  test('a live commitment is shown only where it differs from the replayed one', () => {
    const same = velocityRow({ liveCommitment: { points: 30, recordedAt: '2026-10-01T10:00:00Z' } });
    const other = velocityRow({ sprintId: 2, liveCommitment: { points: 34, recordedAt: '2026-10-01T10:00:00Z' } });
    expect(differingLiveCommitment(same)).toBeNull();
    expect(differingLiveCommitment(other)?.points).toBe(34);
    expect(anyCommitmentDiffers([same])).toBe(false);
    expect(anyCommitmentDiffers([same, other])).toBe(true);
    expect(liveCommitmentWords({ points: 34, recordedAt: '2026-10-01T10:00:00Z' })).toMatch(/^Recorded live: 34 \(.*2026\)$/);
  });
});

describe('scope change', () => {
  test('growth stacks up from zero, shrinkage down; empty parts are left out', () => {
    const row = scopeRow({ added: counted(8), reestimatedUp: counted(2), removed: counted(3), netPoints: 7 });
    expect(scopeSegments(row)).toEqual([
      { part: 'added', from: 0, to: 8 },
      { part: 'reestimatedUp', from: 8, to: 10 },
      { part: 'removed', from: 0, to: -3 },
    ]);
    expect(scopeSegments(scopeRow({ removed: counted(3), reestimatedDown: counted(1.5) }))).toEqual([
      { part: 'removed', from: 0, to: -3 },
      { part: 'reestimatedDown', from: -3, to: -4.5 },
    ]);
  });
  test('the range holds every stack, every net and the threshold both ways', () => {
    expect(scopeExtent([scopeRow({ added: counted(8), removed: counted(3), netPoints: 5 })], 6)).toEqual([-6, 8]);
    expect(scopeExtent([scopeRow({ removed: counted(9), netPoints: -9 })], null)).toEqual([-9, 0]);
    expect(scopeExtent([scopeRow()], null)).toEqual([0, 1]);
  });
  test('the threshold line says its share of the budget', () => {
    expect(thresholdWords(12, 240, 'pts')).toBe('5 % of budget (12 pts)');
    expect(thresholdWords(12.5, 250, 'pts')).toBe('5 % of budget (12.5 pts)');
    expect(thresholdWords(6, null, 'pts')).toBe('Threshold (6 pts)');
  });
});

describe('lead time, defect escape, labels', () => {
  test('axes start from a floor so an empty chart still has one', () => {
    expect(leadTimeMax([])).toBe(1);
    expect(leadTimeMax([{ key: '2026-10', label: 'Oct 2026', count: 4, medianDays: 3, p85Days: 9.5, ref: 'r' }])).toBe(9.5);
    expect(defectRateMax([])).toBe(0.1);
    expect(defectRateMax([{ versionId: '1', name: 'v1', releaseDate: null, escaped: counted(3), features: counted(10), rate: 0.3 }])).toBe(0.3);
  });
  test('names that share their first words drop them until they fit, keeping what tells them apart', () => {
    expect(categoryLabels(['ENG Sprint 9', 'ENG Sprint 10'], 100)).toEqual(['ENG Sprint 9', 'ENG Sprint 10']);
    expect(categoryLabels(['ENG Sprint 9', 'ENG Sprint 10'], 70)).toEqual(['Sprint 9', 'Sprint 10']);
    expect(categoryLabels(['ENG Sprint 9', 'ENG Sprint 10'], 30)).toEqual(['9', '10']);
    expect(categoryLabels(['July 2026', 'August 2026'], 80)).toEqual(['July 2026', 'August 2026']);
    expect(categoryLabels(['Checkout', 'Checkout 2'], 200)).toEqual(['Checkout', 'Checkout 2']);
    expect(categoryLabels(['Storefront Sprint 12'], 35)).toEqual(['12']);
    expect(categoryLabels(['Release candidate', 'Release final'], 30)).toEqual(['can…', 'fin…']);
  });
  test('a category label is cut to its band', () => {
    expect(fitLabel('Sprint 4', 80)).toBe('Sprint 4');
    expect(fitLabel('Storefront Sprint 12', 70)).toBe('Storefron…');
    expect(fitLabel('Storefront Sprint 12', 5)).toBe('St…');
  });
});
