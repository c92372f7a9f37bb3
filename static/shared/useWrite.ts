import { useRef, useState } from 'react';
import type { ResolverError, ResolverKey } from '../../src/contract/resolvers';
import { callResolver, type PayloadOf, type ResultOf } from './resolverClient';

/**
 * One write to the backend from a form: busy while it runs, the error to show if refused.
 * Every submission carries an action id (the backend's idempotency key); trying again after a
 * failure sends the same id, so a first try that was in fact saved is not done a second time.
 * A success ends the action: the next submission is a new one.
 */
export function useWrite<K extends ResolverKey>(key: K) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const actionId = useRef<string | null>(null);
  const submit = async (payload: PayloadOf<K>, onOk: (data: ResultOf<K>) => void) => {
    setBusy(true);
    setError(null);
    actionId.current ??= crypto.randomUUID();
    const result = await callResolver(key, { ...payload, actionId: actionId.current });
    setBusy(false);
    if (result.ok) {
      actionId.current = null;
      onOk(result.data);
    } else setError(result.error);
  };
  /** A check the browser can make before asking the server, shown the same way. */
  const refuse = (fields: Record<string, string>) => setError({ code: 'invalid', message: 'Some fields need attention.', fields });
  return { busy, error, submit, refuse };
}
