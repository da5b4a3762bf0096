import type { Clock } from '../clock.js';
import type { Principal } from '../context.js';
import type { Db } from '../db/connect.js';
import { findPrincipalByHash, touchToken } from '../db/repos/tokens.js';
import { TtlLru } from '../lib/lru.js';
import type { Logger } from '../logger.js';
import { hashToken, looksLikeToken } from './token-secret.js';

/** How often a token's last-used time is written at most (a write per request would cost an fsync). */
const TOUCH_INTERVAL_MS = 60_000;

export interface AuthService {
  /** The principal for a bearer token, or null when unknown, revoked, expired or malformed. */
  authenticate(token: string): Promise<Principal | null>;
  /** Forgets every cached lookup; called after this process changed a member or a token. */
  invalidateAll(): void;
}

interface Cached {
  principal: Principal;
  lastUsedAt: number | null;
  /** The feed's epoch and the local generation when the row was read: the entry is valid while both hold. */
  epoch: number;
  generation: number;
}

/**
 * Token lookups with a cache that never outlives a change: an entry is served only while the
 * database's auth feed (other processes and replicas) and this process's own generation counter
 * (changes made here) are what they were when it was read. The TTL is a backstop for memory only.
 */
export function createAuthService(db: Db, clock: Clock, ttlSeconds: number, logger: Logger): AuthService {
  const cache = new TtlLru<string, Cached>(10_000, ttlSeconds * 1000, () => clock.now());
  let generation = 0;

  const touch = (entry: Cached, now: number) => {
    if (entry.lastUsedAt !== null && now - entry.lastUsedAt < TOUCH_INTERVAL_MS) return;
    entry.lastUsedAt = now;
    touchToken(db.kysely, entry.principal.tokenId, now).catch((err: Error) =>
      logger.warn('could not record token use', { error: err.name }),
    );
  };

  const load = async (hash: string): Promise<Cached | null> => {
    // Read the markers before the row: a change landing during the read then voids the entry.
    const epoch = db.authFeed.epoch();
    const gen = generation;
    const row = await findPrincipalByHash(db.kysely, hash);
    if (!row) return null;
    const { lastUsedAt, ...principal } = row;
    const entry: Cached = { principal, lastUsedAt, epoch: epoch ?? -1, generation: gen };
    if (epoch !== null && gen === generation && db.authFeed.epoch() === epoch) cache.set(hash, entry);
    return entry;
  };

  return {
    async authenticate(token) {
      if (!looksLikeToken(token)) return null;
      const hash = hashToken(token);
      const now = clock.now();
      let entry = cache.get(hash);
      if (entry && (entry.generation !== generation || entry.epoch !== db.authFeed.epoch())) {
        entry = undefined;
      }
      entry ??= (await load(hash)) ?? undefined;
      if (!entry) return null;
      if (entry.principal.expiresAt !== null && entry.principal.expiresAt <= now) return null;
      touch(entry, now);
      return entry.principal;
    },
    invalidateAll() {
      generation++;
      cache.deleteWhere(() => true);
    },
  };
}
