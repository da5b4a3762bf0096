/** Runs `fn` at most once per `ms`, always running once more after the last call (trailing). */
export function throttle(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    last = Date.now();
    fn();
  };
  return () => {
    if (signal.aborted || timer !== undefined) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
}
