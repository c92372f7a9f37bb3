/**
 * Recursive-descent JQL parser (hand-written: no maintained JQL library exists on npm).
 * Grammar: query := [orClause] [ORDER BY field [ASC|DESC] {, field [ASC|DESC]}]
 *          orClause := andClause {OR andClause}; andClause := notClause {AND notClause}
 *          notClause := NOT notClause | '(' orClause ')' | field operator operand
 */
import type { Node, Operand, Operator, OrderBy, Query } from './ast';
import { syntaxError } from './errors';
import { type Token, tokenize } from './lexer';

const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const RESERVED_WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc', 'was', 'changed']);

export function parseJql(text: string): Query {
  return new Parser(text).parse();
}

class Parser {
  private readonly tokens: Token[];
  private i = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.i++;
    return t;
  }

  private isWord(t: Token, word: string): boolean {
    return t.type === 'word' && t.value.toLowerCase() === word;
  }

  private fail(t: Token, message: string): never {
    throw syntaxError(this.text, t.pos, message);
  }

  private shown(t: Token): string {
    return t.type === 'eof' ? 'EOF' : t.value;
  }

  parse(): Query {
    let where: Node | undefined;
    if (this.peek().type !== 'eof' && !this.isOrderBy()) where = this.orClause();
    const orderBy = this.isOrderBy() ? this.orderBy() : [];
    const t = this.peek();
    if (t.type !== 'eof') this.fail(t, `Expecting either 'OR' or 'AND' but got '${this.shown(t)}'.`);
    return { where, orderBy };
  }

  private isOrderBy(): boolean {
    return this.isWord(this.peek(), 'order') && this.isWord(this.peek(1), 'by');
  }

  private orderBy(): OrderBy[] {
    this.next();
    this.next();
    const out: OrderBy[] = [];
    for (;;) {
      const t = this.next();
      if (t.type !== 'word' && t.type !== 'string') this.fail(t, `Expecting a field name but got '${this.shown(t)}'.`);
      const entry: OrderBy = { field: t.value, pos: t.pos };
      if (this.isWord(this.peek(), 'asc') || this.isWord(this.peek(), 'desc')) {
        entry.direction = this.next().value.toLowerCase() as 'asc' | 'desc';
      }
      out.push(entry);
      if (this.peek().type !== 'comma') break;
      this.next();
    }
    return out;
  }

  private orClause(): Node {
    const items = [this.andClause()];
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      items.push(this.andClause());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private andClause(): Node {
    const items = [this.notClause()];
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      items.push(this.notClause());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private notClause(): Node {
    const t = this.peek();
    if (this.isWord(t, 'not')) {
      this.next();
      return { kind: 'not', item: this.notClause() };
    }
    if (t.type === 'lparen') {
      this.next();
      const inner = this.orClause();
      const close = this.next();
      if (close.type !== 'rparen') this.fail(close, `Expecting ')' but got '${this.shown(close)}'.`);
      return inner;
    }
    return this.clause();
  }

  private clause(): Node {
    const f = this.next();
    if ((f.type !== 'word' && f.type !== 'string') || (f.type === 'word' && RESERVED_WORDS.has(f.value.toLowerCase()))) {
      if (f.type === 'eof') this.fail(f, 'Expecting a field name at the end of the query.');
      this.fail(f, `Expecting a field name but got '${this.shown(f)}'. You must surround '${this.shown(f)}' in quotation marks to use it as a field name.`);
    }
    const op = this.operator();
    const operand = this.operand(op);
    return { kind: 'clause', field: f.value, fieldPos: f.pos, op, operand };
  }

  private operator(): Operator {
    const t = this.next();
    if (t.type === 'op') return t.value as Operator;
    if (this.isWord(t, 'in')) return 'in';
    if (this.isWord(t, 'not') && this.isWord(this.peek(), 'in')) {
      this.next();
      return 'not in';
    }
    if (this.isWord(t, 'is')) {
      if (this.isWord(this.peek(), 'not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    if (this.isWord(t, 'was') || this.isWord(t, 'changed')) this.fail(t, `The operator '${t.value.toUpperCase()}' is not supported by this sandbox.`);
    return this.fail(t, `Expecting operator but got '${this.shown(t)}'. ${VALID_OPERATORS}`);
  }

  private operand(op: Operator): Operand {
    const t = this.peek();
    if (t.type === 'lparen') {
      this.next();
      const items: Operand[] = [];
      if (this.peek().type === 'rparen') this.fail(this.peek(), `Expecting either a value or function but got ')'.`);
      for (;;) {
        items.push(this.single());
        const sep = this.next();
        if (sep.type === 'rparen') break;
        if (sep.type !== 'comma') this.fail(sep, `Expecting ',' or ')' but got '${this.shown(sep)}'.`);
      }
      return { kind: 'list', items, pos: t.pos };
    }
    if ((op === 'in' || op === 'not in') && !(t.type === 'word' && this.peek(1).type === 'lparen')) {
      this.fail(t, `Expecting '(' but got '${this.shown(t)}'.`);
    }
    return this.single();
  }

  private single(): Operand {
    const t = this.next();
    if (t.type === 'string') return { kind: 'value', value: t.value, quoted: true, pos: t.pos };
    if (t.type === 'word') {
      const lower = t.value.toLowerCase();
      if (lower === 'empty' || lower === 'null') return { kind: 'empty', pos: t.pos };
      if (this.peek().type === 'lparen') return this.functionCall(t);
      if (RESERVED_WORDS.has(lower)) {
        this.fail(t, `Expecting either a value, list or function but got '${t.value}'. You must surround '${t.value}' in quotation marks to use it as a value.`);
      }
      return { kind: 'value', value: t.value, quoted: false, pos: t.pos };
    }
    return this.fail(t, `Expecting either a value, list or function but got '${this.shown(t)}'.`);
  }

  private functionCall(name: Token): Operand {
    this.next();
    const args: string[] = [];
    if (this.peek().type === 'rparen') {
      this.next();
      return { kind: 'function', name: name.value, args, pos: name.pos };
    }
    for (;;) {
      const a = this.next();
      if (a.type !== 'word' && a.type !== 'string') this.fail(a, `Expecting a function argument but got '${this.shown(a)}'.`);
      args.push(a.value);
      const sep = this.next();
      if (sep.type === 'rparen') break;
      if (sep.type !== 'comma') this.fail(sep, `Expecting ',' or ')' but got '${this.shown(sep)}'.`);
    }
    return { kind: 'function', name: name.value, args, pos: name.pos };
  }
}
