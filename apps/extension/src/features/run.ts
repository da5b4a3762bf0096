/**
 * Runs the features that match the current page; aborts and reruns them when the page
 * navigates in place (hash, history). A feature that throws is logged and skipped.
 */
import { createObserverHub } from '../dom/observe';
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
  const hub = createObserverHub(doc, { signal, ...(options.schedule ? { schedule: options.schedule } : {}) });
  const services: Services = { ...options.services, hub };
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
  };

  const navigate = (force = false) => {
    if (force || win.location.href !== href) start();
  };

  win.addEventListener('hashchange', () => navigate(), { signal });
  win.addEventListener('popstate', () => navigate(), { signal });
  // pushState/replaceState fire no event in the isolated world; an SPA's route change also changes the DOM.
  hub.subscribe(() => navigate(), signal);
  start();

  return { active: () => [...active], navigate };
}

/** A log line without secrets: only the error's type and our own message. */
export function safeLog(featureId: string, message: string, error?: unknown): void {
  const kind = error instanceof Error ? error.name : error === undefined ? '' : typeof error;
  console.warn(`[SupportLink] ${featureId}: ${message}${kind ? ` (${kind})` : ''}`);
}
