/**
 * Collect: turn the page into plain data about its fillable fields (no values, only
 * whether a field is empty). Open shadow roots and same-origin frames are searched;
 * sandboxed frames are refused; hidden, disabled and read-only fields are ignored.
 */
import { openShadowRoots } from './observe';
import { composedParent, visibleText } from './text';

export type LabelSource =
  | 'label-for'
  | 'label'
  | 'aria-labelledby'
  | 'aria-label'
  | 'placeholder'
  | 'nearby'
  | 'title';

export interface FieldLabel {
  source: LabelSource;
  text: string;
}

export interface FieldSnapshot {
  key: string;
  /** Index path of same-origin frames from the top document ('' for the document itself). */
  frame: string;
  type: string;
  name: string;
  labels: FieldLabel[];
  empty: boolean;
  /** Filled by SupportLink earlier (carries `data-supportlink-filled`). */
  ours: boolean;
}

export interface Collected {
  fields: FieldSnapshot[];
  elements: Map<string, FillableElement>;
}

export type FillableElement = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = new Set(['', 'text', 'password', 'search', 'tel', 'email', 'url', 'number']);
const MAX_NEARBY = 80;

/** `roots`: the document's roots when already known (an observer hub tracks them), saving a walk. */
export function collectFields(doc: Document, roots?: readonly (Document | ShadowRoot)[]): Collected {
  const out: Collected = { fields: [], elements: new Map() };
  collectDocument(doc, '', out, roots);
  return out;
}

function collectDocument(
  doc: Document,
  frame: string,
  out: Collected,
  known?: readonly (Document | ShadowRoot)[],
): void {
  const roots: readonly (Document | ShadowRoot)[] = known ?? [doc, ...openShadowRoots(doc)];
  let frameIndex = 0;
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll<FillableElement>('input, textarea'))) {
      if (!isFillable(el)) continue;
      const key = `${frame}#${out.fields.length}`;
      out.elements.set(key, el);
      out.fields.push({
        key,
        frame,
        type: el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement ? 'textarea' : el.type,
        name: el.getAttribute('name') ?? '',
        labels: labelsOf(el, root),
        empty: el.value.trim() === '',
        ours: el.hasAttribute('data-supportlink-filled'),
      });
    }
    for (const frameEl of Array.from(root.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
      const child = sameOriginDocument(frameEl);
      const path = `${frame}/${frameIndex++}`;
      if (child) collectDocument(child, path, out);
    }
  }
}

/** The frame's document when we may reach into it: same origin and not sandboxed. */
export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  if (frame.hasAttribute('sandbox')) return null;
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}

export function isFillable(el: FillableElement): boolean {
  if (el.disabled || el.readOnly) return false;
  if (el.tagName === 'INPUT' && !TEXT_TYPES.has((el as HTMLInputElement).type)) return false;
  return isVisible(el);
}

export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el, { visibilityProperty: true, opacityProperty: false })) return false;
  }
  for (let e: Element | null = el; e; e = composedParent(e)) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** Label candidates in the order careful password managers trust them. */
export function labelsOf(el: FillableElement, root: Document | ShadowRoot): FieldLabel[] {
  const labels: FieldLabel[] = [];
  const add = (source: LabelSource, text: string | null | undefined) => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    if (clean && !labels.some((l) => l.text === clean)) labels.push({ source, text: clean });
  };
  const id = el.getAttribute('id');
  if (id) {
    for (const label of Array.from(root.querySelectorAll('label'))) {
      if (label.getAttribute('for') === id) add('label-for', visibleText(label, 200));
    }
  }
  const enclosing = el.closest('label');
  if (enclosing) add('label', visibleText(enclosing, 200));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((ref) => root.getElementById?.(ref) ?? el.ownerDocument.getElementById(ref))
      .filter((n): n is HTMLElement => !!n)
      .map((n) => visibleText(n, 200))
      .join(' ');
    add('aria-labelledby', text);
  }
  add('aria-label', el.getAttribute('aria-label'));
  add('placeholder', el.getAttribute('placeholder'));
  add('nearby', nearbyText(el));
  add('title', el.getAttribute('title'));
  return labels;
}

/** Short text just before the field: previous siblings of the field or of its near ancestors. */
export function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.tagName === 'INPUT' || sib.querySelector('input, textarea, select')) return '';
      const text = visibleText(sib, MAX_NEARBY + 1);
      if (text && text.length <= MAX_NEARBY) return text;
      if (text) break;
    }
    node = composedParent(node);
  }
  return '';
}
