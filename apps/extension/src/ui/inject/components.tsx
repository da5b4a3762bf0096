import type { Guidance, UiLocale } from '@supportlink/rules';
import type { ComponentChildren } from 'preact';
import { type ContentKey, contentEn } from '../../i18n/catalogs/content.en';
import type { ContractView } from '../../messaging/protocol';
import { ContractFacts } from './contract-facts';

export { contractName } from './contract-facts';

export type Tr = (key: ContentKey, params?: Record<string, string | number>) => string;

type Params = Record<string, string | number>;

function fill(template: string, params?: Params): string {
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole,
      )
    : template;
}

/**
 * The in-page strings of a UI language other than English: served by the background
 * (`i18n:content`) when a content script starts, so no portal frame bundles every translation.
 */
let served: { locale: UiLocale; strings: Partial<Record<ContentKey, string>> } | null = null;

export function setContentStrings(locale: UiLocale, strings: Partial<Record<ContentKey, string>>): void {
  served = { locale, strings };
}

/**
 * Same catalogs and `{name}` placeholders as `t()` in src/i18n, but only the in-page strings:
 * the popup's and options' catalogs would cost every portal frame several kilobytes.
 */
export const translator =
  (locale: UiLocale): Tr =>
  (key, params) =>
    fill(
      (locale !== 'en' && served?.locale === locale ? served.strings[key] : undefined) ??
        contentEn[key] ??
        key,
      params,
    );

/**
 * `translator` plus a feature's own catalog pair, so strings only one portal's feature shows
 * are bundled with that portal's script alone.
 */
export function translatorWith<K extends string>(
  locale: UiLocale,
  en: Readonly<Record<K, string>>,
  zhCN: Readonly<Record<K, string>>,
): (key: ContentKey | K, params?: Params) => string {
  const base = translator(locale);
  return (key, params) =>
    Object.hasOwn(en, key)
      ? fill((locale === 'zh-CN' ? zhCN : en)[key as K] ?? en[key as K], params)
      : base(key as ContentKey, params);
}

export interface CardProps {
  title: string;
  /** `region` for help, `status` for results, `alert` for things that need attention now. */
  role?: 'region' | 'status' | 'alert' | 'note';
  tone?: 'info' | 'ok' | 'note';
  children?: ComponentChildren;
  onClose?: () => void;
  closeLabel?: string;
}

export function Card({ title, role = 'region', tone = 'info', children, onClose, closeLabel }: CardProps) {
  return (
    <section
      class={`card ${tone === 'info' ? '' : tone}`}
      role={role}
      aria-labelledby="sl-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onClose) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id="sl-title">{title}</h2>
      {children}
      {onClose && (
        <div class="row">
          <button type="button" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      )}
    </section>
  );
}

export function GuidanceBody({ guidance, tr }: { guidance: Guidance; tr: Tr }) {
  return (
    <>
      {guidance.body && <p>{guidance.body}</p>}
      {guidance.steps.length > 0 && (
        <ol>
          {guidance.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {guidance.links.length > 0 && (
        <ul>
          {guidance.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {guidance.unverified && <p class="muted">{tr('content.unverified')}</p>}
    </>
  );
}

export function GuidanceCard(props: {
  guidance: Guidance;
  tr: Tr;
  role?: CardProps['role'];
  tone?: CardProps['tone'];
  children?: ComponentChildren;
}) {
  return (
    <Card
      title={props.guidance.title || props.tr('content.brand')}
      role={props.role ?? 'note'}
      tone={props.tone ?? 'note'}
    >
      {props.children}
      <GuidanceBody guidance={props.guidance} tr={props.tr} />
    </Card>
  );
}

export interface ChooserProps {
  title: string;
  hint: string;
  contracts: ContractView[];
  tr: Tr;
  onChoose(contract: ContractView): void;
  onClose(): void;
}

/** A small list of contracts to fill from; Escape closes it. */
export function Chooser({ title, hint, contracts, tr, onChoose, onClose }: ChooserProps) {
  return (
    <Card title={title} role="region" onClose={onClose} closeLabel={tr('content.close')}>
      <p class="muted">{hint}</p>
      <ul class="list">
        {contracts.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => onChoose(c)}>
              <ContractFacts contract={c} tr={tr} />
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Collapsible help panel: a native <details>, keyboard operable and announcing its state. */
export function Collapsible(props: {
  label: string;
  children: ComponentChildren;
  onDismiss?: () => void;
  dismissLabel?: string;
  /** Kept by the caller so a panel moved to a new place (a remount) stays as the user left it. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  return (
    <section class="card" aria-label={props.label}>
      <details
        open={props.open}
        onToggle={(e) => props.onToggle?.((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{props.label}</summary>
        {props.children}
      </details>
      {props.onDismiss && (
        <div class="row">
          <button type="button" onClick={props.onDismiss}>
            {props.dismissLabel}
          </button>
        </div>
      )}
    </section>
  );
}
