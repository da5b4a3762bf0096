/**
 * Partner Center: explain "You are not authorized for this action" (CSP-only account), "Looks
 * like you don't have any benefits yet", and a dimmed Activate button (role missing) with an
 * inline card from the rules' guidance.
 */
import { isActivateButton, type MessageId, partnerCenterArea } from '@supportlink/rules';
import { isOwnUi } from '../dom/observe';
import { composedParent, messageText, textBlocks, visibleText } from '../dom/text';
import { GuidanceCard, translator } from '../ui/inject/components';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { throttle } from './throttle';
import type { Feature } from './types';

export const ID = 'partner-center-explain';
const EXPLAINED: ReadonlySet<MessageId> = new Set([
  'not-authorized-csp-only',
  'no-benefits-yet',
  'activation-role-missing',
]);
const MAX_MESSAGE = 600;

export function isDimmed(el: Element): boolean {
  return (
    el.hasAttribute('disabled') ||
    el.getAttribute('aria-disabled') === 'true' ||
    /(^|[\s_-])(is-)?disabled\b/i.test(el.getAttribute('class') ?? '')
  );
}

/** A button captioned Activate in any portal language (the rules' button words). */
function isActivate(el: Element): boolean {
  return isActivateButton(visibleText(el, 40));
}

/** Dimmed Activate buttons, including web-component buttons (`<…he-button>`) with shadow roots. */
export function dimmedActivateButtons(roots: readonly (Document | ShadowRoot)[]): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    for (const el of Array.from(
      root.querySelectorAll('button, [role="button"], [class*="button"], [class*="Button"]'),
    )) {
      if (!isActivate(el) || !isDimmed(el)) continue;
      // A dimmed inner <button> of a dimmed component: explain once, at the outermost.
      const host = (el.getRootNode() as ShadowRoot).host;
      if (host && isDimmed(host) && out.includes(host)) continue;
      out.push(el);
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.tagName.toLowerCase().endsWith('he-button') && isDimmed(el) && isActivate(el)) {
        if (!out.includes(el)) out.push(el);
      }
    }
  }
  return out.filter((el) => !out.some((o) => o !== el && isInside(el, o)));
}

function isInside(el: Element, container: Element): boolean {
  for (let e: Element | null = composedParent(el); e; e = composedParent(e)) if (e === container) return true;
  return false;
}

export const partnerCenterExplain: Feature = {
  id: ID,
  matches: (page, url) =>
    page === 'partner-center-technical-benefits' || partnerCenterArea(url.href) !== null,
  async init(ctx, signal, services) {
    const classifier = await services.messages();
    if (signal.aborted) return;
    const doc = ctx.document;
    const tr = translator(services.locale);
    const locale = doc.documentElement.lang || null;
    const cards = new Map<Element, Mounted>();

    const explain = (anchor: Element, id: MessageId) => {
      if (cards.get(anchor)?.host.isConnected) return;
      // The same message reached through a shadow root and through its host: explain it once.
      for (const other of cards.keys()) {
        if (other.isConnected && (isInside(anchor, other) || isInside(other, anchor))) return;
      }
      const ui = mountUi(null, { featureId: ID, anchor, placement: 'after', signal });
      cards.set(anchor, ui);
      services
        .guidance(id)
        .then((help) => ui.update(<GuidanceCard guidance={help} tr={tr} role="note" />))
        .catch((error: unknown) => services.log(ID, 'no guidance', error));
    };

    const messageIn = (block: Element, seen: Set<Element>): Element | null => {
      let el: Element | null = block;
      for (let depth = 0; el && depth < 3; depth++, el = composedParent(el)) {
        if (seen.has(el)) return null;
        seen.add(el);
        if (
          el === doc.body ||
          el === doc.documentElement ||
          el.childElementCount > 40 ||
          isOwnUi(el) ||
          cards.has(el)
        )
          return null;
        const text = messageText(el, MAX_MESSAGE);
        if (text.length >= MAX_MESSAGE) return null;
        const match = classifier.classify(text, { locale });
        if (match) {
          if (EXPLAINED.has(match.id)) explain(el, match.id);
          return el;
        }
      }
      return null;
    };

    const scan = () => {
      for (const [anchor, ui] of cards) {
        if (!anchor.isConnected) {
          ui.remove();
          cards.delete(anchor);
        }
      }
      const roots = services.hub.roots();
      const seen = new Set<Element>();
      for (const root of roots) for (const block of textBlocks(root)) messageIn(block, seen);
      for (const button of dimmedActivateButtons(roots)) explain(button, 'activation-role-missing');
    };
    services.hub.subscribe(throttle(scan, 400, signal), signal);
    scan();
  },
};
