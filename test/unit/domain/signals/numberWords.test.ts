import { count, points, rate } from '../../../../src/domain/signals/signal';

/** The words a reason writes for a number are Intl's en-US words, though the common range is written without Intl. */
it('numbers read exactly as Intl en-US writes them, rounded to each kind’s decimals', () => {
  const intl = [0, 1, 2].map((d) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }));
  const round = (n: number, d: number) => (Math.sign(n) * Math.round(Math.abs(n) * 10 ** d)) / 10 ** d + 0;
  const kinds = [count, points, rate];
  const values = [0, -0, 0.5, 1.5, 2.5, -0.5, 0.005, 0.015, 0.045, 1.005, 2.675, 999.995, 999_999.995, 1e9 - 0.001, 1e9, 1e12, 1e21, Infinity, -Infinity, 1 / 3, 0.1 + 0.2, 123_456_789.987];
  for (let i = -3000; i <= 3000; i++) values.push(i / 7, i * 13.37, i / 1000);
  // One expectation over all of them (jest's expect per value made this a 9 s test); each mismatch is listed.
  const wrong: string[] = [];
  for (const value of values) {
    kinds.forEach((kind, d) => {
      const want = intl[d]!.format(round(value, d));
      const got = kind.words(value);
      if (got !== want) wrong.push(`${value} (${d} decimals): ${got}, Intl ${want}`);
    });
  }
  expect(values.length).toBeGreaterThan(18_000);
  expect(wrong).toEqual([]);
});
