import { useCallback, useEffect, useState } from 'react';
import type { ResolverError, ResolverKey } from '../../src/contract/resolvers';
import { callResolver, type ResultOf } from './resolverClient';

export type ReloadableState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T; receivedAt: number }
  | { status: 'failed'; error: ResolverError };

/**
 * Like useResolver, plus `reload()`: a reload keeps showing the last answer until
 * the new one arrives (no spinner flash after a write or a periodic refresh).
 */
export function useReloadable<K extends ResolverKey>(key: K): { state: ReloadableState<ResultOf<K>>; reload: () => void } {
  const [state, setState] = useState<ReloadableState<ResultOf<K>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void callResolver(key).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'loaded', data: result.data, receivedAt: Date.now() } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
