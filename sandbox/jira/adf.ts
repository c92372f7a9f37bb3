/** Structural check of an Atlassian Document Format document (the top-level shape and every node). */
export function isAdfDoc(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const doc = value as { type?: unknown; version?: unknown; content?: unknown };
  return doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content) && doc.content.every(isNode);
}

function isNode(node: unknown): boolean {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return false;
  const n = node as { type?: unknown; content?: unknown; text?: unknown; marks?: unknown; attrs?: unknown };
  if (typeof n.type !== 'string' || n.type === 'doc' || n.type === '') return false;
  if (n.type === 'text' && (typeof n.text !== 'string' || n.text === '')) return false;
  if (n.type === 'mention' && typeof (n.attrs as { id?: unknown } | undefined)?.id !== 'string') return false;
  if (n.marks !== undefined && (!Array.isArray(n.marks) || n.marks.some((m) => !m || typeof (m as { type?: unknown }).type !== 'string'))) return false;
  if (n.attrs !== undefined && (typeof n.attrs !== 'object' || n.attrs === null)) return false;
  if (n.content !== undefined && (!Array.isArray(n.content) || !n.content.every(isNode))) return false;
  return true;
}

/** Whether a document has any content at all. */
export function isEmptyDoc(doc: { content: unknown[] }): boolean {
  return doc.content.length === 0;
}
