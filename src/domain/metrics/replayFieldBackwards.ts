import type { FieldHistory } from './fieldHistory';

/** One recorded change of a field, its values still raw. */
export interface RawFieldChange {
  at: number;
  from: string | number | null;
  to: string | number | null;
}

/**
 * A field's history replayed backwards from its current value: each change, newest first, tells the
 * value before it by its `from`. `changes` must be oldest first. When the current value is unknown
 * (undefined), the newest change's `to` stands in for it.
 *
 * @example
 * replayFieldBackwards(5, [{ at: 100, from: null, to: '3' }, { at: 200, from: '3', to: '5' }], parseEstimate)
 * //=> [{ since: -Infinity, value: null }, { since: 100, value: 3 }, { since: 200, value: 5 }]
 */
export function replayFieldBackwards<T>(
  current: T | undefined,
  changes: readonly RawFieldChange[],
  parse: (raw: string | number | null) => T,
): FieldHistory<T> {
  const newest = changes[changes.length - 1];
  let value: T = current !== undefined ? current : parse(newest ? newest.to : null);
  const newestFirst: { since: number; value: T }[] = [];
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    newestFirst.push({ since: change.at, value });
    value = parse(change.from);
  }
  newestFirst.push({ since: -Infinity, value });
  return newestFirst.reverse();
}
