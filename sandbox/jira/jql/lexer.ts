/**
 * JQL tokenizer. JQL is hand-parsed here because no maintained JQL parser exists
 * on npm; Jira's own grammar (ANTLR, server side) is not published as a library.
 */
import { syntaxError } from './errors';

export type TokenType = 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma' | 'eof';

export interface Token {
  type: TokenType;
  /** Unquoted text (strings are unescaped). */
  value: string;
  /** Offset of the token in the query. */
  pos: number;
}

const OPERATORS = ['!=', '<=', '>=', '!~', '=', '<', '>', '~'];
/** Characters Jira reserves outside quotes (a subset: `.`, `/`, `*`, `[`, `]`, `@`, `:` are allowed in words here). */
const RESERVED = new Set(['+', ';', '?', '|', '%', '^', '$', '#', '&', '{', '}']);
const WORD_STOP = new Set([' ', '\t', '\n', '\r', '"', "'", '(', ')', ',', '=', '!', '<', '>', '~']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') tokens.push({ type: 'lparen', value: c, pos: i++ });
    else if (c === ')') tokens.push({ type: 'rparen', value: c, pos: i++ });
    else if (c === ',') tokens.push({ type: 'comma', value: c, pos: i++ });
    else if (c === '"' || c === "'") i = readString(text, i, tokens);
    else if (text.startsWith('&&', i)) {
      tokens.push({ type: 'word', value: 'AND', pos: i });
      i += 2;
    } else if (text.startsWith('||', i)) {
      tokens.push({ type: 'word', value: 'OR', pos: i });
      i += 2;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        tokens.push({ type: 'op', value: op, pos: i });
        i += op.length;
      } else if (c === '!') {
        tokens.push({ type: 'word', value: 'NOT', pos: i++ });
      } else if (RESERVED.has(c)) {
        const code = c.charCodeAt(0).toString(16).padStart(4, '0');
        throw syntaxError(text, i, `The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${code}' instead.`);
      } else {
        i = readWord(text, i, tokens);
      }
    }
  }
  tokens.push({ type: 'eof', value: 'EOF', pos: text.length });
  return tokens;
}

function readString(text: string, start: number, tokens: Token[]): number {
  const quote = text.charAt(start);
  let i = start + 1;
  let value = '';
  while (i < text.length && text.charAt(i) !== quote) {
    if (text.charAt(i) === '\\' && i + 1 < text.length) {
      const next = text.charAt(i + 1);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
      continue;
    }
    value += text.charAt(i++);
  }
  if (i >= text.length) throw syntaxError(text, start, `The quoted string '${value}' has not been completed.`);
  tokens.push({ type: 'string', value, pos: start });
  return i + 1;
}

function readWord(text: string, start: number, tokens: Token[]): number {
  let i = start;
  let value = '';
  while (i < text.length) {
    const c = text.charAt(i);
    if (WORD_STOP.has(c) || RESERVED.has(c)) break;
    if (c === '\\' && i + 1 < text.length) {
      value += text.charAt(i + 1);
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  tokens.push({ type: 'word', value, pos: start });
  return i;
}
