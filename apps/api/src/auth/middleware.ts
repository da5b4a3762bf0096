import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.js';
import { tooManyRequests, unauthorized } from '../errors.js';
import { RateLimiter } from '../lib/rate-limit.js';

export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

const BEARER = /^Bearer ([^\s]+)$/;

/**
 * Bearer authentication for /v1. Failed attempts are counted per client address; once an
 * address is over its budget every /v1 request from it gets 429 until the window ends,
 * so guessing cannot continue behind the 429s.
 */
export function requireAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  const failures = new RateLimiter(deps.config.authFailuresPerMinute, 60_000, () => deps.clock.now());
  return async (c, next) => {
    const address = clientAddress(c);
    const blocked = failures.blockedFor(address);
    if (blocked > 0)
      throw tooManyRequests(blocked, 'Too many failed authentication attempts; try again later.');

    const header = c.req.header('authorization');
    const match = header ? BEARER.exec(header.trim()) : null;
    const principal = match?.[1] ? await deps.auth.authenticate(match[1]) : null;
    if (!principal) {
      const wait = failures.hit(address);
      if (wait > 0) throw tooManyRequests(wait, 'Too many failed authentication attempts; try again later.');
      throw unauthorized(
        header ? 'The token is invalid, revoked or expired.' : 'Send Authorization: Bearer <token>.',
      );
    }
    c.set('principal', principal);
    await next();
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes per token per minute. */
export function limitWrites(deps: Deps): MiddlewareHandler<AppEnv> {
  const writes = new RateLimiter(deps.config.writesPerMinute, 60_000, () => deps.clock.now());
  return async (c, next) => {
    if (WRITE_METHODS.has(c.req.method)) {
      const wait = writes.hit(c.get('principal').tokenId);
      if (wait > 0) throw tooManyRequests(wait, 'Too many writes with this token; slow down.');
    }
    await next();
  };
}
