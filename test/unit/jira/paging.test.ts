import { chunk, collect, pageByStartAt, pageByToken } from '../../../src/jira/paging';

describe('pageByToken', () => {
  it('follows nextPageToken until there is none', async () => {
    const tokens: (string | undefined)[] = [];
    const pages: Record<string, { items: number[]; nextPageToken?: string }> = {
      first: { items: [1, 2], nextPageToken: 'b' },
      b: { items: [3], nextPageToken: 'c' },
      c: { items: [4] },
    };
    const got = await collect(
      pageByToken(async (token) => {
        tokens.push(token);
        return pages[token ?? 'first']!;
      }),
    );
    expect(got.flatMap((p) => p.items)).toEqual([1, 2, 3, 4]);
    expect(tokens).toEqual([undefined, 'b', 'c']);
  });

  it('stops on isLast even if a token is present, and on a repeated token', async () => {
    let calls = 0;
    await collect(pageByToken(async () => (calls++, { isLast: true, nextPageToken: 'x' })));
    expect(calls).toBe(1);
    calls = 0;
    await collect(pageByToken(async () => (calls++, { nextPageToken: 'same' })));
    expect(calls).toBe(2);
  });
});

describe('pageByStartAt', () => {
  const items = Array.from({ length: 7 }, (_, i) => i);

  it('advances by what the server returned and stops on isLast', async () => {
    const starts: number[] = [];
    const got = await collect(
      pageByStartAt<number>(async (startAt) => {
        starts.push(startAt);
        const values = items.slice(startAt, startAt + 3); // server caps at 3 whatever was asked
        return { startAt, maxResults: 3, values, isLast: startAt + values.length >= items.length };
      }),
    );
    expect(got).toEqual(items);
    expect(starts).toEqual([0, 3, 6]);
  });

  it('stops on startAt ≥ total when the server sends no isLast', async () => {
    const starts: number[] = [];
    const got = await collect(
      pageByStartAt<number, 'issues'>(async (startAt) => {
        starts.push(startAt);
        return { startAt, total: items.length, issues: items.slice(startAt, startAt + 4) };
      }, 'issues'),
    );
    expect(got).toEqual(items);
    expect(starts).toEqual([0, 4]);
  });

  it('stops on an empty page when the server sends neither isLast nor total', async () => {
    const starts: number[] = [];
    const got = await collect(
      pageByStartAt<number>(async (startAt) => {
        starts.push(startAt);
        return { values: items.slice(startAt, startAt + 5) };
      }),
    );
    expect(got).toEqual(items);
    expect(starts).toEqual([0, 5, 7]);
  });

  it('stops when the page has no items array at all', async () => {
    const got = await collect(pageByStartAt<number>(async () => ({ isLast: false })));
    expect(got).toEqual([]);
  });
});

it('chunk splits into batches of at most n', () => {
  expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  expect(chunk([], 2)).toEqual([]);
});
