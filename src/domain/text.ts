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
