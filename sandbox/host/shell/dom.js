// Tiny DOM helpers for the shell: elements are built, never parsed from strings, so Jira text stays text.

/**
 * @param {string} tag
 * @param {Record<string, string | number | boolean | undefined | null | ((event: Event) => void)>} [attrs]
 * @param {...(Node | string | number | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A status lozenge coloured by Jira's status category ("new" | "indeterminate" | "done"). */
export function lozenge(text, category = 'new') {
  return h('span', { class: `lozenge ${category}` }, text);
}

export function notice(text, kind = 'warning') {
  return h('div', { class: `notice ${kind === 'error' ? 'error' : ''}`, role: 'status' }, text);
}

/** "@Name" for an ADF mention: its text, else the name of its account id, else "@someone". */
function mentionText(attrs, nameOf) {
  const text = typeof attrs?.text === 'string' && attrs.text.trim() ? attrs.text.trim() : (nameOf?.(attrs?.id) ?? 'someone');
  return text.startsWith('@') ? text : `@${text}`;
}

/** Text with its ADF marks: strong, em, code and links (http and https only, as Jira renders them). */
function withMarks(text, marks) {
  let out = text;
  for (const mark of Array.isArray(marks) ? marks : []) {
    if (mark?.type === 'strong') out = h('strong', {}, out);
    else if (mark?.type === 'em') out = h('em', {}, out);
    else if (mark?.type === 'code') out = h('code', {}, out);
    else if (mark?.type === 'link' && /^https?:\/\//i.test(String(mark.attrs?.href ?? ''))) out = h('a', { href: String(mark.attrs.href) }, out);
  }
  return out;
}

/**
 * Renders the parts of an Atlassian Document Format body a description or comment usually has.
 * @param {unknown} node
 * @param {(accountId: string) => string | undefined} [nameOf]  names mentions that carry no text
 */
export function adfToNodes(node, nameOf) {
  if (!node || typeof node !== 'object') return [];
  const children = () => (Array.isArray(node.content) ? node.content.flatMap((child) => adfToNodes(child, nameOf)) : []);
  switch (node.type) {
    case 'doc':
      return children();
    case 'paragraph':
      return [h('p', {}, ...children())];
    case 'heading':
      return [h('h3', {}, ...children())];
    case 'bulletList':
      return [h('ul', {}, ...children())];
    case 'orderedList':
      return [h('ol', {}, ...children())];
    case 'listItem':
      return [h('li', {}, ...children())];
    case 'blockquote':
      return [h('blockquote', {}, ...children())];
    case 'hardBreak':
      return [h('br')];
    case 'mention':
      return [h('span', { class: 'mention', 'data-account-id': node.attrs?.id }, mentionText(node.attrs, nameOf))];
    case 'text':
      return [withMarks(String(node.text ?? ''), node.marks)];
    default:
      return children();
  }
}
