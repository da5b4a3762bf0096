/**
 * The SupportLink token lives in sessionStorage only: it is gone when the tab closes, never
 * written to localStorage, cookies or the URL. (Until single sign-on replaces it.)
 */
const KEY = 'supportlink.dashboard.token';

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

export function sessionTokenStore(storage: Storage = sessionStorage): TokenStore {
  return {
    get: () => {
      try {
        return storage.getItem(KEY);
      } catch {
        return null;
      }
    },
    set: (token) => storage.setItem(KEY, token),
    clear: () => {
      try {
        storage.removeItem(KEY);
      } catch {
        // Storage unavailable: nothing was stored either.
      }
    },
  };
}

/** What a pasted token must look like before we send it anywhere (the server decides the rest). */
export function tokenShapeProblem(raw: string): 'empty' | 'shape' | null {
  const token = raw.trim();
  if (token === '') return 'empty';
  return /^slk_[A-Za-z0-9_-]{20,200}$/.test(token) ? null : 'shape';
}
