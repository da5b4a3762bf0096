/**
 * Mounts Preact UI in an open shadow root whose host carries `data-supportlink="<feature-id>"`
 * (the testability contract). The host goes next to the page element it is about.
 */
import { type ComponentChild, render } from 'preact';

export type Placement = 'before' | 'after' | 'prepend' | 'append';

export interface MountOptions {
  featureId: string;
  anchor: Element | ShadowRoot;
  placement: Placement;
  signal: AbortSignal;
  /** Shown inline beside text (e.g. a button next to an ID) rather than as a block. */
  inline?: boolean;
  /** Fixed to the corner of the viewport (pages with no good anchor). */
  floating?: boolean;
}

export interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  update(ui: ComponentChild): void;
  /**
   * Puts the same host somewhere else (e.g. from the corner into a blade that rendered late):
   * the UI keeps its state and stays the same element, where a remount would replace it.
   */
  move(to: { anchor: Element | ShadowRoot; placement: Placement; floating?: boolean }): void;
  remove(): void;
}

/**
 * The injected UI's styles (`styles.ts`), served by the background when a content script starts
 * (`ui:css`): a stylesheet in every portal frame's bundle would cost a kilobyte of the budget.
 */
let injectedCss = '';

export function setInjectedCss(css: string): void {
  injectedCss = css;
}

export function mountUi(ui: ComponentChild, options: MountOptions): Mounted {
  const doc = (options.anchor as Node).ownerDocument ?? document;
  const host = doc.createElement('supportlink-ui');
  host.setAttribute('data-supportlink', options.featureId);
  if (options.inline) host.setAttribute('data-inline', '');
  if (options.floating) host.setAttribute('data-floating', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = injectedCss;
  const container = doc.createElement('div');
  container.className = 'sl';
  shadow.append(style, container);
  insert(host, options.anchor, options.placement);
  render(ui, container);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    render(null, container);
    host.remove();
  };
  options.signal.addEventListener('abort', remove, { once: true });
  const move: Mounted['move'] = (to) => {
    if (removed) return;
    // Moving a node blurs what was focused in it; a keyboard user keeps their place.
    const focused = shadow.activeElement as HTMLElement | null;
    host.toggleAttribute('data-floating', !!to.floating);
    insert(host, to.anchor, to.placement);
    focused?.focus({ preventScroll: true });
  };
  return { host, shadow, update: (next) => !removed && render(next, container), move, remove };
}

function insert(host: Element, to: Element | ShadowRoot, placement: Placement): void {
  const anchor = to as Element;
  switch (placement) {
    case 'before':
      anchor.before(host);
      break;
    case 'after':
      anchor.after(host);
      break;
    case 'prepend':
      anchor.prepend(host);
      break;
    default:
      anchor.append(host);
  }
}
