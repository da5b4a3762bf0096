import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Load<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: unknown };

/** Runs `load` now and on `reload()`; keeps the last data while reloading; ignores stale answers. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading', data: null, error: null });
  const generation = useRef(0);
  // The caller names what the loader depends on (`deps`).
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    load().then(
      (data) => mine === generation.current && setState({ status: 'ready', data, error: null }),
      (error) => mine === generation.current && setState((s) => ({ status: 'error', data: s.data, error })),
    );
  }, deps);
  useEffect(() => {
    run();
    return () => {
      generation.current++;
    };
  }, [run]);
  return [state, run];
}
