/**
 * The p-th percentile by nearest rank: the smallest value with at least p % of the values at or below
 * it (rank ⌈p/100 × n⌉ of the sorted values). Chosen because the result is always one of the values, an
 * issue the reader can open, not an interpolation between two. Null for no values; p is clamped to (0, 100].
 *
 * @example
 * percentileNearestRank([15, 20, 35, 40, 50], 85)
 * //=> 50
 */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // p × n first: 0.85 × 100 is 85.00000000000001 in floating point, 85 × 100 ÷ 100 is 85.
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) * sorted.length) / 100);
  return sorted[Math.max(1, rank) - 1]!;
}
