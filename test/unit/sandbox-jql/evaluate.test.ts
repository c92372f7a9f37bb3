import { compileJql } from '../../../sandbox/jira/jql/evaluate';
import { JqlError } from '../../../sandbox/jira/jql/errors';
import { parseJqlDate, dateFunction } from '../../../sandbox/jira/jql/dates';
import { textMatches } from '../../../sandbox/jira/jql/text';
import { readPath, type JqlContext } from '../../../sandbox/jira/jql/context';
import { Store } from '../../../sandbox/jira/store';
import { fixtureData, NOW, USERS } from '../../integration/sandbox/fixtures';

const data = fixtureData();
const store = new Store(data);
const ctx = (over: Partial<JqlContext> = {}): JqlContext => ({
  store,
  caller: { kind: 'app' },
  now: NOW,
  timeZone: 'UTC',
  aliases: new Map([['decisionstatus', { alias: 'decisionStatus', propertyKey: 'engagement-health-decisions', path: 'statuses', type: 'string' as const }]]),
  ...over,
});
const run = (jql: string, c = ctx()) => {
  const q = compileJql(jql, c);
  return q.sort(data.issues.filter(q.matches)).map((i) => i.key);
};

describe('compileJql', () => {
  it('evaluates precedence: a OR b AND c = a OR (b AND c)', () => {
    expect(run('key = ENG-1 OR labels = backend AND key = ENG-2')).toEqual(['ENG-2', 'ENG-1']);
    expect(run('(key = ENG-1 OR labels = backend) AND key = ENG-2')).toEqual(['ENG-2']);
  });

  it('sorts by key descending without ORDER BY, empties last ascending', () => {
    expect(run('sprint is EMPTY')).toEqual(['ENG-20', 'ENG-19']);
    const bySp = run('key <= ENG-8 ORDER BY "Story Points" ASC, key DESC');
    expect(bySp[bySp.length - 1]).toBe('ENG-7'); // ENG-7 has no story points
  });

  it('is case-insensitive for field names, keywords and values', () => {
    expect(run('STATUS = "in review" and Labels = BACKEND')).toEqual(run('status = "In Review" AND labels = backend'));
  });

  it('matches multi-valued property paths when any element matches', () => {
    expect(run('decisionStatus = OVERDUE')).toEqual(['ENG-2']);
    expect(run('decisionStatus != overdue')).toEqual([]); // no other issue has the property: != excludes empties
  });

  it('collects all validation errors', () => {
    try {
      compileJql('foo = 1 AND status = nope AND assignee = ghost', ctx());
      throw new Error('no error');
    } catch (e) {
      expect((e as JqlError).messages).toEqual([
        "Field 'foo' does not exist or you do not have permission to view it.",
        "The value 'nope' does not exist for the field 'status'.",
        "The value 'ghost' does not exist for the field 'assignee'.",
      ]);
    }
  });

  it('currentUser() is the calling user', () => {
    const alice = data.users.find((u) => u.accountId === USERS.alice)!;
    expect(run('assignee = currentUser() AND key <= ENG-4', ctx({ caller: { kind: 'user', user: alice } }))).toEqual(['ENG-4', 'ENG-1']);
  });

  it('marks bounded and ordered queries', () => {
    expect(compileJql('order by key', ctx())).toMatchObject({ bounded: false, ordered: true });
    expect(compileJql('project = ENG', ctx())).toMatchObject({ bounded: true, ordered: false });
  });
});

describe('JQL dates', () => {
  it('parses absolute dates in a time zone and relative periods against now', () => {
    expect(parseJqlDate('2026-01-05', NOW, 'UTC')).toBe(Date.parse('2026-01-05T00:00:00Z'));
    expect(parseJqlDate('2026/01/05 13:30', NOW, 'America/New_York')).toBe(Date.parse('2026-01-05T18:30:00Z'));
    expect(parseJqlDate('-48h', NOW, 'UTC')).toBe(NOW - 48 * 3_600_000);
    expect(parseJqlDate('-1w 2d', NOW, 'UTC')).toBe(NOW - 9 * 86_400_000);
    expect(parseJqlDate('3d', NOW, 'UTC')).toBe(NOW + 3 * 86_400_000);
    expect(parseJqlDate('2026-02-30', NOW, 'UTC')).toBeUndefined();
    expect(parseJqlDate('soon', NOW, 'UTC')).toBeUndefined();
  });

  it('date functions with increments', () => {
    expect(dateFunction('startOfDay', [], NOW, 'UTC')).toBe(Date.parse('2026-01-26T00:00:00Z'));
    expect(dateFunction('startOfDay', ['-1'], NOW, 'UTC')).toBe(Date.parse('2026-01-25T00:00:00Z'));
    expect(dateFunction('endOfMonth', [], NOW, 'UTC')).toBe(Date.parse('2026-01-31T23:59:59.999Z'));
    expect(dateFunction('startOfWeek', ['1w'], NOW, 'UTC')).toBe(Date.parse('2026-02-01T00:00:00Z'));
    expect(dateFunction('startOfDay', [], NOW, 'Asia/Tokyo')).toBe(Date.parse('2026-01-25T15:00:00Z')); // 21:00 in Tokyo
    expect(dateFunction('now', [], NOW, 'UTC')).toBe(NOW);
    expect(dateFunction('startOfDay', ['bogus'], NOW, 'UTC')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('textMatches requires every term; * is a word prefix', () => {
    expect(textMatches('Payment gateway timeout', 'gateway payment')).toBe(true);
    expect(textMatches('Payment gateway timeout', 'gateway refund')).toBe(false);
    expect(textMatches('Payment gateway timeout', 'time*')).toBe(true);
    expect(textMatches('Payment gateway timeout', 'way*')).toBe(false);
  });

  it('readPath flattens arrays along the path', () => {
    expect(readPath({ a: [{ b: 1 }, { b: [2, 3] }] }, 'a.b')).toEqual([1, 2, 3]);
    expect(readPath({ a: null }, 'a.b')).toEqual([]);
    expect(readPath(['x', 'y'], '')).toEqual(['x', 'y']);
  });
});
