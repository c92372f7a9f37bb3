/**
 * The daily note as the comment the scanner posts, in Atlassian Document Format: a heading, the
 * span, a heading and a bullet list per section, the footer. Each issue key is a link when the
 * site's address is known, else strong text (the key still names the issue). Built with the app's
 * ADF types and builders (domain/adf.ts).
 */
import { adfText, type AdfBulletList, type AdfDoc, type AdfHeading, type AdfParagraph, type AdfText } from '../adf';
import { issueUrl, moreLinesWords } from './render';
import type { DailyNote, NoteLine } from './types';

export type NoteAdfDoc = AdfDoc<AdfParagraph | AdfHeading | AdfBulletList>;

const paragraph = (...content: AdfText[][]): AdfParagraph => ({ type: 'paragraph', content: content.flat() });
const heading = (level: 3 | 4, value: string): AdfHeading => ({ type: 'heading', attrs: { level }, content: adfText(value) });
const text = adfText;

function lineParagraph(line: NoteLine, baseUrl: string | null): AdfParagraph {
  const url = issueUrl(baseUrl, line.issueKey);
  const key = text(line.issueKey, [url ? { type: 'link', attrs: { href: url } } : { type: 'strong' }]);
  return paragraph(key, text(`${line.summary ? ` ${line.summary}` : ''} — ${line.facts}`));
}

/**
 * The note as an ADF document.
 *
 * @example
 * noteAdf(note, null).content[0] //=> { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Daily note — Wednesday 18 November 2026' }] }
 */
export function noteAdf(note: DailyNote, baseUrl: string | null = null): NoteAdfDoc {
  const content: NoteAdfDoc['content'] = [heading(3, note.title), paragraph(text(note.coverage, [{ type: 'em' }]))];
  for (const section of note.sections) {
    content.push(heading(4, section.title));
    if (section.lines.length === 0) content.push(paragraph(text(section.empty)));
    else content.push({ type: 'bulletList', content: section.lines.map((line) => ({ type: 'listItem', content: [lineParagraph(line, baseUrl)] })) });
    if (section.more > 0) content.push(paragraph(text(moreLinesWords(section.more))));
  }
  content.push(paragraph(text(note.footer, [{ type: 'em' }])));
  return { type: 'doc', version: 1, content };
}
