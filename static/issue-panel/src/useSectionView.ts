import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverKey } from '../../../src/contract/resolvers';
import { callResolver, type ResultOf } from '../../shared/resolverClient';
import type { ReloadableState } from '../../shared/useReloadable';

/**
 * A section's view that starts from its part of the panel's first answer (`issue/panel`) and
 * reloads from its own resolver after a write or a periodic refresh; like useReloadable, a reload
 * keeps showing the last answer until the new one arrives, and only the latest reload is shown.
 */
export function useSectionView<K extends ResolverKey>(key: K, initial: ResultOf<K>, receivedAt: number): { state: ReloadableState<ResultOf<K>>; reload: () => void } {
  const [state, setState] = useState<ReloadableState<ResultOf<K>>>({ status: 'loaded', data: initial, receivedAt });
  const latest = useRef(0);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const reload = useCallback(() => {
    const mine = ++latest.current;
    void callResolver(key).then((result) => {
      if (!mounted.current || mine !== latest.current) return;
      setState(result.ok ? { status: 'loaded', data: result.data, receivedAt: Date.now() } : { status: 'failed', error: result.error });
    });
  }, [key]);
  return { state, reload };
}
