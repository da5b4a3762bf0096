/**
 * Azure portal: "This Access ID is already associated to an account…" is wrong most of the
 * time (seed). Wherever it appears (any locale, split across elements, late, inside
 * reactblade frames) mark it as safe to ignore and explain the likely scenario.
 */
import {
  type Benefit,
  benefitForPortal,
  type DiagnosisContext,
  type Guidance,
  type MessageMatch,
  NEW_SUPPORT_REQUEST_URL,
  normalizeId,
  type PortalId,
  portalForPage,
  portalOfHost,
} from '@supportlink/rules';
import { isOwnUi } from '../dom/observe';
import { MESSAGE_REGIONS } from '../dom/regions';
import { blockAncestor, composedParent, messageText, ownMessageText, textBlocks } from '../dom/text';
import type { ContractView } from '../messaging/protocol';
import { GuidanceBody, type Tr, translator } from '../ui/inject/components';
import { ContractFacts } from '../ui/inject/contract-facts';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { loadContracts } from './contracts';
import { findLinkForm } from './link-form';
import { onAzurePortal } from './page';
import type { Feature } from './types';

export const ID = 'already-associated';

/** Longer texts are whole panes or pages, not a message. */
const MAX_MESSAGE = 1200;
/** A container with more children than this is a list or a pane, not a message. */
const MAX_CHILDREN = 40;
/** How far above a changed block the message container may be. */
const CLIMB = 4;
const ACCESS_ID = 'access-id-already-associated';

/**
 * The smallest element under `el` that still holds the whole message: while exactly one child
 * holds it, go down (a blade holding the form's labels, a notice and the error narrows to the
 * error's own box). Two children holding it means its sentences are split over them: stop.
 */
export function narrowest(el: Element, holds: (candidate: Element) => boolean): Element {
  for (;;) {
    const kids = Array.from((el.shadowRoot ?? el).children).filter((k) => !isOwnUi(k));
    const holding = kids.filter(holds);
    if (holding.length !== 1) return el;
    el = holding[0]!;
  }
}

/** The contract the user most likely tried to link: the one in the form, or the only one of the page's benefit. */
export function contractInQuestion(
  doc: Document,
  contracts: ContractView[],
  benefit: Benefit | null = 'cloud',
): ContractView | null {
  const form = findLinkForm(doc);
  const typed = form?.access.value ? normalizeId(form.access.value).value : null;
  if (typed) {
    const match = contracts.find((c) => normalizeId(c.accessId).value === typed);
    if (match) return match;
  }
  const ofBenefit = contracts.filter((c) => c.benefit === benefit);
  return ofBenefit.length === 1 ? ofBenefit[0]! : null;
}

export function diagnosisContext(
  contract: ContractView | null,
  portal: PortalId = 'azure',
): DiagnosisContext {
  if (!contract) return { portal };
  return {
    portal,
    contractState: contract.state.state,
    linkedBefore: contract.links.some((l) => l.portal === portal),
    offer: contract.offer,
    benefit: contract.benefit,
    ruleset: contract.ruleset,
  };
}

/** "Safe to ignore", or, when the message's blocks say more that no rule knows, the rest quoted. */
function Verdict({ alongside, tr }: { alongside: string[]; tr: Tr }) {
  if (alongside.length === 0)
    return (
      <p>
        <span class="badge" role="status">
          {tr('content.safeToIgnore')}
        </span>{' '}
        <span class="muted">{tr('content.safeToIgnoreDetail')}</span>
      </p>
    );
  return (
    <>
      <p>
        <span class="badge warn" role="status">
          {tr('content.partlyKnown')}
        </span>{' '}
        {tr('content.partlyKnownDetail')}
      </p>
      <blockquote data-testid="sl-alongside">
        {alongside.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </blockquote>
    </>
  );
}

function DiagnosisCard({
  help,
  primary,
  contract,
  alongside,
  tr,
}: {
  help: Guidance | null;
  primary: string;
  /** The contract the user most likely tried to link: its count, end date and state, already known. */
  contract?: ContractView | null;
  /** Sentences beside the message that no rule knows (`MessageMatch.alongside`). */
  alongside: string[];
  tr: Tr;
}) {
  const extraLink =
    primary === 'already-linked' && !help?.links.some((l) => l.url === NEW_SUPPORT_REQUEST_URL);
  return (
    <section class={alongside.length ? 'card warn' : 'card ok'} aria-labelledby="sl-title">
      <Verdict alongside={alongside} tr={tr} />
      <h2 id="sl-title">{help?.title || tr('content.brand')}</h2>
      {contract && (
        <p data-testid="sl-contract">
          {tr('content.diagnosis.contract')} <ContractFacts contract={contract} tr={tr} />
        </p>
      )}
      {help && <GuidanceBody guidance={help} tr={tr} />}
      {extraLink && (
        <p>
          <a href={NEW_SUPPORT_REQUEST_URL} target="_top">
            {tr('content.newSupportRequest')}
          </a>
        </p>
      )}
    </section>
  );
}

export const alreadyAssociated: Feature = {
  id: ID,
  // Text edited in place (a reused text node) only matters inside message bars, alerts and the like.
  textChanges: MESSAGE_REGIONS,
  // The error comes from the Link form: Help + support views and reactblade frames, not every blade.
  matches: (page, url) =>
    (onAzurePortal(url) && page !== null) ||
    page === 'engagecenter-help-support' ||
    portalOfHost(url.hostname) === 'engagecenter',
  async init(ctx, signal, services) {
    const classifier = await services.messages();
    if (signal.aborted) return;
    const doc = ctx.document;
    const tr = translator(services.locale);
    const pageLocale = doc.documentElement.lang || null;
    const flagged = new Map<Element, Mounted>();
    let contracts: Promise<ContractView[] | null> | null = null;

    /** The known message `el`'s own text holds, read block by block (never label + notice). */
    /** Texts read in this batch: the prefilter, the climb and narrowing read the same elements. */
    let texts = new Map<Node, string>();
    const textOf = (node: Node) => {
      let text = texts.get(node);
      if (text === undefined) {
        text = messageText(node, MAX_MESSAGE);
        texts.set(node, text);
      }
      return text;
    };
    const classify = (el: Element) => {
      const text = textOf(el);
      return text.length >= MAX_MESSAGE ? null : classifier.classify(text, { locale: pageLocale });
    };
    const holdsError = (el: Element) => classify(el)?.id === ACCESS_ID;
    /**
     * What else the message says: unknown sentences in its own blocks as read at `match` (inline
     * neighbours of a narrowed span included) and in every block of the box it was narrowed to.
     */
    const besideMessage = (match: MessageMatch, box: Element) => {
      const inBox = classifier.classify(textOf(box), { locale: pageLocale, wholeBox: true });
      return [...new Set([...match.alongside, ...(inBox?.alongside ?? [])])];
    };

    /** Badge at once; the diagnosis once contracts and guidance are in. */
    const flag = async (message: Element, alongside: string[]) => {
      // Never "ignorable" while the same blocks say something else: that part may be a real error.
      message.setAttribute(
        alongside.length ? 'data-supportlink-partly' : 'data-supportlink-ignorable',
        ACCESS_ID,
      );
      const ui = mountUi(<DiagnosisCard help={null} primary="unknown" alongside={alongside} tr={tr} />, {
        featureId: ID,
        anchor: message,
        placement: 'after',
        signal,
      });
      flagged.set(message, ui);
      contracts ??= loadContracts(services, ID);
      const portal = ctx.page ? portalForPage(ctx.page) : (portalOfHost(ctx.url.hostname) ?? 'azure');
      // Unreadable contracts (logged): the diagnosis is still given, without the contract's facts.
      const contract = contractInQuestion(doc, (await contracts) ?? [], benefitForPortal(portal));
      // The diagnosis needs the rulesets: the background's rules answer (not bundled into every frame).
      const { diagnosis } = await services.send('messages:diagnose', {
        message: ACCESS_ID,
        context: diagnosisContext(contract, portal),
      });
      const help = await services.guidance(diagnosis.guidanceKey);
      if (flagged.get(message) === ui)
        ui.update(
          <DiagnosisCard
            help={help}
            primary={diagnosis.primary}
            contract={contract}
            alongside={alongside}
            tr={tr}
          />,
        );
    };

    /**
     * Where another known message stopped the search (it wins over ours). A change inside may take
     * it away and uncover ours, so changes there are examined even when their own text is plain.
     */
    const held = new Set<Element>();
    const insideHeld = (el: Element) => {
      for (const h of held) if (h.contains(el)) return true;
      return false;
    };

    const insideFlagged = (el: Element) => {
      for (const message of flagged.keys())
        if (message === el || message.contains(el) || el.contains(message)) return true;
      return false;
    };

    /**
     * Climbs from a changed block to the smallest container whose text is the message. `seen`
     * holds what this batch already examined: climbing stops there (its ancestors were done too).
     */
    const examine = (start: Element, seen: Set<Element>) => {
      let el: Element | null = start;
      for (let depth = 0; el && depth < CLIMB; depth++, el = composedParent(el)) {
        if (seen.has(el)) return;
        seen.add(el);
        if (el === doc.body || el === doc.documentElement || el.childElementCount > MAX_CHILDREN) return;
        if (isOwnUi(el) || insideFlagged(el)) return;
        const match = classify(el);
        if (match?.id === ACCESS_ID) {
          const message = narrowest(el, holdsError);
          if (message !== el && insideFlagged(message)) return;
          flag(message, besideMessage(match, message)).catch((error: unknown) =>
            services.log(ID, 'diagnosis failed', error),
          );
          return;
        }
        if (match) {
          held.add(el); // another known message: never ours to flag while it is there
          return;
        }
      }
    };

    const prune = () => {
      for (const [message, ui] of flagged) {
        if (!message.isConnected) {
          ui.remove();
          flagged.delete(message);
        }
      }
      for (const el of held) if (!el.isConnected) held.delete(el);
    };

    /** Past the rules' prefilter, or too long to tell (its inner blocks are read one by one). */
    const mayHold = (text: string) => text.length >= MAX_MESSAGE || classifier.mayContain(text);
    const mayHoldMessage = (node: Node) => mayHold(textOf(node));

    const examineAll = (blocks: Iterable<Element>) => {
      const seen = new Set<Element>();
      for (const block of blocks) examine(block, seen);
    };

    for (const root of services.hub.roots()) examineAll(textBlocks(root));
    services.hub.subscribe((changed, added, shown) => {
      texts = new Map();
      prune();
      // A message is matched within one block's own text (sentences never cross block edges), so
      // an edit or removal can only have made one appear in its block's own text: a block whose own
      // text fails the prefilter is passed over (a list losing a row reads nothing), unless it lies
      // where a message held ours back. Something added or shown may bring inner blocks: read whole
      // (and first, so that a box whose paragraphs both hold the message is flagged as one).
      const blocks = new Set<Element>();
      for (const node of changed) {
        const block = blockAncestor(node.nodeType === 11 ? (node as ShadowRoot).host : node);
        if (!block) continue;
        const whole = added.has(node) || shown.has(node);
        const own = whole ? textOf(block) : ownMessageText(block, MAX_MESSAGE);
        if (mayHold(own) || insideHeld(block)) blocks.add(block);
      }
      // A message container added whole: its inner blocks hold the text. When the whole added
      // subtree's text fails the rules' prefilter, none of its blocks (parts of that text) can
      // hold a message: a grid row added by a busy page costs one read, not one per cell.
      for (const node of added) {
        if (node.nodeType !== 3 && !mayHoldMessage(node)) continue;
        for (const b of textBlocks(node)) blocks.add(b);
      }
      examineAll(blocks);
    }, signal);
  },
};
