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
  invalidateToken(tokenId: string): void;
  invalidateMember(memberId: string): void;
}

interface Cached {
  principal: Principal;
  lastUsedAt: number | null;
}

export function createAuthService(db: Db, clock: Clock, ttlSeconds: number, logger: Logger): AuthService {
  const cache = new TtlLru<string, Cached>(10_000, ttlSeconds * 1000, () => clock.now());

  const touch = (entry: Cached, now: number) => {
    if (entry.lastUsedAt !== null && now - entry.lastUsedAt < TOUCH_INTERVAL_MS) return;
    entry.lastUsedAt = now;
    touchToken(db.kysely, entry.principal.tokenId, now).catch((err: Error) =>
      logger.warn('could not record token use', { error: err.name }),
    );
  };

  return {
    async authenticate(token) {
      if (!looksLikeToken(token)) return null;
      const hash = hashToken(token);
      const now = clock.now();
      let entry = cache.get(hash);
      if (!entry) {
        const row = await findPrincipalByHash(db.kysely, hash);
        if (!row) return null;
        entry = {
          principal: {
            tokenId: row.tokenId,
            orgId: row.orgId,
            memberId: row.memberId,
            memberName: row.memberName,
            role: row.role,
            expiresAt: row.expiresAt,
          },
          lastUsedAt: row.lastUsedAt,
        };
        cache.set(hash, entry);
      }
      if (entry.principal.expiresAt !== null && entry.principal.expiresAt <= now) return null;
      touch(entry, now);
      return entry.principal;
    },
    invalidateToken(tokenId) {
      cache.deleteWhere((e) => e.principal.tokenId === tokenId);
    },
    invalidateMember(memberId) {
      cache.deleteWhere((e) => e.principal.memberId === memberId);
    },
  };
}
