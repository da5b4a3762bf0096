/**
 * Quieting churning collections. A live data grid (cells rewritten many times a second) costs a
 * mutation record per edit when the whole page is observed, and a record's cost is paid even by
 * an observer that ignores it. A collection that keeps churning is a data view, not where the
 * Link form or a message takes shape: once it has proved hot for a while, the hub observes the
 * page around it, no longer the collection itself (rows replaced, cells rewritten). Leaving the
 * page, it is forgotten; the next view is observed whole again.
 *
 * Recall only, never precision: nothing here decides what a message is; whatever is flagged is
 * still read whole from the DOM.
 */

/** Records per second from one collection, sustained, above which it is quieted. */
export const HOT_RATE = 120;
/** One record in this many is attributed to its collection (the rest cost a counter). */
export const SAMPLE_EVERY = 8;
/** Hotness is judged per window; it must hold in `HOT_WINDOWS` windows in a row (not a burst of rendering). */
export const HOT_WINDOW_MS = 200;
export const HOT_WINDOWS = 3;

const COLLECTION_ROLES = new Set([
  'grid',
  'treegrid',
  'table',
  'rowgroup',
  'list',
  'listbox',
  'tree',
  'feed',
]);
const COLLECTION_TAGS = new Set(['TABLE', 'TBODY', 'THEAD', 'UL', 'OL']);
/** More element children than this: a list or a pane (the flagger never reads such a container as one message either). */
const MANY_CHILDREN = 40;
/** How far above a changed node its collection may be (cell text › cell › row › grid, with wrappers). */
const CLIMB = 8;
/** Never quieted when holding one of these: a form could be filled or a message typed in there. */
const ENTRY_FIELDS =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea, select, iframe, frame, [contenteditable]';

export function isCollection(el: Element): boolean {
  if (COLLECTION_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return (role !== null && COLLECTION_ROLES.has(role)) || el.childElementCount > MANY_CHILDREN;
}

/** The nearest collection at or above `node` in its own tree (a few levels at most), or null. */
export function collectionOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let i = 0; el && i < CLIMB; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return null;
    if (isCollection(el)) return el;
  }
  return null;
}

/**
 * Whether a hot collection may be quieted: not the page itself, not inside our UI or a message
 * region (`regions`, the features' text scope), and no field or frame inside.
 */
export function canQuiet(el: Element, regions: string | null): boolean {
  if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
  if (el.closest('[data-supportlink]')) return false;
  if (regions && el.closest(regions)) return false;
  return el.querySelector(ENTRY_FIELDS) === null;
}

export interface HotTracker {
  /** Counts one sampled record against `collection`. */
  sample(collection: Element): void;
  /** Collections hot for `HOT_WINDOWS` windows in a row, each reported once per streak; [] mid-window. */
  due(now: number): Element[];
}

export function createHotTracker(start: number): HotTracker {
  let counts = new Map<Element, number>();
  let streaks = new Map<Element, number>();
  let windowStart = start;
  return {
    sample(collection) {
      counts.set(collection, (counts.get(collection) ?? 0) + 1);
    },
    due(now) {
      const elapsed = now - windowStart;
      if (elapsed < HOT_WINDOW_MS) return [];
      // A long gap (no records) counts as one long, cold window: the streak breaks.
      const need = (HOT_RATE * elapsed) / 1000 / SAMPLE_EVERY;
      const next = new Map<Element, number>();
      const out: Element[] = [];
      for (const [el, count] of counts) {
        if (count < need) continue;
        const streak = (streaks.get(el) ?? 0) + 1;
        if (streak >= HOT_WINDOWS) out.push(el);
        else next.set(el, streak);
      }
      streaks = next;
      counts = new Map();
      windowStart = now;
      return out;
    },
  };
}

export interface ObservationPlan {
  /** Observed without subtree: the ancestors of the quiet collections (what is added beside them). */
  shallow: Set<Node>;
  /** Observed with subtree: everything beside that path. */
  deep: Node[];
}

/**
 * How to observe `root` minus `quiet`: the quiet collections' ancestors up to the root shallowly,
 * every other child of those ancestors deeply, the quiet collections not at all.
 */
export function observationPlan(root: Document | ShadowRoot, quiet: Iterable<Element>): ObservationPlan {
  const skipped = new Set<Node>();
  const shallow = new Set<Node>();
  for (const el of quiet) {
    if (el.getRootNode() !== root) continue;
    skipped.add(el);
    for (let p = el.parentNode; p; p = p.parentNode) {
      shallow.add(p);
      if (p === root) break;
    }
  }
  const deep: Node[] = [];
  for (const p of shallow) {
    for (let c = p.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && !shallow.has(c) && !skipped.has(c)) deep.push(c);
    }
  }
  return { shallow, deep };
}
