import { createObserverHub } from '../observe';

/**
 * An observer hub on `document` whose batches wait in `queue` until the test runs `frame()`;
 * `now` replaces the hub's clock (the quiet-grid windows).
 */
export function manualHub(rescanMs = 0, text?: string | null, now?: () => number) {
  const queue: Array<() => void> = [];
  const controller = new AbortController();
  const hub = createObserverHub(document, {
    signal: controller.signal,
    schedule: (run) => queue.push(run),
    rescanMs,
    ...(text !== undefined ? { text } : {}),
    ...(now ? { now } : {}),
  });
  const frame = () => {
    for (const run of queue.splice(0)) run();
  };
  return { hub, controller, frame, queue };
}
