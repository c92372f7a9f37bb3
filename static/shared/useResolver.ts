import { useEffect, useState } from 'react';
import type { ResolverError, ResolverKey } from '../../src/contract/resolvers';
import { callResolver, type ResultOf } from './resolverClient';

export type ResolverState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; error: ResolverError };

/** Calls one resolver when the component mounts; payloads are empty because the context names the issue or project. */
export function useResolver<K extends ResolverKey>(key: K): ResolverState<ResultOf<K>> {
  const [state, setState] = useState<ResolverState<ResultOf<K>>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void callResolver(key).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'loaded', data: result.data } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
