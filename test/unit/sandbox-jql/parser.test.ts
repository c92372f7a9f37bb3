import { parseJql } from '../../../sandbox/jira/jql/parser';
import { tokenize } from '../../../sandbox/jira/jql/lexer';
import { JqlError } from '../../../sandbox/jira/jql/errors';

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof JqlError) return e.messages[0]!;
    throw e;
  }
  throw new Error('expected a JqlError');
};

describe('tokenize', () => {
  it('splits words, quoted strings, operators and punctuation with positions', () => {
    expect(tokenize('status!="In Progress" AND cf[10016]>=3').map((t) => [t.type, t.value, t.pos])).toEqual([
      ['word', 'status', 0],
      ['op', '!=', 6],
      ['string', 'In Progress', 8],
      ['word', 'AND', 22],
      ['word', 'cf[10016]', 26],
      ['op', '>=', 35],
      ['word', '3', 37],
      ['eof', 'EOF', 38],
    ]);
  });

  it('unescapes strings and maps && || ! to keywords', () => {
    expect(tokenize(`summary ~ 'it\\'s' && !x = "a\\u0041"`).map((t) => t.value)).toEqual(['summary', '~', "it's", 'AND', 'NOT', 'x', '=', 'aA', 'EOF']);
  });

  it('rejects reserved characters outside quotes and unterminated strings', () => {
    expect(messageOf(() => tokenize('labels = a%b'))).toBe(
      "Error in the JQL Query: The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 11)",
    );
    expect(messageOf(() => tokenize('summary ~ "open'))).toBe("Error in the JQL Query: The quoted string 'open' has not been completed. (line 1, character 11)");
  });
});

describe('parseJql', () => {
  it('gives AND precedence over OR and honours parentheses and NOT', () => {
    const q = parseJql('a = 1 OR b = 2 AND NOT (c = 3 OR d = 4)');
    expect(q.where).toEqual({
      kind: 'or',
      items: [
        { kind: 'clause', field: 'a', fieldPos: 0, op: '=', operand: { kind: 'value', value: '1', quoted: false, pos: 4 } },
        {
          kind: 'and',
          items: [
            { kind: 'clause', field: 'b', fieldPos: 9, op: '=', operand: { kind: 'value', value: '2', quoted: false, pos: 13 } },
            {
              kind: 'not',
              item: {
                kind: 'or',
                items: [
                  { kind: 'clause', field: 'c', fieldPos: 24, op: '=', operand: { kind: 'value', value: '3', quoted: false, pos: 28 } },
                  { kind: 'clause', field: 'd', fieldPos: 33, op: '=', operand: { kind: 'value', value: '4', quoted: false, pos: 37 } },
                ],
              },
            },
          ],
        },
      ],
    });
  });

  it('parses every operator form, lists, functions and EMPTY/NULL', () => {
    const ops = (jql: string) => (parseJql(jql).where as { op: string }).op;
    expect(ops('a in (1, "two", f())')).toBe('in');
    expect(ops('a NOT IN (1)')).toBe('not in');
    expect(ops('a is EMPTY')).toBe('is');
    expect(ops('a IS NOT null')).toBe('is not');
    for (const op of ['=', '!=', '<', '>', '<=', '>=', '~', '!~']) expect(ops(`a ${op} 1`)).toBe(op);
    const list = parseJql('sprint in (openSprints(), 5, EMPTY)').where as { operand: unknown };
    expect(list.operand).toEqual({
      kind: 'list',
      pos: 10,
      items: [
        { kind: 'function', name: 'openSprints', args: [], pos: 11 },
        { kind: 'value', value: '5', quoted: false, pos: 26 },
        { kind: 'empty', pos: 29 },
      ],
    });
    const fn = parseJql('created > startOfDay("-1d", x)').where as { operand: unknown };
    expect(fn.operand).toEqual({ kind: 'function', name: 'startOfDay', args: ['-1d', 'x'], pos: 10 });
  });

  it('parses quoted field names and ORDER BY with several fields', () => {
    const q = parseJql('"Story Points" > 3 order by "Story Points" desc, key ASC, created');
    expect((q.where as { field: string }).field).toBe('Story Points');
    expect(q.orderBy).toEqual([
      { field: 'Story Points', direction: 'desc', pos: 28 },
      { field: 'key', direction: 'asc', pos: 49 },
      { field: 'created', pos: 58 },
    ]);
    expect(parseJql('ORDER BY key').where).toBeUndefined();
    expect(parseJql('').where).toBeUndefined();
  });

  it('reports syntax errors like Jira, with line and character', () => {
    expect(messageOf(() => parseJql('status = '))).toBe("Error in the JQL Query: Expecting either a value, list or function but got 'EOF'. (line 1, character 10)");
    expect(messageOf(() => parseJql('status Done'))).toMatch(/^Error in the JQL Query: Expecting operator but got 'Done'\. The valid operators are/);
    expect(messageOf(() => parseJql('a = 1 b = 2'))).toBe("Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'b'. (line 1, character 7)");
    expect(messageOf(() => parseJql('a in 1'))).toMatch(/Expecting '\(' but got '1'/);
    expect(messageOf(() => parseJql('(a = 1'))).toMatch(/Expecting '\)' but got 'EOF'/);
    expect(messageOf(() => parseJql('a = 1 AND\n = 2'))).toMatch(/\(line 2, character 2\)$/);
    expect(messageOf(() => parseJql('a = and'))).toMatch(/You must surround 'and' in quotation marks/);
    expect(messageOf(() => parseJql('a = (1, 2'))).toMatch(/Expecting ',' or '\)' but got 'EOF'/);
  });
});
