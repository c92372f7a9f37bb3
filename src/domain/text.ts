/**
 * The one rule for text the app takes from a browser and keeps: well-formed Unicode
 * without control characters. A lone surrogate (half of an emoji, broken UTF-16)
 * cannot be put into a URL, stored and shown again faithfully; control characters
 * hide or reorder what a reader sees. Multi-line texts (a question, an outcome,
 * feedback) keep tab and newline; a single-line text (a name, an option) keeps neither.
 */

export type TextLines = 'single' | 'multi';

/** Control characters (C0, DEL, C1) and surrogates not paired (`u` pairs the rest into one code point). */
const UNSAFE: Record<TextLines, RegExp> = {
  single: /[\p{Cc}\p{Cs}]/u,
  multi: /(?![\t\n])\p{Cc}|\p{Cs}/u,
};

/**
 * Whether the text may be accepted as it is.
 *
 * @example
 * isSafeText('Ship it 🚀') //=> true
 * isSafeText('Ship it \ud83d') //=> false (a lone surrogate)
 * isSafeText('one\ntwo') //=> false
 * isSafeText('one\ntwo', 'multi') //=> true
 */
export function isSafeText(text: string, lines: TextLines = 'single'): boolean {
  return !UNSAFE[lines].test(text);
}

/**
 * The message for a field whose text is not safe.
 *
 * @example
 * unsafeTextMessage('The question') //=> 'The question contains a character that cannot be shown (a control character or a broken emoji or symbol): remove it.'
 */
export function unsafeTextMessage(what: string): string {
  return `${what} contains a character that cannot be shown (a control character or a broken emoji or symbol): remove it.`;
}

/**
 * Text kept from before this rule, made showable: each unsafe character becomes U+FFFD,
 * so a reader sees where something was lost.
 *
 * @example
 * showableText('a\ud800b') //=> 'a\ufffdb'
 */
export function showableText(text: string, lines: TextLines = 'multi'): string {
  return text.replace(new RegExp(UNSAFE[lines].source, 'gu'), '\ufffd');
}

/**
 * Text from elsewhere put into an answer (a key someone sent, an error message Jira echoed): made
 * showable and cut to `max` characters (code points), with "…" where it was cut, so an answer never
 * carries broken text or 100 kB of someone's input back.
 *
 * @example
 * shownExcerpt('a\ud800b', 10) //=> 'a\ufffdb'
 * shownExcerpt('abcdef', 3) //=> 'abc…'
 */
export function shownExcerpt(text: string, max: number, lines: TextLines = 'single'): string {
  const chars = [...text.slice(0, 2 * max + 2)];
  const cut = chars.length > max || text.length > 2 * max + 2;
  return showableText(chars.slice(0, max).join(''), lines) + (cut ? '…' : '');
}

/**
 * Whether a name someone sent (a key of a payload) can be named back as it is: 1 to `max`
 * characters of single-line safe text.
 *
 * @example
 * isNameable('colour') //=> true
 * isNameable('\ud800') //=> false
 * isNameable('x'.repeat(100)) //=> false
 */
export function isNameable(name: string, max = 64): boolean {
  return name.length > 0 && name.length <= max && isSafeText(name, 'single');
}
