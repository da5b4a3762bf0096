/** Fake services and contracts for feature tests: the background is a recording stub. */
import {
  type Benefit,
  type Contract,
  classifierFromData,
  contractNotices,
  contractState,
  diagnose,
  type GuidanceKey,
  guidance,
  type IncidentEvent,
  isDismissButton,
  messageCatalogData,
  type UiLocale,
} from '@supportlink/rules';
import { createObserverHub } from '../dom/observe';
import type { Feature, FeatureContext, Send, Services } from '../features/types';
import { DEFAULT_SETTINGS } from '../features/types';
import { contentZhCN } from '../i18n/catalogs/content.zh-CN';
import type { ContractView, LinkRecord, MessagePayload, MessageType, Settings } from '../messaging/protocol';
import { findByIds, proposeForPage } from '../storage/contracts';
import { setContentStrings } from '../ui/inject/components';
import { setInjectedCss } from '../ui/inject/mount';
import { INJECTED_CSS } from '../ui/inject/styles';

export const NOW = Date.UTC(2026, 2, 15, 12);

export interface ContractInput extends Partial<Omit<ContractView, 'state'>> {
  benefit: Benefit;
}

let seq = 0;
export function contractView(input: ContractInput, now = NOW): ContractView {
  seq++;
  const base: Contract = {
    id: input.id ?? `c${seq}`,
    ruleset: input.ruleset ?? 'ai-cloud-partner-2026',
    offer: input.offer ?? 'partner-success-core',
    benefit: input.benefit,
    startDate: input.startDate ?? '2026-01-01',
    endDate: input.endDate ?? '2026-12-31',
    label: input.label ?? null,
    allotmentOverride: input.allotmentOverride ?? null,
  };
  const events: IncidentEvent[] = input.events ?? [];
  const links: LinkRecord[] = input.links ?? [];
  return {
    ...base,
    accessId: input.accessId ?? `ACCESS-${seq}0001`,
    contractId: input.contractId ?? `CONTRACT-${seq}0002`,
    label: base.label ?? null,
    events,
    links,
    version: null,
    updatedAt: now,
    syncedAt: null,
    state: contractState(base, events, now),
    notices: contractNotices(base, contractState(base, events, now), now),
  };
}

function pairOf(payload: unknown): [string, string] {
  const { accessId, contractId } = payload as { accessId: string; contractId: string };
  return [accessId, contractId];
}

export interface Call {
  type: MessageType;
  payload: unknown;
}

export interface Harness {
  services: Services;
  calls: Call[];
  logs: string[];
  controller: AbortController;
  ctx(url: string): FeatureContext;
  start(feature: Feature, url: string): Promise<void>;
  stop(): void;
}

export function harness(
  options: {
    contracts?: ContractView[];
    settings?: Partial<Settings>;
    locale?: UiLocale;
    failSend?: MessageType[];
    /** The hub's text scope, as the runner sets it from the features (default: every text edit). */
    text?: string | null;
  } = {},
): Harness {
  const controller = new AbortController();
  const calls: Call[] = [];
  const logs: string[] = [];
  const contracts = options.contracts ?? [];
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const send = (async (type: MessageType, payload: unknown) => {
    calls.push({ type, payload });
    if (options.failSend?.includes(type)) throw new Error('background unavailable');
    const first = contracts[0] ?? contractView({ benefit: 'cloud' });
    switch (type) {
      case 'contracts:list':
        return { contracts };
      case 'settings:get':
        return { settings };
      case 'settings:set':
        return { settings: { ...settings, ...(payload as object) } };
      case 'contracts:save-captured':
        return { contract: first, created: !findByIds(contracts, ...pairOf(payload)) };
      case 'links:record':
        // As the background: a Cancel or Close click is not a link.
        return { contract: first, recorded: !isDismissButton((payload as { via?: string }).via ?? '') };
      case 'messages:catalog':
        return { catalog: messageCatalogData() };
      case 'messages:diagnose': {
        // The background's own handler, with the real rules.
        const { message, context } = payload as MessagePayload<'messages:diagnose'>;
        return { diagnosis: diagnose(message, context) };
      }
      case 'capture:propose':
        // The background's own handler, with the real rules.
        return proposeForPage(contracts, payload as MessagePayload<'capture:propose'>, NOW);
      default:
        return { contract: first };
    }
  }) as Send;
  const hub = createObserverHub(document, {
    signal: controller.signal,
    schedule: (run) => setTimeout(run, 0),
    rescanMs: 20,
    ...(options.text !== undefined ? { text: options.text } : {}),
  });
  const locale = options.locale ?? 'en';
  // As the content script does at start: the background serves the in-page strings of the locale.
  setContentStrings(locale, locale === 'zh-CN' ? contentZhCN : {});
  setInjectedCss(INJECTED_CSS);
  const services: Services = {
    send,
    now: () => NOW,
    locale,
    settings,
    hub,
    guidance: async (key: GuidanceKey) => guidance(key, locale),
    // As in the extension: built from the catalogue data the background serves.
    messages: async () => classifierFromData(messageCatalogData()),
    log: (id, message) => {
      logs.push(`${id}: ${message}`);
    },
  };
  const ctx = (url: string): FeatureContext => ({ document, url: new URL(url), page: null });
  return {
    services,
    calls,
    logs,
    controller,
    ctx,
    async start(feature, url) {
      const c = ctx(url);
      const { recognizePage } = await import('@supportlink/rules');
      c.page = recognizePage(url);
      await feature.init(c, controller.signal, services);
    },
    stop() {
      controller.abort();
      document.body.innerHTML = '';
    },
  };
}

export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Injected UI of a feature: the open shadow roots of hosts carrying `data-supportlink="<id>"`. */
export function hosts(featureId: string, root: ParentNode = document): HTMLElement[] {
  const out: HTMLElement[] = [];
  const visit = (r: ParentNode) => {
    for (const el of Array.from(r.querySelectorAll<HTMLElement>('*'))) {
      if (el.getAttribute('data-supportlink') === featureId) out.push(el);
      if (el.shadowRoot && !el.hasAttribute('data-supportlink')) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

export function uiText(host: HTMLElement): string {
  return (host.shadowRoot?.querySelector('.sl')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
