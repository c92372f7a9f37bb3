import type { SideEffect } from './types';

/**
 * The effects not yet done, in the order they were asked for.
 * @example pendingEffects([{ id: 'a', … }, { id: 'b', … }], new Set(['a'])) //=> [{ id: 'b', … }]
 */
export function pendingEffects(effects: readonly SideEffect[], done: ReadonlySet<string>): SideEffect[] {
  return effects.filter((effect) => !done.has(effect.id));
}

/**
 * A stable effect id from what owns it and its place there, safe as a KVS key.
 * @example effectId('acceptance', '10042', 'r2', 'comment') //=> 'acceptance:10042:r2:comment'
 */
export function effectId(...parts: readonly (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9._-]/g, '_')).join(':');
}
