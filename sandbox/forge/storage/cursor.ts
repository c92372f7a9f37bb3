/**
 * Opaque query cursors. A cursor holds the sort position of the last item
 * served (not an offset, so writes between pages neither repeat nor skip items)
 * and a fingerprint of the query it belongs to: handing it to another query is
 * refused instead of silently paging something else.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { badRequest } from './errors';
import type { Json } from './json';

const content = z.strictObject({ v: z.literal(1), q: z.string(), after: z.array(z.json()) });

const fingerprint = (scope: unknown) => createHash('sha256').update(JSON.stringify(scope)).digest('base64url').slice(0, 22);

export function encodeCursor(scope: unknown, after: Json[]): string {
  return Buffer.from(JSON.stringify({ v: 1, q: fingerprint(scope), after })).toString('base64url');
}

/** The position after which the next page starts. */
export function decodeCursor(cursor: string, scope: unknown): Json[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const decoded = content.safeParse(parsed);
  if (!decoded.success) throw badRequest('The cursor is not one this storage service issued.', 'INVALID_CURSOR');
  if (decoded.data.q !== fingerprint(scope)) throw badRequest('The cursor belongs to a different query (another entity, index, partition, condition, filter or sort).', 'INVALID_CURSOR');
  return decoded.data.after as Json[];
}

/**
 * One page of rows already in query order: those after the cursor's position
 * (by `compare`, the same order), at most `limit`, and a cursor only when more remain.
 */
export function paginate<T>(
  rows: readonly T[],
  options: { position: (row: T) => Json[]; compare: (a: Json[], b: Json[]) => number; cursor: string | undefined; scope: unknown; limit: number },
): { page: T[]; cursor?: string } {
  const { position, compare, cursor, scope, limit } = options;
  let start = 0;
  if (cursor !== undefined) {
    const after = decodeCursor(cursor, scope);
    start = rows.findIndex((row) => compare(position(row), after) > 0);
    if (start === -1) start = rows.length;
  }
  const page = rows.slice(start, start + limit);
  const last = page.at(-1);
  return start + limit < rows.length && last !== undefined ? { page, cursor: encodeCursor(scope, position(last)) } : { page };
}
