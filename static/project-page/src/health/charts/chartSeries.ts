/** What the charts draw, from the snapshot's rows: value ranges, stacked segments, labels that fit. Pure. */
import type { DefectEscapeRowView, LeadTimeBucketView, ScopeRowView, VelocityRowView } from '../../../../../src/contract/resolvers';

function maxOf(values: readonly (number | null | undefined)[], floor: number): number {
  return values.reduce<number>((max, v) => (typeof v === 'number' && Number.isFinite(v) && v > max ? v : max), floor);
}

/**
 * The top of the velocity chart's value axis: the largest bar, average, band edge or live commitment.
 * @example velocityMax([{ committed: { value: 30 }, completed: { value: 34 }, band: { high: 36 } … }]) //=> 36
 */
export function velocityMax(rows: readonly VelocityRowView[]): number {
  return maxOf(
    rows.flatMap((r) => [r.committed.value, r.completed.value, r.rollingAverage, r.band?.high, r.liveCommitment?.points]),
    1,
  );
}

export type ScopePart = 'added' | 'reestimatedUp' | 'removed' | 'reestimatedDown';
export interface ScopeSegment {
  part: ScopePart;
  /** Points from the zero line: growth stacks up, shrinkage stacks down. */
  from: number;
  to: number;
}

/**
 * One sprint's scope change as a diverging stack: added then re-estimated up above zero, removed then
 * re-estimated down below it. Empty parts are left out.
 * @example scopeSegments({ added: { value: 8 }, reestimatedUp: { value: 2 }, removed: { value: 3 }, reestimatedDown: { value: 0 } … })
 *   //=> [{ part: 'added', from: 0, to: 8 }, { part: 'reestimatedUp', from: 8, to: 10 }, { part: 'removed', from: 0, to: -3 }]
 */
export function scopeSegments(row: ScopeRowView): ScopeSegment[] {
  const up = [
    ['added', row.added.value],
    ['reestimatedUp', row.reestimatedUp.value],
  ] as const;
  const down = [
    ['removed', row.removed.value],
    ['reestimatedDown', row.reestimatedDown.value],
  ] as const;
  const segments: ScopeSegment[] = [];
  let top = 0;
  for (const [part, value] of up) {
    if (value > 0) segments.push({ part, from: top, to: (top += value) });
  }
  let bottom = 0;
  for (const [part, value] of down) {
    if (value > 0) segments.push({ part, from: bottom, to: (bottom -= value) });
  }
  return segments;
}

/**
 * The scope chart's value range: every stack end, every net, and the threshold both ways; never empty.
 * @example scopeExtent([{ added: 8, removed: 3, net: 5 … }], 6) //=> [-6, 8]
 */
export function scopeExtent(rows: readonly ScopeRowView[], thresholdPoints: number | null): [number, number] {
  const ends = rows.flatMap((r) => [...scopeSegments(r).map((s) => s.to), r.netPoints]);
  const threshold = thresholdPoints ?? 0;
  const low = Math.min(0, -threshold, ...ends);
  const high = Math.max(0, threshold, ...ends);
  return low === high ? [0, 1] : [low, high];
}

/** The top of the lead time chart's axis, in days. */
export function leadTimeMax(months: readonly LeadTimeBucketView[]): number {
  return maxOf(
    months.flatMap((m) => [m.medianDays, m.p85Days]),
    1,
  );
}

/** The top of the defect escape chart's axis, a share (0.1 at least, so a few escaped bugs do not fill it). */
export function defectRateMax(rows: readonly DefectEscapeRowView[]): number {
  return maxOf(
    rows.map((r) => r.rate),
    0.1,
  );
}

/**
 * An axis label that fits its band (about 7 px a character at 12 px), cut with an ellipsis.
 * @example fitLabel('Storefront Sprint 12', 70) //=> 'Storefron…'
 */
export function fitLabel(label: string, widthPx: number): string {
  const chars = Math.max(3, Math.floor(widthPx / 7));
  return label.length <= chars ? label : `${label.slice(0, chars - 1)}…`;
}

/**
 * Axis labels for names that share their first words ("ENG Sprint 9", "ENG Sprint 10"): the shortest
 * tail that still tells them apart is tried last; the longest that fits the band wins, cut if none fits.
 * @example categoryLabels(['ENG Sprint 9', 'ENG Sprint 10'], 70) //=> ['Sprint 9', 'Sprint 10']
 * @example categoryLabels(['ENG Sprint 9', 'ENG Sprint 10'], 30) //=> ['9', '10']
 */
export function categoryLabels(names: readonly string[], widthPx: number): string[] {
  const words = names.map((name) => name.trim().split(/\s+/));
  const shortest = Math.min(...words.map((w) => w.length));
  let shared = 0;
  while (shared < shortest - 1 && words.every((w) => w[shared] === words[0]![shared])) shared += 1;
  const fits = (labels: string[]) => labels.every((label) => fitLabel(label, widthPx) === label);
  for (let drop = 0; drop <= shared; drop += 1) {
    const labels = words.map((w) => w.slice(drop).join(' '));
    if (fits(labels)) return labels;
  }
  return words.map((w) => fitLabel(w.slice(shared).join(' '), widthPx));
}

/**
 * The scope threshold line's label.
 * @example thresholdWords(12, 240, 'pts') //=> '5 % of budget (12 pts)'
 */
export function thresholdWords(thresholdPoints: number, budgetPoints: number | null, unit: string): string {
  const points = Number.isInteger(thresholdPoints) ? String(thresholdPoints) : thresholdPoints.toFixed(1);
  if (!budgetPoints) return `Threshold (${points} ${unit})`;
  const share = Math.round((thresholdPoints / budgetPoints) * 1000) / 10;
  return `${share} % of budget (${points} ${unit})`;
}
