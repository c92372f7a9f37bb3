/**
 * One field's values over time: each segment holds from `since` (epoch ms, inclusive) until the
 * next segment's `since`. The first segment's `since` is -Infinity: the value before any recorded change.
 */
export type FieldHistory<T> = readonly { since: number; value: T }[];

/**
 * The index of the segment in effect at `t`: the last one starting at or before it (the first when none does).
 * `from`: an index known to start at or before `t` (a segment found for an earlier instant), to scan on from.
 *
 * @example
 * segmentAt([{ since: -Infinity, value: 3 }, { since: 100, value: 5 }, { since: 200, value: 8 }], 150)
 * //=> 1
 */
export function segmentAt(history: FieldHistory<unknown>, t: number, from = 0): number {
  // Indexed loops here and below: these run for every issue in every sprint, often before the JIT has optimized them.
  let index = from;
  while (index + 1 < history.length && history[index + 1]!.since <= t) index++;
  return index;
}

/**
 * The value in effect at `t`: the one set by the last change at or before `t`.
 *
 * @example
 * valueAt([{ since: -Infinity, value: 3 }, { since: 100, value: 5 }], 100)
 * //=> 5
 */
export function valueAt<T>(history: FieldHistory<T>, t: number): T {
  return history[segmentAt(history, t)]!.value;
}

/**
 * Since when `holds` has been true without a break, looking back from `t`; null when it is false at `t`,
 * -Infinity when it has held since before any recorded change.
 *
 * @example
 * heldSince([{ since: -Infinity, value: 'To Do' }, { since: 100, value: 'Done' }, { since: 200, value: 'Done' }], 300, (s) => s === 'Done')
 * //=> 100
 */
export function heldSince<T>(history: FieldHistory<T>, t: number, holds: (value: T) => boolean): number | null {
  return heldSinceSegment(history, segmentAt(history, t), holds);
}

/** `heldSince` from the segment in effect (`segmentAt`), for a caller that has found it already. */
export function heldSinceSegment<T>(history: FieldHistory<T>, current: number, holds: (value: T) => boolean): number | null {
  if (!holds(history[current]!.value)) return null;
  let start = current;
  while (start > 0 && holds(history[start - 1]!.value)) start--;
  return history[start]!.since;
}
