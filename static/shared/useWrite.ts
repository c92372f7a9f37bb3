import { useState } from 'react';
import type { ResolverError, ResolverKey } from '../../src/contract/resolvers';
import { callResolver, type PayloadOf, type ResultOf } from './resolverClient';

/** One write to the backend from a form: busy while it runs, the error to show if refused. */
export function useWrite<K extends ResolverKey>(key: K) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const submit = async (payload: PayloadOf<K>, onOk: (data: ResultOf<K>) => void) => {
    setBusy(true);
    setError(null);
    const result = await callResolver(key, payload);
    setBusy(false);
    if (result.ok) onOk(result.data);
    else setError(result.error);
  };
  /** A check the browser can make before asking the server, shown the same way. */
  const refuse = (fields: Record<string, string>) => setError({ code: 'invalid', message: 'Some fields need attention.', fields });
  return { busy, error, submit, refuse };
}
