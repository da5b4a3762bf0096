/**
 * Visible text of a message as a reader sees it: across split inline elements, through
 * open shadow roots (slots followed), skipping hidden parts and our own UI.
 */

const SKIP = new Set([
  // Not rendered: <title> text would otherwise make <head>/<html> look like a message block.
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'INPUT',
  'TEXTAREA',
  'SELECT',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('data-supportlink')) return true;
  // Reading `.style` makes a declaration object; most elements have no inline style at all.
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** Block-level for reading purposes: HTML blocks, anything with a role, and custom elements (web components). */
export function isBlock(el: Element): boolean {
  const tag = el.tagName;
  return BLOCK.has(tag) || el.hasAttribute('role') || tag.includes('-') || BLOCK.has(tag.toUpperCase());
}

/** Text of `node` including open shadow roots, at most `max` characters. */
export function visibleText(node: Node, max = 4000): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (n: Node): void => {
    if (length >= max) return;
    if (n.nodeType === 3) {
      const text = n.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIP.has(el.tagName) || isHiddenElement(el)) return;
      const block = isBlock(el);
      if (block) parts.push(' ');
      const assigned =
        el.tagName === 'SLOT' ? ((el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
      if (assigned.length) {
        for (const c of assigned) if (length < max) visit(c);
      } else {
        visitChildren(el.shadowRoot ?? el);
      }
      if (block) parts.push(' ');
      return;
    }
    visitChildren(n);
  };
  const visitChildren = (parent: Node): void => {
    for (let c = parent.firstChild; c && length < max; c = c.nextSibling) visit(c);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Parent element, stepping out of a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as ShadowRoot | null;
  if (parent && parent.nodeType === 11 && 'host' in parent) return parent.host;
  return null;
}

/** Nearest block-level element at or above `node` (crossing shadow boundaries). */
export function blockAncestor(node: Node): Element | null {
  const start: Element | null = node.nodeType === 1 ? (node as Element) : composedParent(node);
  let el = start;
  while (el && !isBlock(el) && el.tagName !== 'BODY') el = composedParent(el);
  // Text straight under <body> (or inline all the way up): its own element is the block.
  return el && el.tagName !== 'BODY' ? el : start && start.tagName !== 'BODY' ? start : null;
}

/** Every text-bearing block in `root` (document or shadow roots), for a full-page first scan. */
export function textBlocks(root: Node): Set<Element> {
  const out = new Set<Element>();
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.nodeValue?.trim()) continue;
    const parent = t.parentElement;
    if (parent && SKIP.has(parent.tagName)) continue;
    const block = blockAncestor(t);
    if (block) out.add(block);
  }
  return out;
}
