import { parseJiraDate } from '../../../src/jira';

describe('parseJiraDate', () => {
  it.each([
    ['2026-11-02T10:15:30.000+0000', '2026-11-02T10:15:30.000Z'],
    ['2026-11-02T10:15:30.000+1000', '2026-11-02T00:15:30.000Z'],
    ['2015-04-11T15:22:00.000+10:00', '2015-04-11T05:22:00.000Z'],
    ['2026-10-30T17:00:00.000-0530', '2026-10-30T22:30:00.000Z'],
    ['2026-11-02T10:15:30Z', '2026-11-02T10:15:30.000Z'],
    ['2026-11-02T10:15:30.123456Z', '2026-11-02T10:15:30.123Z'],
    ['2026-11-02T10:15', '2026-11-02T10:15:00.000Z'],
    ['2026-11-02', '2026-11-02T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseJiraDate(input)).toBe(Date.parse(expected));
  });

  it('reads epoch milliseconds, numeric strings, and the spec example’s seconds', () => {
    expect(parseJiraDate(1278385482288)).toBe(1278385482288);
    expect(parseJiraDate('1278385482288')).toBe(1278385482288);
    expect(parseJiraDate(1492070429)).toBe(1492070429000);
    expect(parseJiraDate(' 1492070429 ')).toBe(1492070429000);
    expect(parseJiraDate(0)).toBe(0);
  });

  it.each([null, undefined, '', 'garbage', 'yesterday', '6/Jul/2010', '2026-13-01', '2026-02-30', '2023-02-29', '2026-11-02T25:00:00Z', NaN, Infinity, {}, [], true])(
    'returns null for %p',
    (input) => {
      expect(parseJiraDate(input)).toBeNull();
    },
  );
});
