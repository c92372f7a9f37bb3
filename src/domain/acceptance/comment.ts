/**
 * The Jira comment a change request posts, in Atlassian Document Format (ADF):
 * who asked, the feedback as the acceptor wrote it, and a mention that notifies the assignee.
 */

export type AdfInline = { type: 'text'; text: string } | { type: 'hardBreak' } | { type: 'mention'; attrs: { id: string; text: string } };
export interface AdfParagraph {
  type: 'paragraph';
  content: AdfInline[];
}
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfParagraph[];
}

const text = (value: string): AdfInline => ({ type: 'text', text: value });

/** One paragraph per block of text between blank lines; single line breaks stay hard breaks. ADF text nodes are never empty. */
function paragraphs(feedback: string): AdfParagraph[] {
  return feedback
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => ({
      type: 'paragraph',
      content: block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .flatMap((line, i): AdfInline[] => (i === 0 ? [text(line)] : [{ type: 'hardBreak' }, text(line)])),
    }));
}

/**
 * "Changes requested by <name>:", the feedback paragraphs, then a paragraph that mentions
 * the assignee (so Jira notifies them) and asks them to re-submit. No assignee, no mention.
 */
export function acceptanceChangeRequestComment(feedback: string, assignee: { accountId: string; displayName: string } | null, byName: string): AdfDoc {
  const content: AdfParagraph[] = [{ type: 'paragraph', content: [text(`Changes requested by ${byName.trim() || 'the client'}:`)] }, ...paragraphs(feedback)];
  if (assignee && assignee.accountId.length > 0) {
    content.push({
      type: 'paragraph',
      content: [{ type: 'mention', attrs: { id: assignee.accountId, text: `@${assignee.displayName}` } }, text(' please make these changes and submit the issue for acceptance again.')],
    });
  }
  return { type: 'doc', version: 1, content };
}
