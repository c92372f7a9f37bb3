/**
 * The one typed door from a Custom UI app to the backend: every call goes through
 * `callResolver`, which always settles to the contract's ResolverResult shape
 * (a rejected bridge call becomes {ok:false} instead of an exception in a component).
 */
import { invoke } from '@forge/bridge';
import type { ResolverContract, ResolverKey, ResolverResult } from '../../src/contract/resolvers';

export type ResultOf<K extends ResolverKey> = ResolverContract[K]['result'];
export type PayloadOf<K extends ResolverKey> = ResolverContract[K]['payload'];

function isResolverResult(value: unknown): value is ResolverResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const ok = (value as { ok: unknown }).ok;
  if (ok === true) return 'data' in value;
  if (ok !== false || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

export async function callResolver<K extends ResolverKey>(
  key: K,
  payload: PayloadOf<K> = {} as PayloadOf<K>,
): Promise<ResolverResult<ResultOf<K>>> {
  let answer: unknown;
  try {
    answer = await invoke<ResolverResult<ResultOf<K>>>(key, payload);
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    return { ok: false, error: { code: 'unavailable', message: `The app could not reach its backend (${detail}).` } };
  }
  if (!isResolverResult(answer)) {
    return { ok: false, error: { code: 'internal', message: 'The app answered in a shape this page does not understand.' } };
  }
  return answer as ResolverResult<ResultOf<K>>;
}
