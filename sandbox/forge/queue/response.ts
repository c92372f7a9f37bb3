/**
 * Turns a queue service answer into the WHATWG Response that @forge/events
 * reads (validators.js): JSON body, none for 204, and a status text because
 * the SDK puts `${status} ${statusText}` at the front of its error messages.
 */
import { STATUS_CODES } from 'node:http';
import type { QueueResult } from './types';

export function queueResponse(result: QueueResult): Response {
  const init = { status: result.status, statusText: STATUS_CODES[result.status] ?? '' };
  if (result.status === 204 || result.body === undefined) return new Response(null, init);
  return new Response(JSON.stringify(result.body), { ...init, headers: { 'content-type': 'application/json' } });
}
