/**
 * Fixed-window counter per key. Memory is bounded: when the table is full, expired windows
 * are dropped first, then the oldest keys.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds until `key` may act again, or 0 when it is under the limit. Does not count. */
  blockedFor(key: string): number {
    const w = this.current(key);
    if (!w || w.count < this.limit) return 0;
    return (w.start + this.windowMs - this.now()) / 1000;
  }

  /** Counts one action; returns seconds to wait when this action is over the limit, else 0. */
  hit(key: string): number {
    const now = this.now();
    let w = this.current(key);
    if (!w) {
      this.evictIfFull();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > this.limit ? (w.start + this.windowMs - now) / 1000 : 0;
  }

  private current(key: string) {
    const w = this.windows.get(key);
    if (w && w.start + this.windowMs <= this.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private evictIfFull() {
    if (this.windows.size < this.maxKeys) return;
    const now = this.now();
    for (const [k, w] of this.windows) if (w.start + this.windowMs <= now) this.windows.delete(k);
    for (const k of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(k);
    }
  }
}
