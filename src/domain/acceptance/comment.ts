/**
 * The Jira comment a change request posts, in Atlassian Document Format (ADF):
 * who asked, the feedback as the acceptor wrote it, and a mention that notifies the assignee.
 */

import { adfMention, adfParagraph, type AdfDoc, type AdfInline, type AdfParagraph } from '../adf';

export type { AdfDoc } from '../adf';

/** One paragraph per block of text between blank lines; single line breaks stay hard breaks. ADF text nodes are never empty. */
function paragraphs(feedback: string): AdfParagraph[] {
  return feedback
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) =>
      adfParagraph(
        ...block
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0)
          .flatMap((line, i): (string | AdfInline)[] => (i === 0 ? [line] : [{ type: 'hardBreak' }, line])),
      ),
    );
}

/**
 * "Changes requested by <name>:", the feedback paragraphs, then a paragraph that mentions
 * the assignee (so Jira notifies them) and asks them to re-submit. No assignee, no mention.
 */
export function acceptanceChangeRequestComment(feedback: string, assignee: { accountId: string; displayName: string } | null, byName: string): AdfDoc {
  const content: AdfParagraph[] = [adfParagraph(`Changes requested by ${byName.trim() || 'the client'}:`), ...paragraphs(feedback)];
  if (assignee && assignee.accountId.length > 0) {
    content.push(adfParagraph(adfMention(assignee.accountId, `@${assignee.displayName}`), ' please make these changes and submit the issue for acceptance again.'));
  }
  return { type: 'doc', version: 1, content };
}
