/**
 * One field's values over time: each segment holds from `since` (epoch ms, inclusive) until the
 * next segment's `since`. The first segment's `since` is -Infinity: the value before any recorded change.
 */
export type FieldHistory<T> = readonly { since: number; value: T }[];

/**
 * The value in effect at `t`: the one set by the last change at or before `t`.
 *
 * @example
 * valueAt([{ since: -Infinity, value: 3 }, { since: 100, value: 5 }], 100)
 * //=> 5
 */
export function valueAt<T>(history: FieldHistory<T>, t: number): T {
  let found = history[0]!.value;
  for (const segment of history) {
    if (segment.since > t) break;
    found = segment.value;
  }
  return found;
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
  let current = -1;
  for (let i = 0; i < history.length && history[i]!.since <= t; i++) current = i;
  if (current < 0) current = 0;
  if (!holds(history[current]!.value)) return null;
  let start = current;
  while (start > 0 && holds(history[start - 1]!.value)) start--;
  return history[start]!.since;
}
