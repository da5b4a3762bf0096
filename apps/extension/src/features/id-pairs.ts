/**
 * Finds Access ID / Contract ID pairs shown as text (Partner Center shows them after
 * activation, inside web components with shadow roots) with what the page says around them,
 * as plain text: the block's other "label: value" pairs (remaining incidents, activate-by,
 * start and end dates) and its text. The rules read them (`proposeCapture`, in the background).
 */
import { type CaptureSnapshot, type FieldRole, fieldRole, normalizeId } from '@supportlink/rules';
import { openShadowRoots } from '../dom/observe';
import { composedParent, visibleText } from '../dom/text';

export interface ShownId {
  role: FieldRole;
  value: string;
  /** Element showing the value (the "Save" button goes after it). */
  element: Element;
}

export interface IdPair {
  accessId: ShownId;
  contractId: ShownId;
  section: Element;
  /** The block's other labelled values, as the page writes them. */
  fields: CaptureSnapshot['fields'];
  /** Visible text of the benefit's block (its card or section), for benefit, offer and pack names. */
  sectionText: string;
}

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/;
const MAX_LABEL = 60;
const SECTION_TEXT = 3000;
/** A benefit card holds a handful of facts; more means the block is a whole page. */
const MAX_FIELDS = 40;

/** Not a shape check for rejection (no source gives the format), only to avoid taking "Copy" for an ID. */
export function looksLikeId(text: string): string | null {
  const { value } = normalizeId(text);
  return ID_SHAPE.test(value) && /\d/.test(value) ? value : null;
}

/** First non-blank text node under `el` (its own shadow root when it has no light text). */
function firstTextNode(el: Element): Text | null {
  for (const root of [el, el.shadowRoot]) {
    if (!root) continue;
    const walker = el.ownerDocument.createTreeWalker(root, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.nodeValue?.trim()) return t as Text;
  }
  return null;
}

/**
 * The value shown after a label: the first text of the next cell (an ID is one text node; the
 * cell may also hold a "Copy" button), or the cell's whole text when the ID is split.
 */
function valueAfter(label: Element): { text: string; element: Element } | null {
  const candidates = [label.nextElementSibling, composedParent(label)?.nextElementSibling];
  for (const el of candidates) {
    if (!el) continue;
    const first = firstTextNode(el);
    if (first?.parentElement && looksLikeId(first.nodeValue ?? '')) {
      return { text: first.nodeValue ?? '', element: first.parentElement };
    }
    const text = visibleText(el, 120);
    if (text) return { text, element: el };
  }
  return null;
}

interface Labelled {
  label: string;
  value: string;
  element: Element;
  labelElement: Element;
}

/** Every "label: value" and label-then-value pair in the roots, in document order. */
function labelledTexts(roots: readonly (Document | ShadowRoot)[]): Labelled[] {
  const out: Labelled[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const raw = (t.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      const el = t.parentElement;
      if (!raw || raw.length > 140 || !el || el.closest('[data-supportlink], script, style')) continue;
      const colon = raw.search(/[:：]/);
      if (colon > 0 && colon < raw.length - 1 && colon <= MAX_LABEL) {
        out.push({
          label: raw.slice(0, colon),
          value: raw.slice(colon + 1).trim(),
          element: el,
          labelElement: el,
        });
        continue;
      }
      if (raw.length > MAX_LABEL) continue;
      const value = valueAfter(el);
      if (value) out.push({ label: raw, value: value.text, element: value.element, labelElement: el });
    }
  }
  return out;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const chain = new Set<Element>();
  for (let e: Element | null = a; e; e = composedParent(e)) chain.add(e);
  for (let e: Element | null = b; e; e = composedParent(e)) if (chain.has(e)) return e;
  return null;
}

function containsDeep(container: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = composedParent(e)) if (e === container) return true;
  return false;
}

export function findIdPairs(doc: Document, roots?: readonly (Document | ShadowRoot)[]): IdPair[] {
  const all = labelledTexts(roots ?? [doc, ...openShadowRoots(doc)]);
  const ids: ShownId[] = [];
  const others: Labelled[] = [];
  for (const item of all) {
    const role = fieldRole(item.label);
    if (!role) others.push(item);
    const value = role && looksLikeId(item.value);
    if (role && value) ids.push({ role, value, element: item.element });
  }
  const pairs: IdPair[] = [];
  const accessIds = ids.filter((i) => i.role === 'access-id');
  for (const [index, access] of accessIds.entries()) {
    const nextAccess = accessIds[index + 1];
    const contract = ids.find(
      (i) =>
        i.role === 'contract-id' &&
        ids.indexOf(i) > ids.indexOf(access) &&
        (!nextAccess || ids.indexOf(i) < ids.indexOf(nextAccess)),
    );
    if (!contract) continue;
    let section = commonAncestor(access.element, contract.element) ?? access.element;
    // Widen to the benefit's block, but never so far that it takes in another pair.
    for (let depth = 0; depth < 4; depth++) {
      const parent = composedParent(section);
      if (
        !parent ||
        parent === doc.body ||
        accessIds.some((o) => o !== access && containsDeep(parent, o.element))
      )
        break;
      section = parent;
    }
    const fields = others
      .filter((item) => containsDeep(section, item.labelElement))
      .slice(0, MAX_FIELDS)
      .map(({ label, value }) => ({ label, value }));
    pairs.push({
      accessId: access,
      contractId: contract,
      section,
      fields,
      sectionText: visibleText(section, SECTION_TEXT),
    });
  }
  return pairs;
}
