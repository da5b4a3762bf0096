import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import proxyAddr from 'proxy-addr';
import type { AppEnv, Deps } from '../context.js';
import { tooManyRequests, unauthorized } from '../errors.js';
import { RateLimiter } from '../lib/rate-limit.js';
import { withWriteCharge } from '../lib/write-budget.js';

/**
 * The client's address: the socket's peer, or — only when that peer is a proxy named in TRUST_PROXY —
 * the nearest untrusted address in X-Forwarded-For. Without TRUST_PROXY the header is ignored, so a
 * client cannot pick the address its failures are counted against.
 */
export function clientAddressOf(trustProxy: string[]): (c: Context<AppEnv>) => string {
  const trust = trustProxy.length > 0 ? proxyAddr.compile(trustProxy) : null;
  return (c) => {
    const peer = c.env?.incoming?.socket?.remoteAddress;
    if (!peer) return 'unknown';
    if (!trust) return peer;
    const req = {
      socket: { remoteAddress: peer },
      headers: { 'x-forwarded-for': c.req.header('x-forwarded-for') ?? '' },
    } as unknown as IncomingMessage;
    return proxyAddr(req, trust);
  };
}

const BEARER = /^Bearer ([^\s]+)$/;
const TOO_MANY_FAILURES = 'Too many failed authentication attempts from this address; try again later.';

/**
 * Bearer authentication for /v1. A valid token always gets through. Failed attempts are counted per
 * client address; once an address is over its budget, requests from it that do not carry a valid
 * token get 429 until the window ends — so users behind a shared proxy are never locked out by
 * someone else's bad tokens, and guessing gains nothing but 429s.
 */
export function requireAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  const failures = new RateLimiter(deps.config.authFailuresPerMinute, 60_000, () => deps.clock.now());
  const clientAddress = clientAddressOf(deps.config.trustProxy);
  return async (c, next) => {
    const header = c.req.header('authorization');
    const match = header ? BEARER.exec(header.trim()) : null;
    const principal = match?.[1] ? await deps.auth.authenticate(match[1]) : null;
    if (principal) {
      c.set('principal', principal);
      return next();
    }
    const address = clientAddress(c);
    const blocked = failures.blockedFor(address);
    if (blocked > 0) throw tooManyRequests(blocked, TOO_MANY_FAILURES);
    const wait = failures.hit(address);
    if (wait > 0) throw tooManyRequests(wait, TOO_MANY_FAILURES);
    throw unauthorized(
      header ? 'The token is invalid, revoked or expired.' : 'Send Authorization: Bearer <token>.',
    );
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes per member per minute, counted in the database (table write_counts) inside each write's
 * own transaction, so every replica and every token of a member share one budget.
 */
export function limitWrites(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const p = c.get('principal');
    return withWriteCharge(
      {
        orgId: p.orgId,
        memberId: p.memberId,
        limit: deps.config.writesPerMinute,
        windowMs: 60_000,
        now: deps.clock.now(),
      },
      () => next(),
    );
  };
}
