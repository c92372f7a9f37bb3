import type { StorageResult } from './errors';

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 204: 'No Content', 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error', 503: 'Service Unavailable' };

/** The WHATWG Response `__forge_fetch__` returns for a storage answer: JSON, or no body for 204. */
export function storageResponse(result: StorageResult): Response {
  const statusText = STATUS_TEXT[result.status] ?? '';
  if (result.status === 204 || result.body === undefined) return new Response(null, { status: result.status, statusText });
  return new Response(JSON.stringify(result.body), { status: result.status, statusText, headers: { 'content-type': 'application/json' } });
}
