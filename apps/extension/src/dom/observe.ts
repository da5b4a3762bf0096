/**
 * One MutationObserver per root (the document and every open shadow root found in it),
 * shared by all subscribers, delivering one batch per animation frame.
 *
 * Shadow roots are discovered when their host is added, and by a slow rescan because
 * `attachShadow` on an element already in the page produces no mutation record.
 */

export type Changes = ReadonlySet<Node>;
/**
 * `changed`: every node touched (added nodes, parents that lost children, edited text nodes,
 * elements whose attributes changed). `added`: only new subtrees (and newly found shadow roots),
 * the ones worth searching in full.
 */
export type ChangeListener = (changed: Changes, added: Changes) => void;

export interface ObserverHub {
  /** Calls `listener` with the nodes touched since the last frame; stops when `signal` aborts. */
  subscribe(listener: ChangeListener, signal: AbortSignal): void;
  /** Roots currently observed (document first, then shadow roots). */
  roots(): readonly (Document | ShadowRoot)[];
}

export interface HubOptions {
  signal: AbortSignal;
  /** Defaults to requestAnimationFrame with a timeout fallback (rAF does not run in hidden tabs). */
  schedule?: (run: () => void) => void;
  /** How often to look for shadow roots attached to elements already in the page. 0 disables. */
  rescanMs?: number;
}

/** Only attributes that show, hide, enable or disable things; our own `data-supportlink-*` marks are not among them. */
const OBSERVE_INIT: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'disabled', 'aria-disabled', 'aria-hidden', 'open'],
};

export function defaultSchedule(win: Window): (run: () => void) => void {
  return (run) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      run();
    };
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(once);
    win.setTimeout(once, 100);
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
  let pending = new Set<Node>();
  let pendingAdded = new Set<Node>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (options.signal.aborted) return;
    const batch = pending;
    const added = pendingAdded;
    pending = new Set();
    pendingAdded = new Set();
    // Only new subtrees can bring new shadow roots (the rescan catches late attachShadow).
    for (const node of [...added]) {
      if (node.nodeType === 1) discover(node, added);
    }
    for (const node of added) batch.add(node);
    for (const listener of [...listeners]) if (listeners.has(listener)) listener(batch, added);
  };

  const onRecords = (records: MutationRecord[]) => {
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (!isOwnUi(n)) {
            pending.add(n);
            pendingAdded.add(n);
          }
        }
        if (r.removedNodes.length) pending.add(r.target);
      } else {
        pending.add(r.target);
      }
    }
    if (pending.size && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };

  const watch = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return false;
    const mo = new (win as Window & typeof globalThis).MutationObserver(onRecords);
    mo.observe(root, OBSERVE_INIT);
    observed.set(root, mo);
    return true;
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
