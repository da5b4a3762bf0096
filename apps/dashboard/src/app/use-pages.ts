import { useState } from 'preact/hooks';
import { errorText } from '../components/errors';
import { useLoad } from './use-load';

export interface Page<T> {
  rows: T[];
  next: string | null;
}

/**
 * A newest-first log read a page at a time: the first page loads now, again on `reload()` (older
 * pages kept) or `refresh()` (older pages dropped); `more()` appends the page after the last one
 * shown, and when it fails keeps what is shown and says why in `error`.
 */
export function usePages<T>(page: (before?: string | null) => Promise<Page<T>>, deps: unknown[]) {
  const [first, reload] = useLoad(() => page(), deps);
  const [older, setOlder] = useState<Page<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = [...(first.data?.rows ?? []), ...(older?.rows ?? [])];
  const next = older ? older.next : (first.data?.next ?? null);

  const more = async () => {
    setError(null);
    try {
      const p = await page(next);
      setOlder((o) => ({ rows: [...(o?.rows ?? []), ...p.rows], next: p.next }));
    } catch (err) {
      setError(errorText(err));
    }
  };
  const refresh = () => {
    setOlder(null);
    reload();
  };
  return { first, reload, rows, next, error, more, refresh };
}
