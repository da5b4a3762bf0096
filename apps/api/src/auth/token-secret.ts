import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'slk_';
const TOKEN_SHAPE = /^slk_[A-Za-z0-9_-]{43}$/;

/** A new bearer token: recognisable prefix + 256 random bits, base64url. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** Tokens are stored only as this hash; with 256 random bits a fast hash is enough. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
