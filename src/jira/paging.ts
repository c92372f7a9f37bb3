/** Walking Jira's two paging styles. Both yield lazily so a caller can stop early. */

export interface TokenPage {
  nextPageToken?: string | null;
  isLast?: boolean;
}

/**
 * Cursor paging (`/rest/api/3/search/jql`, changelog bulkfetch): yields each page,
 * stops when there is no next token or the page says `isLast` (or a server repeats a token).
 */
export async function* pageByToken<P extends TokenPage>(fetchPage: (nextPageToken: string | undefined) => Promise<P>): AsyncGenerator<P> {
  let token: string | undefined;
  for (;;) {
    const page = await fetchPage(token);
    yield page;
    const next = typeof page?.nextPageToken === 'string' && page.nextPageToken !== '' ? page.nextPageToken : undefined;
    if (next === undefined || page.isLast === true || next === token) return;
    token = next;
  }
}

export interface StartAtPage {
  startAt?: number;
  maxResults?: number;
  total?: number;
  isLast?: boolean;
}

/**
 * Offset paging (Agile API, comments, users): yields the items under `itemsKey`.
 * Advances by the number of items actually returned (servers cap maxResults).
 * Stops on `isLast`, on an empty page, or when startAt reaches `total` — some
 * servers never send isLast. `from` skips that many items (what the caller already has).
 */
export async function* pageByStartAt<T, K extends string = 'values'>(
  fetchPage: (startAt: number) => Promise<StartAtPage & { [key in K]?: T[] }>,
  itemsKey: K = 'values' as K,
  from = 0,
): AsyncGenerator<T> {
  let startAt = from;
  for (;;) {
    const page = await fetchPage(startAt);
    const items = Array.isArray(page?.[itemsKey]) ? (page[itemsKey] as T[]) : [];
    yield* items;
    startAt += items.length;
    if (items.length === 0 || page.isLast === true) return;
    if (typeof page.total === 'number' && startAt >= page.total) return;
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Splits a list into consecutive batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
