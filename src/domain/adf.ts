/**
 * Atlassian Document Format, as much of it as the app writes (comments, the calibration call's
 * description): paragraphs of text with marks, hard breaks and mentions, headings, bullet lists and
 * block quotes, with the few builders every writer needs. The tests validate what the app writes
 * against @atlaskit/adf-schema's JSON schema.
 *
 * Typed by hand, not @atlaskit/adf-utils: its install nests a second React (18, beside this repo's
 * 19, with peer conflicts), a second adf-schema and ProseMirror, for a few one-line builders.
 */

export type AdfMark = { type: 'strong' } | { type: 'em' } | { type: 'link'; attrs: { href: string } };
export interface AdfText {
  type: 'text';
  text: string;
  marks?: AdfMark[];
}
export interface AdfMention {
  type: 'mention';
  attrs: { id: string; text: string };
}
export type AdfInline = AdfText | { type: 'hardBreak' } | AdfMention;
export interface AdfParagraph {
  type: 'paragraph';
  content: AdfInline[];
}
export interface AdfHeading {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 | 4 | 5 | 6 };
  content: AdfInline[];
}
export interface AdfBulletList {
  type: 'bulletList';
  content: { type: 'listItem'; content: AdfParagraph[] }[];
}
export interface AdfBlockquote {
  type: 'blockquote';
  content: AdfParagraph[];
}
/** A document of blocks of the kinds `B` (paragraphs unless said). */
export interface AdfDoc<B = AdfParagraph> {
  type: 'doc';
  version: 1;
  content: B[];
}

/**
 * Text as nodes: one text node, or none for empty text (ADF text is never empty).
 *
 * @example adfText('Hi', [{ type: 'strong' }]) //=> [{ type: 'text', text: 'Hi', marks: [{ type: 'strong' }] }]
 * @example adfText('') //=> []
 */
export function adfText(value: string, marks?: AdfMark[]): AdfText[] {
  return value.length === 0 ? [] : [{ type: 'text', text: value, ...(marks && marks.length > 0 ? { marks } : {}) }];
}

/** A mention Jira notifies: `text` is what shows ("@Marcus Reed"). */
export const adfMention = (accountId: string, text: string): AdfMention => ({ type: 'mention', attrs: { id: accountId, text } });

/**
 * A paragraph of pieces: adjacent strings become one text node, empty ones none.
 *
 * @example adfParagraph('Due ', 'today', adfMention('a1', '@Ann')).content.length //=> 2
 */
export function adfParagraph(...pieces: (string | AdfInline)[]): AdfParagraph {
  const content: AdfInline[] = [];
  for (const piece of pieces) {
    if (typeof piece !== 'string') content.push(piece);
    else if (piece.length > 0) {
      const last = content.at(-1);
      if (last?.type === 'text' && !last.marks) last.text += piece;
      else content.push({ type: 'text', text: piece });
    }
  }
  return { type: 'paragraph', content };
}
