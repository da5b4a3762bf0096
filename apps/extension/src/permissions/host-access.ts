/**
 * The portal sites SupportLink needs. Browsers let users withdraw an extension's site access
 * (Firefox per site, Chrome/Edge "Site access"); without it nothing is captured, filled or
 * flagged there, so the popup and Options check and offer to ask again.
 */
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '../hosts';

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  onAdded?: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
  onRemoved?: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
}

export interface HostAccess {
  /** The portal match patterns the browser currently withholds (empty when all is granted). */
  missing(): Promise<string[]>;
  /** Asks the browser for them. Call it synchronously inside the click (a user gesture is required). */
  request(patterns: string[]): Promise<boolean>;
  /** Calls back when the user grants or withdraws any permission; returns the unsubscribe. */
  watch(callback: () => void): () => void;
}

/** `permissions` is read on each call, so importing this module never touches the browser API. */
export function createHostAccess(permissions: () => PermissionsLike): HostAccess {
  return {
    async missing() {
      const api = permissions();
      const held = await Promise.all(PORTAL_MATCHES.map((origin) => api.contains({ origins: [origin] })));
      return PORTAL_MATCHES.filter((_, i) => !held[i]);
    },
    request(patterns) {
      try {
        return permissions()
          .request({ origins: patterns })
          .catch(() => false);
      } catch {
        return Promise.resolve(false);
      }
    },
    watch(callback) {
      const api = permissions();
      api.onAdded?.addListener(callback);
      api.onRemoved?.addListener(callback);
      return () => {
        api.onAdded?.removeListener(callback);
        api.onRemoved?.removeListener(callback);
      };
    },
  };
}

/** `https://*.reactblade.portal.azure.net/*` → `*.reactblade.portal.azure.net`, for people. */
export function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

export const hostAccess: HostAccess = createHostAccess(
  () => browser.permissions as unknown as PermissionsLike,
);
