import { SEGMENT_BREAK } from '@supportlink/rules';

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

/** Form parts that never belong to a message sentence: a label beside a notice is not part of it. */
const FORM_PARTS = new Set(['LABEL', 'LEGEND', 'BUTTON', 'OPTION', 'INPUT', 'TEXTAREA', 'SELECT']);

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

/**
 * Text of `node` including open shadow roots, at most `max` characters. Block boundaries become
 * `blockBreak` (a space by default); a <br> is always just a space (a line break inside a text).
 * With `nested` false, blocks inside `node` are left out (only its own inline text is read).
 */
export function visibleText(node: Node, max = 4000, blockBreak = ' ', nested = true): string {
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
      const apart = blockBreak !== ' ' && FORM_PARTS.has(el.tagName);
      if (SKIP.has(el.tagName) || isHiddenElement(el)) {
        if (apart) parts.push(blockBreak);
        return;
      }
      const block = el.tagName !== 'BR' && isBlock(el);
      if (!nested && block && el !== node) {
        parts.push(blockBreak);
        return;
      }
      const edge = el.tagName === 'BR' ? ' ' : block || apart ? blockBreak : '';
      if (edge) parts.push(edge);
      const assigned =
        el.tagName === 'SLOT' ? ((el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
      if (assigned.length) {
        for (const c of assigned) if (length < max) visit(c);
      } else {
        visitChildren(el.shadowRoot ?? el);
      }
      if (edge) parts.push(edge);
      return;
    }
    visitChildren(n);
  };
  const visitChildren = (parent: Node): void => {
    for (let c = parent.firstChild; c && length < max; c = c.nextSibling) visit(c);
  };
  visit(node);
  const joined = parts.join('');
  if (blockBreak === ' ') return joined.replace(/\s+/g, ' ').trim().slice(0, max);
  return joined
    .replace(/\s+/g, (run) => (run.includes(blockBreak) ? blockBreak : ' '))
    .replace(/^\s+|\s+$/g, '')
    .slice(0, max);
}

/**
 * Text of an element as the message classifier must read it: separate blocks and form parts
 * (labels, buttons, fields) kept apart by SEGMENT_BREAK, so a form label and a notice beside it
 * are never read as one sentence.
 */
export function messageText(node: Node, max = 4000): string {
  return visibleText(node, max, SEGMENT_BREAK);
}

/**
 * The message text a block holds itself, without the blocks inside it: where an edit, a removal
 * or a node added inline in `block` can have made a message appear (sentences never cross blocks).
 */
export function ownMessageText(block: Element, max = 4000): string {
  return visibleText(block, max, SEGMENT_BREAK, false);
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
