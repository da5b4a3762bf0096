/**
 * One MutationObserver per root (the document and every open shadow root found in it),
 * shared by all subscribers, delivering batches coalesced into idle time (at most one per
 * `DEFAULT_GAP_MS` while the page keeps changing).
 *
 * Shadow roots are discovered when their host is added, and by a slow rescan because
 * `attachShadow` on an element already in the page produces no mutation record.
 *
 * With a text scope, a collection that keeps churning (a live grid) is quieted: no longer observed,
 * while what is added beside it still is (`quiet.ts`).
 */
import { canQuiet, collectionOf, createHotTracker, observationPlan, SAMPLE_EVERY } from './quiet';

export type Changes = ReadonlySet<Node>;
/**
 * `changed`: every node touched (added nodes, parents that lost children, edited text nodes,
 * elements whose attributes changed). `added`: only new subtrees (and newly found shadow roots),
 * the ones worth searching in full. `shown`: elements whose visibility-related attributes changed
 * (something inside may have appeared, been hidden, enabled or disabled).
 */
export type ChangeListener = (changed: Changes, added: Changes, shown: Changes) => void;

export interface ObserverHub {
  /** Calls `listener` with the nodes touched since the last frame; stops when `signal` aborts. */
  subscribe(listener: ChangeListener, signal: AbortSignal): void;
  /** Roots currently observed (document first, then shadow roots). */
  roots(): readonly (Document | ShadowRoot)[];
}

export interface HubOptions {
  signal: AbortSignal;
  /** Defaults to `defaultSchedule` (idle time, at most one batch per 100 ms while the page churns). */
  schedule?: (run: () => void) => void;
  /** How often to look for shadow roots attached to elements already in the page. 0 disables. */
  rescanMs?: number;
  /**
   * Which in-place text edits (`characterData`) to report: `'*'` everywhere (the default), a CSS
   * selector for only inside elements that match it (message bars, alerts: a grid's cells churning
   * then cost nothing; class changes are then reported only inside them too), or null for none.
   * Added nodes are always reported with their text. With a selector (or null), collections that
   * keep churning are quieted; with `'*'` (a feature that reads text everywhere) never.
   */
  text?: string | null;
  /** Clock for judging churn (tests pass a manual one); defaults to the page's `performance.now`. */
  now?: () => number;
}

/** Only attributes that show, hide, enable or disable things; our own `data-supportlink-*` marks are not among them. */
const OBSERVE_INIT: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'disabled', 'aria-disabled', 'aria-hidden', 'open'],
};
/** Inside the text scope's elements: text edits, and class changes (a message bar turned into an error). */
const TEXT_INIT: MutationObserverInit = {
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class'],
};
/**
 * With a text scope, class changes elsewhere are not observed either: grids toggle classes on rows
 * all the time (selection, hover), while fields and messages show through inline style, `hidden`,
 * `disabled` and friends, or are added.
 */
const SCOPED_INIT: MutationObserverInit = {
  ...OBSERVE_INIT,
  attributeFilter: OBSERVE_INIT.attributeFilter!.filter((a) => a !== 'class'),
};

/** Elements observed one by one beside quiet collections before the plan is made afresh. */
const REPLAN_AFTER = 256;

/** Least time between two batches: a busy page's changes are coalesced, a quiet page's answered at once. */
export const DEFAULT_GAP_MS = 100;

/**
 * Runs each batch in idle time, no sooner than `gapMs` after the previous one: a grid that
 * changes every frame costs one batch per 100 ms, not sixty per second. A timeout backs up
 * idle callbacks and animation frames, which hidden tabs may hold back.
 */
export function defaultSchedule(win: Window, gapMs = DEFAULT_GAP_MS): (run: () => void) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (run) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      last = win.performance.now();
      run();
    };
    const go = () => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(once, { timeout: 50 });
      else if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(once);
      win.setTimeout(once, 150);
    };
    const wait = last + gapMs - win.performance.now();
    if (wait > 0) win.setTimeout(go, wait);
    else go();
  };
}

/** Open shadow roots under `node` (including its own), depth first. */
export function openShadowRoots(node: Node, out: ShadowRoot[] = []): ShadowRoot[] {
  const doc = node.ownerDocument ?? (node as Document);
  const start = node as Element;
  if (start.shadowRoot) out.push(start.shadowRoot);
  const walker = doc.createTreeWalker(node, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const sr = el.shadowRoot;
    if (sr) {
      out.push(sr);
      openShadowRoots(sr, out);
    }
  }
  return out;
}

export function createObserverHub(doc: Document, options: HubOptions): ObserverHub {
  const win = doc.defaultView as Window;
  const schedule = options.schedule ?? defaultSchedule(win);
  const listeners = new Set<ChangeListener>();
  const observed = new Map<Document | ShadowRoot, MutationObserver>();
  const now = options.now ?? (() => win.performance.now());
  const text = options.text === undefined ? '*' : options.text;
  const init = text === '*' ? { ...OBSERVE_INIT, characterData: true } : SCOPED_INIT;
  const shallowInit = { ...init, subtree: false };
  const textScope = text && text !== '*' ? text : null;
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  let pending = new Set<Node>();
  let pendingAdded = new Set<Node>();
  let pendingShown = new Set<Node>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (options.signal.aborted) return;
    const batch = pending;
    const added = pendingAdded;
    const shown = pendingShown;
    pending = new Set();
    pendingAdded = new Set();
    pendingShown = new Set();
    // Only new subtrees can bring new shadow roots (the rescan catches late attachShadow).
    for (const node of [...added]) {
      if (node.nodeType === 1) discover(node, added);
      if (textScope && (node.nodeType === 1 || node.nodeType === 11)) watchText(node as Element | ShadowRoot);
    }
    for (const node of added) batch.add(node);
    if (quiet.size) recheckQuiet();
    if (tracker) for (const el of tracker.due(now())) quietCollection(el);
    for (const listener of [...listeners]) if (listeners.has(listener)) listener(batch, added, shown);
  };

  // Runs for every record of a busy page: constant work only (our hosts keep their UI in shadow
  // roots that are never observed, so the node itself or a text's parent is all there is to check).
  const onRecords = (records: MutationRecord[], observer: MutationObserver) => {
    const shallow = shallowOf.get(observer);
    for (const r of records) {
      const target = r.target;
      if (tracker && ++counted % SAMPLE_EVERY === 0) sample(target);
      if (r.type === 'characterData') {
        if (!isOwnHost(target.parentNode)) pending.add(target);
        continue;
      }
      if (isOwnHost(target)) continue;
      if (r.type === 'childList') {
        // Text set on an element holding no elements (a cell rewritten): the element is what changed,
        // and reading the new text nodes would cost a wrapper each.
        if ((target as ParentNode).childElementCount === 0) {
          pending.add(target);
          continue;
        }
        // Beside a quiet collection: what is added there is observed in full from now on.
        const grows = shallow?.has(target) && !quiet.has(target as Element);
        for (const n of r.addedNodes) {
          if (!isOwnHost(n)) {
            pending.add(n);
            pendingAdded.add(n);
            if (grows && n.nodeType === 1 && !quiet.has(n as Element)) {
              observer.observe(n, init);
              grown++;
            }
          }
        }
        if (r.removedNodes.length) pending.add(target);
      } else {
        pending.add(target);
        pendingShown.add(target);
      }
    }
    if (pending.size && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };

  // Churn is judged only where features declared the text they need: '*' reads everything.
  const tracker = text === '*' ? null : createHotTracker(now());
  /** Quiet collections and the root each was found in (a detached one's own root is no longer it). */
  const quiet = new Map<Element, Document | ShadowRoot>();
  /** Per root observer: the nodes it observes shallowly (a quiet collection's path), none when whole. */
  const shallowOf = new WeakMap<MutationObserver, Set<Node>>();
  let counted = 0;
  /** Elements observed one by one beside quiet collections since the last plan (toasts come and go). */
  let grown = 0;
  const sample = (target: Node) => {
    const collection = collectionOf(target);
    if (collection && !quiet.has(collection)) tracker?.sample(collection);
  };

  /** Observes `root` whole, or around its quiet collections; records already queued are kept. */
  const replan = (root: Document | ShadowRoot) => {
    const mo = observed.get(root);
    if (!mo) return;
    const queued = mo.takeRecords();
    mo.disconnect();
    const mine = [...quiet].filter(([, r]) => r === root).map(([el]) => el);
    const plan = observationPlan(root, mine);
    if (plan.shallow.size === 0) mo.observe(root, init);
    for (const node of plan.shallow) mo.observe(node, shallowInit);
    for (const node of plan.deep) mo.observe(node, init);
    shallowOf.set(mo, plan.shallow);
    if (queued.length) onRecords(queued, mo);
  };
  const quietCollection = (el: Element) => {
    if (quiet.has(el) || !canQuiet(el, textScope)) return;
    const root = el.getRootNode() as Document | ShadowRoot;
    if (!observed.has(root)) return;
    quiet.set(el, root);
    replan(root);
  };
  /** A quiet collection that left the page: its root is observed as before (whole, or around the others). */
  const recheckQuiet = () => {
    const stale = new Set<Document | ShadowRoot>();
    for (const [el, root] of quiet) {
      if (el.isConnected) continue;
      quiet.delete(el);
      stale.add(root);
    }
    for (const root of stale) replan(root);
  };

  const watch = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return false;
    const mo = new Observer(onRecords);
    mo.observe(root, init);
    observed.set(root, mo);
    if (textScope) watchText(root);
    return true;
  };

  // Text edits inside the scope's elements only, all on one observer; elements that left the
  // page are dropped at the next rescan.
  const textObserver = textScope ? new Observer(onRecords) : null;
  let textWatched: Element[] = [];
  const textSet = new WeakSet<Element>();
  const watchText = (node: Element | ShadowRoot | Document) => {
    if (!textObserver || !textScope) return;
    const found = Array.from(node.querySelectorAll(textScope));
    if (node.nodeType === 1 && (node as Element).matches(textScope)) found.push(node as Element);
    for (const el of found) {
      if (textSet.has(el) || isOwnHost(el)) continue;
      textSet.add(el);
      textWatched.push(el);
      textObserver.observe(el, TEXT_INIT);
    }
  };
  const pruneText = () => {
    if (!textObserver || textWatched.every((el) => el.isConnected)) return;
    textObserver.disconnect();
    textWatched = textWatched.filter((el) => el.isConnected);
    for (const el of textWatched) textObserver.observe(el, TEXT_INIT);
  };

  /** Starts observing shadow roots under `node`; newly found roots count as changed. */
  const discover = (node: Node, into: Set<Node>) => {
    for (const sr of openShadowRoots(node)) {
      if (isOwnUi(sr.host)) continue;
      if (watch(sr)) into.add(sr);
    }
  };

  watch(doc);
  discover(doc, new Set());

  const rescanMs = options.rescanMs ?? 1500;
  let timer: number | undefined;
  if (rescanMs > 0) {
    timer = win.setInterval(() => {
      pruneText();
      // A fresh plan drops the registrations of elements that have left the page.
      if (grown > REPLAN_AFTER) {
        grown = 0;
        for (const root of new Set(quiet.values())) replan(root);
      }
      discover(doc, pendingAdded);
      if (pendingAdded.size && !scheduled) {
        scheduled = true;
        schedule(flush);
      }
    }, rescanMs);
  }

  options.signal.addEventListener(
    'abort',
    () => {
      for (const mo of observed.values()) mo.disconnect();
      textObserver?.disconnect();
      textWatched = [];
      observed.clear();
      listeners.clear();
      if (timer !== undefined) win.clearInterval(timer);
    },
    { once: true },
  );

  return {
    subscribe(listener, signal) {
      if (signal.aborted || options.signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    roots: () => [...observed.keys()],
  };
}

function isOwnHost(node: Node | null): boolean {
  return !!node && node.nodeType === 1 && (node as Element).hasAttribute('data-supportlink');
}

/** Our own injected UI: mutations inside it must not wake features up. */
export function isOwnUi(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) {
    const root = node.getRootNode?.() as ShadowRoot | undefined;
    return !!root && 'host' in root && !!root.host?.hasAttribute?.('data-supportlink');
  }
  if (el.closest('[data-supportlink]')) return true;
  const root = el.getRootNode() as ShadowRoot;
  return 'host' in root && !!root.host && root.host.hasAttribute('data-supportlink');
}
