/**
 * Shared by the fill features (Azure portal, Services Hub / Engage Center, Power Platform
 * and LCS): find an Access ID + Contract ID form, pick the eligible contract, fill it
 * (collect → plan → execute), offer undo, and optionally notice that linking succeeded.
 */
import {
  benefitForPage,
  type FieldRole,
  fieldRole,
  normalizeId,
  orderForPage,
  type PageId,
  type PortalId,
} from '@supportlink/rules';
import { type Collected, collectFields, type FillableElement } from '../dom/collect';
import { executeFill, type FillReport } from '../dom/fill';
import { findFields, planFill } from '../dom/find-field';
import { composedParent, visibleText } from '../dom/text';
import type { ContractView } from '../messaging/protocol';
import { Card, Chooser, contractName, type Tr, translator } from '../ui/inject/components';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { loadContracts } from './contracts';
import { throttle } from './throttle';
import type { FeatureContext, Services } from './types';

const SCAN_INTERVAL_MS = 200;

export interface LinkFormOptions {
  featureId: string;
  page: PageId;
  /** Portal to record a link for when the form reports success; null records nothing. */
  recordLinksFor: PortalId | null;
  /** How a field's label names its role; Power Platform and LCS also take "Password" (`fieldRoleWithPassword`). */
  roleOf?: RoleOf;
}

export type RoleOf = (label: string) => FieldRole | null;

export interface FoundForm {
  access: FillableElement;
  contract: FillableElement;
  /** Smallest element holding both fields. */
  container: Element;
}

/** The Access ID / Contract ID pair on the page, if both fields are present. */
export function findLinkForm(
  doc: Document,
  roots?: readonly (Document | ShadowRoot)[],
  roleOf: RoleOf = fieldRole,
): FoundForm | null {
  return formIn(collectFields(doc, roots), roleOf);
}

function formIn({ fields, elements }: Collected, roleOf: RoleOf): FoundForm | null {
  const found = findFields(fields, roleOf);
  const access = found['access-id'] && elements.get(found['access-id'].key);
  const contract = found['contract-id'] && elements.get(found['contract-id'].key);
  if (!access || !contract || access.ownerDocument !== contract.ownerDocument) return null;
  let container: Element | null = access.parentElement;
  while (container && !container.contains(contract)) container = container.parentElement;
  if (!container) return null;
  return { access, contract, container };
}

const SUCCESS_SELECTOR = [
  '.ms-MessageBar--success',
  '[class*="MessageBar--success"]',
  '.fxs-notification-success',
  '.fxs-messagebox-success',
  '.fxs-messagebox.fxs-messagebox-info',
  '[data-supportlink-success]',
].join(',');
const ERROR_SELECTOR =
  '.ms-MessageBar--error, [class*="MessageBar--error"], .fxs-messagebox-error, [role="alert"]';

function buttonName(button: Element): string {
  return `${button.getAttribute('aria-label') ?? ''} ${visibleText(button, 100)}`;
}

const ACCOUNT_SELECTOR = '.fxs-avatarmenu-username, .fxs-avatarmenu-header-email, [data-supportlink-account]';

/** The signed-in account as the portal shows it (top frame when reachable), or null. */
export function accountName(doc: Document): string | null {
  const docs = [doc];
  try {
    const top = doc.defaultView?.top?.document;
    if (top && top !== doc) docs.push(top);
  } catch {
    // Cross-origin parent: the frame cannot see the portal's header.
  }
  for (const d of docs) {
    const el = d.querySelector(ACCOUNT_SELECTOR);
    const text = el && visibleText(el, 200);
    if (text) return text;
  }
  return null;
}

function visibleMatches(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => visibleText(el, 50) !== '');
}

export function watchLinkForms(
  ctx: FeatureContext,
  signal: AbortSignal,
  services: Services,
  opts: LinkFormOptions,
) {
  const doc = ctx.document;
  const tr = translator(services.locale);
  const handled = new WeakSet<Element>();
  let busy = false;

  /** Elements just around the fields already on the page: a label arriving late lands in one of them. */
  let nearFields = new Set<Node>();

  const scan = () => {
    if (busy || signal.aborted) return;
    const collected = collectFields(doc, services.hub.roots());
    nearFields = ancestorsOf(collected.elements.values(), NEAR_DEPTH);
    const form = formIn(collected, opts.roleOf ?? fieldRole);
    if (!form || handled.has(form.access)) return;
    handled.add(form.access);
    busy = true;
    handleForm(form)
      .catch((error: unknown) => services.log(opts.featureId, 'form handling failed', error))
      .finally(() => {
        busy = false;
      });
  };

  const handleForm = async (form: FoundForm) => {
    const contracts = await loadContracts(services, opts.featureId);
    if (!contracts) {
      mountUi(
        <Card title={tr('content.brand')} role="status" tone="note">
          <p>{tr('content.loadFailed')}</p>
        </Card>,
        {
          featureId: opts.featureId,
          anchor: form.container,
          placement: 'after',
          signal: formLifetime(form, signal, services),
        },
      );
      return;
    }
    // The rules' order on the states the background computed (recomputing them would bundle the rulesets).
    const eligible = orderForPage(opts.page, contracts);
    const formSignal = formLifetime(form, signal, services);
    const ui = mountUi(null, {
      featureId: opts.featureId,
      anchor: form.container,
      placement: 'after',
      signal: formSignal,
    });
    if (opts.recordLinksFor) watchForSuccess(form, contracts, ui, formSignal, opts.recordLinksFor);

    const close = () => ui.update(null);
    const fill = async (contract: ContractView) => {
      ui.update(null);
      const report = await fillForm(doc, contract, services, opts.roleOf);
      showReport(ui, report, contract, tr);
    };
    // Exactly one usable contract fits: fill it. Only one contract of the page's benefit at all: fill it
    // even if used up (linking then shows the error SupportLink explains). Otherwise the user chooses,
    // usable ones listed first.
    const usable = eligible.filter((c) => c.state.usable);
    const single = usable.length === 1 ? usable[0] : eligible.length === 1 ? eligible[0] : undefined;
    if (services.settings.autoFill && single) {
      await fill(single);
    } else if (eligible.length > 0) {
      ui.update(
        <Chooser
          title={tr('content.chooser.title')}
          hint={tr('content.chooser.hint')}
          contracts={eligible}
          tr={tr}
          onChoose={(c) => void fill(c)}
          onClose={close}
        />,
      );
    } else {
      const benefit = benefitForPage(opts.page);
      ui.update(
        <Card title={tr('content.brand')} role="status" onClose={close} closeLabel={tr('content.close')}>
          <p>
            {benefit
              ? tr('content.chooser.none', { benefit: tr(`content.benefit.${benefit}`) })
              : tr('content.chooser.noneAny')}
          </p>
        </Card>,
      );
    }
  };

  const watchForSuccess = (
    form: FoundForm,
    contracts: ContractView[],
    ui: Mounted,
    formSignal: AbortSignal,
    portal: PortalId,
  ) => {
    let pendingValue: string | null = null;
    /** The clicked button's caption: the background does not record a Cancel or Close. */
    let via = '';
    /** Success messages already shown at the click: only a new one means this form succeeded. */
    let earlier = new Set<Element>();
    let recorded = false;
    const onClick = (event: Event) => {
      const target = event.target as Element | null;
      const button = target?.closest?.('button, [role="button"]');
      if (!button || button.closest('[data-supportlink]')) return;
      const value = form.access.value;
      if (!value.trim()) return;
      pendingValue = value;
      via = buttonName(button);
      earlier = new Set(visibleMatches(doc, SUCCESS_SELECTOR));
    };
    doc.addEventListener('click', onClick, { capture: true, signal: formSignal });
    const check = () => {
      if (recorded || pendingValue === null) return;
      // Success: the form's success bar or notification, or the form closing after the click.
      const closed = !form.access.isConnected;
      const root = form.container.closest('[role="dialog"], .fxs-blade, form') ?? doc;
      const success = closed || visibleMatches(doc, SUCCESS_SELECTOR).some((el) => !earlier.has(el));
      if (!success || (!closed && visibleMatches(root, ERROR_SELECTOR).length > 0)) return;
      const id = normalizeId(pendingValue).value;
      const contract = contracts.find((c) => normalizeId(c.accessId).value === id);
      recorded = true;
      if (!contract) return;
      services
        .send('links:record', { contractId: contract.id, portal, account: accountName(doc), via })
        .then(({ recorded }) => {
          if (recorded !== false && form.access.isConnected) {
            ui.update(
              <Card title={tr('content.brand')} role="status" tone="ok">
                <p>{tr('content.fill.linked', { label: contractName(contract, tr) })}</p>
              </Card>,
            );
          }
        })
        .catch((error: unknown) => services.log(opts.featureId, 'could not record the link', error));
    };
    services.hub.subscribe(check, formSignal);
  };

  const throttled = throttle(scan, SCAN_INTERVAL_MS, signal);
  services.hub.subscribe((changed, added, shown) => {
    // Forms appear as added or re-shown fields, or as labels next to fields already there; text
    // edits and rows churning elsewhere (a grid) cannot bring one.
    if (mayHoldField(added) || mayHoldField(shown) || touchesNear(changed, nearFields)) throttled();
  }, signal);
  scan();
}

const FIELD_SELECTOR = 'input, textarea, iframe, frame';
/** How far above a field its label's container may be (Fluent: wrapper › field group › input). */
const NEAR_DEPTH = 3;

function ancestorsOf(elements: Iterable<Element>, depth: number): Set<Node> {
  const out = new Set<Node>();
  for (const el of elements) {
    let node: Element | null = el;
    for (let i = 0; node && i < depth; i++) {
      node = composedParent(node);
      if (node) out.add(node);
    }
  }
  return out;
}

/**
 * An element added or re-shown inside (or as) one of the elements around the fields, or text
 * added or edited in an element there (a label's text arriving late). Rows churning in a grid
 * beside the fields only share a grandparent with them: not enough.
 */
function touchesNear(changed: Iterable<Node>, near: ReadonlySet<Node>): boolean {
  if (near.size === 0) return false;
  for (const node of changed) {
    const parent = node.parentNode;
    if (near.has(node) || (parent && near.has(parent))) return true;
    if (node.nodeType === 3 && parent?.parentNode && near.has(parent.parentNode)) return true;
  }
  return false;
}

/** An element or shadow root that is, or contains, a field (or a frame that may hold one). */
function mayHoldField(nodes: Iterable<Node>): boolean {
  for (const node of nodes) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.matches(FIELD_SELECTOR) || el.querySelector(FIELD_SELECTOR)) return true;
    } else if (node.nodeType === 11 && (node as ShadowRoot).querySelector(FIELD_SELECTOR)) return true;
  }
  return false;
}

/** Aborts when the page aborts, or when the form's fields leave the page (UI goes with it). */
function formLifetime(form: FoundForm, signal: AbortSignal, services: Services): AbortSignal {
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  services.hub.subscribe(() => {
    if (!form.access.isConnected && !form.contract.isConnected) {
      // Let a pending success check run first.
      setTimeout(() => controller.abort(), 0);
    }
  }, controller.signal);
  return controller.signal;
}

export async function fillForm(
  doc: Document,
  contract: ContractView,
  services: Services,
  roleOf: RoleOf = fieldRole,
): Promise<FillReport> {
  const { fields, elements } = collectFields(doc);
  const plan = planFill(
    fields,
    { 'access-id': contract.accessId, 'contract-id': contract.contractId },
    roleOf,
  );
  const report = await executeFill(plan.fill, elements, services.settle);
  if (plan.skippedUserValue.length) {
    report.results.push(...plan.skippedUserValue.map((role) => ({ role, outcome: 'user-value' as const })));
    report.ok = false;
  }
  return report;
}

function showReport(ui: Mounted, report: FillReport, contract: ContractView, tr: Tr) {
  const rejected = report.results.some((r) => r.outcome === 'rejected');
  const filledAny = report.results.some((r) => r.outcome === 'filled');
  const label = contractName(contract, tr);
  const message = rejected
    ? tr('content.fill.rejected')
    : report.ok
      ? tr('content.fill.filled', { label })
      : tr('content.fill.partial', { label });
  const undo = async () => {
    await report.undo();
    ui.update(
      <Card title={tr('content.brand')} role="status">
        <p>{tr('content.fill.undone')}</p>
      </Card>,
    );
  };
  ui.update(
    <Card title={tr('content.brand')} role="status" tone={rejected ? 'note' : 'ok'}>
      <p>{message}</p>
      {filledAny && (
        <div class="row">
          <button type="button" onClick={() => void undo()}>
            {tr('content.fill.undo')}
          </button>
        </div>
      )}
    </Card>,
  );
}
