/** `~` matching: every term must occur in the text; a trailing `*` matches a word prefix. */
export function textMatches(haystack: string, query: string): boolean {
  const text = haystack.toLowerCase();
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  if (terms.length === 0) return false;
  return terms.every((term) => {
    if (term.endsWith('*') || term.endsWith('?')) {
      const prefix = term.slice(0, -1);
      return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(prefix)}`, 'u').test(text);
    }
    return text.includes(term);
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Plain text of an Atlassian Document Format node (for `~` over description/comments). */
export function adfText(node: unknown): string {
  if (!node || typeof node !== 'object') return typeof node === 'string' ? node : '';
  const n = node as { text?: unknown; content?: unknown; attrs?: { text?: unknown } };
  let out = typeof n.text === 'string' ? n.text : typeof n.attrs?.text === 'string' ? n.attrs.text : '';
  if (Array.isArray(n.content)) out += ' ' + n.content.map(adfText).join(' ');
  return out;
}
