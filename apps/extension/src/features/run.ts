/**
 * Runs the features that match the current page; aborts and reruns them when the page
 * navigates in place (hash, history). A feature that throws is logged and skipped.
 *
 * Until a page that some feature applies to is recognised, nothing watches the DOM: only
 * navigation is noticed (hashchange, popstate, and the entrypoint's location polling). The
 * observer hub is created per recognised page, on first use, and disconnected when it is left.
 */
import { createObserverHub, type ObserverHub } from '../dom/observe';
import { pageOf, parentOrigin } from './page';
import type { Feature, FeatureContext, Services } from './types';

export interface RunOptions {
  window: Window;
  features: readonly Feature[];
  services: Omit<Services, 'hub'>;
  signal: AbortSignal;
  /** Schedules observer batches (tests pass a manual one). */
  schedule?: (run: () => void) => void;
}

export interface Running {
  /** Features started on the current page, by id. */
  active(): string[];
  /** Re-evaluates the URL; reruns the features when it changed (or when forced). */
  navigate(force?: boolean): void;
}

export function runFeatures(options: RunOptions): Running {
  const { window: win, features, signal } = options;
  const doc = win.document;
  let current: AbortController | null = null;
  let href = '';
  let active: string[] = [];

  const start = () => {
    current?.abort();
    if (signal.aborted) return;
    const nav = new AbortController();
    current = nav;
    signal.addEventListener('abort', () => nav.abort(), { once: true });
    href = win.location.href;
    const url = new URL(href);
    const ctx: FeatureContext = { document: doc, url, page: pageOf(url, parentOrigin(win)) };
    const hub = lazyHub(() =>
      createObserverHub(doc, {
        signal: nav.signal,
        text: textScope(features, ctx),
        ...(options.schedule ? { schedule: options.schedule } : {}),
      }),
    );
    const services: Services = { ...options.services, hub };
    active = [];
    for (const feature of features) {
      try {
        if (!feature.matches(ctx.page, url)) continue;
        active.push(feature.id);
        const result = feature.init(ctx, nav.signal, services);
        if (result instanceof Promise) {
          result.catch((error: unknown) => services.log(feature.id, 'failed to start', error));
        }
      } catch (error) {
        services.log(feature.id, 'failed to start', error);
      }
    }
    // pushState/replaceState fire no event in the isolated world; an SPA's route change also changes the DOM.
    if (active.length > 0) hub.subscribe(() => navigate(), nav.signal);
  };

  const navigate = (force = false) => {
    if (force || win.location.href !== href) start();
  };

  win.addEventListener('hashchange', () => navigate(), { signal });
  win.addEventListener('popstate', () => navigate(), { signal });
  start();

  return { active: () => [...active], navigate };
}

/** The union of the text edits the matching features need: everything if one needs everything. */
export function textScope(features: readonly Feature[], ctx: FeatureContext): string | null {
  const scopes: string[] = [];
  for (const feature of features) {
    let matches = false;
    try {
      matches = feature.matches(ctx.page, ctx.url);
    } catch {
      // Logged when the feature is started.
    }
    if (!matches || feature.textChanges === null) continue;
    if (feature.textChanges === undefined || feature.textChanges === '*') return '*';
    scopes.push(feature.textChanges);
  }
  return scopes.length ? scopes.join(', ') : null;
}

/** The hub is made when a feature first subscribes or asks for the roots. */
function lazyHub(make: () => ObserverHub): ObserverHub {
  let hub: ObserverHub | null = null;
  const get = () => {
    hub ??= make();
    return hub;
  };
  return {
    subscribe: (listener, signal) => get().subscribe(listener, signal),
    roots: () => get().roots(),
  };
}

/** A log line without secrets: only the error's type and our own message. */
export function safeLog(featureId: string, message: string, error?: unknown): void {
  const kind = error instanceof Error ? error.name : error === undefined ? '' : typeof error;
  console.warn(`[SupportLink] ${featureId}: ${message}${kind ? ` (${kind})` : ''}`);
}
