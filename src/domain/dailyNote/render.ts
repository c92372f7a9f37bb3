/**
 * The daily note as plain text and as Markdown, for people to paste where they work. Pure string
 * functions over the note's words (types.ts), with nothing else imported: the project page runs
 * them too (through the contract), so what it copies is what the server would render.
 */
import type { DailyNote, NoteLine } from './types';

/**
 * An issue's address on the site, when the site's address is known (http or https); null otherwise.
 *
 * @example
 * issueUrl('https://acme.example.net/', 'ENG-12') //=> 'https://acme.example.net/browse/ENG-12'
 * issueUrl(null, 'ENG-12') //=> null
 */
export function issueUrl(baseUrl: string | null | undefined, issueKey: string): string | null {
  if (!baseUrl) return null;
  let url: URL;
  try {
    url = new URL(`browse/${encodeURIComponent(issueKey)}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** "ENG-12 Payment timeout — blocked for 2 d: flagged"; without a summary "ENG-12 — …". */
const textLine = (line: NoteLine) => `${line.issueKey}${line.summary ? ` ${line.summary}` : ''} — ${line.facts}`;

/**
 * What a section says of the lines it leaves out.
 *
 * @example
 * moreLinesWords(12) //=> '… and 12 more'
 */
export function moreLinesWords(more: number): string {
  return `… and ${more} more`;
}

/**
 * The note as plain text: the title, the span, each section with its lines ("- KEY Summary — facts")
 * or its empty words, the footer.
 *
 * @example
 * noteText(note)
 * //=> 'Daily note — Wednesday 18 November 2026\nSince the last note (…) until the end of the day (17:00, Europe/Warsaw).\n\nBlocked\n- ENG-4 Payment timeout — blocked for 1 d 5 h: flagged · assignee: Jan Kowalski\n\n…'
 */
export function noteText(note: DailyNote): string {
  const sections = note.sections.map((section) => {
    const lines = section.lines.length === 0 ? [section.empty] : section.lines.map((line) => `- ${textLine(line)}`);
    return [section.title, ...lines, ...(section.more > 0 ? [moreLinesWords(section.more)] : [])].join('\n');
  });
  return [`${note.title}\n${note.coverage}`, ...sections, note.footer].join('\n\n');
}

/**
 * Text put into Markdown as it is: every character Markdown could read as markup is escaped.
 *
 * @example
 * markdownText('Fix *all* [links]') //=> 'Fix \\*all\\* \\[links\\]'
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}

/**
 * The note as Markdown: headings, one bullet per line, each issue key a link when the site's
 * address is known (else the key as it is).
 *
 * @example
 * noteMarkdown(note, 'https://acme.example.net')
 * //=> '## Daily note — Wednesday 18 November 2026\n\n_Since the last note (…)._\n\n### Blocked\n\n- [ENG-4](https://acme.example.net/browse/ENG-4) Payment timeout — blocked for 1 d 5 h: flagged · assignee: Jan Kowalski\n\n…'
 */
export function noteMarkdown(note: DailyNote, baseUrl: string | null = null): string {
  const key = (issueKey: string) => {
    const url = issueUrl(baseUrl, issueKey);
    return url ? `[${issueKey}](${url})` : issueKey;
  };
  const sections = note.sections.map((section) => {
    const lines =
      section.lines.length === 0 ? [`_${markdownText(section.empty)}_`] : section.lines.map((line) => `- ${key(line.issueKey)}${line.summary ? ` ${markdownText(line.summary)}` : ''} — ${markdownText(line.facts)}`);
    return [`### ${markdownText(section.title)}`, lines.join('\n'), ...(section.more > 0 ? [`_${markdownText(moreLinesWords(section.more))}_`] : [])].join('\n\n');
  });
  return [`## ${markdownText(note.title)}`, `_${markdownText(note.coverage)}_`, ...sections, `_${markdownText(note.footer)}_`].join('\n\n') + '\n';
}
