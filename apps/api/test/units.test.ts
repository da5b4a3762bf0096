import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, looksLikeToken } from '../src/auth/token-secret.js';
import { ConfigError, loadConfig, parseDatabaseUrl, parseEncryptionKey } from '../src/config.js';
import { readIds, storeIds } from '../src/lib/contract-ids.js';
import { TtlLru } from '../src/lib/lru.js';
import { RateLimiter } from '../src/lib/rate-limit.js';
import { createSecretBox, SecretUnavailableError } from '../src/lib/secret-box.js';
import { cutPage } from '../src/services/sync-page.js';

describe('config', () => {
  it('defaults to the embedded SQLite file on 127.0.0.1:8787', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      logLevel: 'info',
      corsOrigins: [],
      bodyLimitBytes: 65536,
    });
    expect(c.database).toEqual({ kind: 'sqlite', path: '/srv/app/data/supportlink.sqlite' });
  });

  it('reads postgres URLs, file: URLs and plain paths', () => {
    expect(parseDatabaseUrl('postgres://u@h:5432/db')).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
    expect(parseDatabaseUrl('postgresql://u@h/db').kind).toBe('postgres');
    expect(parseDatabaseUrl('file:/tmp/x.sqlite')).toEqual({ kind: 'sqlite', path: '/tmp/x.sqlite' });
    expect(parseDatabaseUrl('file:///tmp/y.sqlite')).toEqual({ kind: 'sqlite', path: '/tmp/y.sqlite' });
    expect(parseDatabaseUrl('rel/z.sqlite', '/base')).toEqual({ kind: 'sqlite', path: '/base/rel/z.sqlite' });
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(ConfigError);
  });

  it('stops on invalid values with a one-line message', () => {
    for (const env of [
      { PORT: 'eighty' },
      { PORT: '70000' },
      { LOG_LEVEL: 'chatty' },
      { SUPPORTLINK_ENCRYPTION_KEY: 'short' },
      { CORS_ORIGINS: 'https://*.example.com' },
    ]) {
      let message = '';
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        message = (e as Error).message;
      }
      expect(message, JSON.stringify(env)).not.toBe('');
      expect(message).not.toContain('\n');
    }
  });

  it('accepts a 32-byte key as 64 hex characters or base64', () => {
    const key = Buffer.alloc(32, 0xab);
    expect(parseEncryptionKey(key.toString('hex'))).toEqual(key);
    expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
    expect(parseEncryptionKey(key.toString('base64url'))).toEqual(key);
    expect(parseEncryptionKey(undefined)).toBeNull();
    expect(() => parseEncryptionKey(Buffer.alloc(16).toString('hex'))).toThrow(ConfigError);
  });
});

describe('secret box', () => {
  const box = createSecretBox(Buffer.alloc(32, 1));
  it('round-trips, uses a fresh IV per value and binds the value to its context', () => {
    const a = box.seal('ACCESS-1', 'org/c1/access_id');
    const b = box.seal('ACCESS-1', 'org/c1/access_id');
    expect(a).not.toBe(b);
    expect(a).not.toContain('ACCESS-1');
    expect(box.open(a, 'org/c1/access_id')).toBe('ACCESS-1');
    expect(() => box.open(a, 'org/c2/access_id')).toThrow(SecretUnavailableError);
    expect(() => createSecretBox(Buffer.alloc(32, 2)).open(a, 'org/c1/access_id')).toThrow(
      SecretUnavailableError,
    );
    expect(() => createSecretBox(null).open(a, 'org/c1/access_id')).toThrow(/not set/);
  });
  it('passes unmarked values through and refuses marked values it cannot open', () => {
    expect(box.open('PLAIN-ID', 'x')).toBe('PLAIN-ID');
    expect(createSecretBox(null).seal('PLAIN', 'x')).toBe('PLAIN');
    expect(() => box.open('enc1:AAAA', 'x')).toThrow(SecretUnavailableError);
  });
});

describe('contract IDs at rest (the row flag decides, never the text)', () => {
  const box = createSecretBox(Buffer.alloc(32, 1));
  const row = (ids: { access_id: string; contract_id: string; ids_sealed: number }) => ({
    org_id: 'o',
    id: 'c1',
    ...ids,
  });
  it('stores plain IDs unflagged without a key, sealed and flagged with one', () => {
    const plain = storeIds('o', 'c1', { accessId: 'A-1', contractId: 'C-1' }, createSecretBox(null));
    expect(plain).toEqual({ access_id: 'A-1', contract_id: 'C-1', ids_sealed: 0 });
    const sealed = storeIds('o', 'c1', { accessId: 'A-1', contractId: 'C-1' }, box);
    expect(sealed.ids_sealed).toBe(1);
    expect(sealed.access_id).not.toContain('A-1');
    expect(readIds(row(sealed), box)).toEqual({ accessId: 'A-1', contractId: 'C-1' });
  });
  it('returns user text that looks like ciphertext exactly as stored, with or without a key', () => {
    const fake = { access_id: 'enc1:AAAA', contract_id: `enc1:${'A'.repeat(60)}`, ids_sealed: 0 };
    expect(readIds(row(fake), box)).toEqual({ accessId: fake.access_id, contractId: fake.contract_id });
    expect(readIds(row(fake), createSecretBox(null))?.accessId).toBe('enc1:AAAA');
  });
  it('reports a flagged row it cannot open as null instead of throwing', () => {
    const sealed = storeIds('o', 'c1', { accessId: 'A-1', contractId: 'C-1' }, box);
    expect(readIds(row(sealed), createSecretBox(null))).toBeNull();
    expect(readIds(row(sealed), createSecretBox(Buffer.alloc(32, 2)))).toBeNull();
    expect(readIds({ ...row(sealed), id: 'other' }, box)).toBeNull();
    expect(readIds(row({ ...sealed, access_id: 'not ciphertext' }), box)).toBeNull();
  });
});

describe('tokens', () => {
  it('are slk_ + 256 random bits, recognisable, hashed with SHA-256', () => {
    const t = generateToken();
    expect(t).toMatch(/^slk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(t.slice(4), 'base64url')).toHaveLength(32);
    expect(looksLikeToken(t)).toBe(true);
    expect(looksLikeToken(`${t}=`)).toBe(false);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(generateToken()).not.toBe(t);
  });
});

describe('rate limiter and LRU', () => {
  it('limits per key per window and bounds its memory', () => {
    let now = 0;
    const rl = new RateLimiter(2, 1000, () => now, 3);
    expect(rl.hit('a')).toBe(0);
    expect(rl.hit('a')).toBe(0);
    expect(rl.hit('a')).toBeCloseTo(1);
    expect(rl.blockedFor('a')).toBeGreaterThan(0);
    expect(rl.blockedFor('b')).toBe(0);
    now = 1000;
    expect(rl.blockedFor('a')).toBe(0);
    for (const k of ['x', 'y', 'z', 'w']) rl.hit(k);
    expect(rl.blockedFor('x')).toBe(0);
  });

  it('expires and evicts least recently used entries', () => {
    let now = 0;
    const lru = new TtlLru<string, number>(2, 100, () => now);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    now = 200;
    expect(lru.get('a')).toBeUndefined();
    lru.set('d', 4);
    lru.deleteWhere((v) => v === 4);
    expect(lru.get('d')).toBeUndefined();
    expect(lru.get('c')).toBeUndefined();
    expect(lru.size).toBe(0);
  });
});

describe('sync paging', () => {
  const rows = (...revs: number[]) => revs.map((revision) => ({ revision }));
  it('returns everything up to the head when it fits', () => {
    const page = cutPage({ contracts: rows(2), events: rows(3, 4), links: [] }, 10, 9);
    expect(page).toMatchObject({ cursor: 9, hasMore: false });
  });
  it('cuts at the limit-th revision across tables and never splits a revision', () => {
    const page = cutPage({ contracts: rows(1, 5, 6), events: rows(2, 3, 5), links: rows(4) }, 4, 20);
    expect(page.cursor).toBe(4);
    expect(page.hasMore).toBe(true);
    expect([...page.contracts, ...page.events, ...page.links].map((r) => r.revision).sort()).toEqual([
      1, 2, 3, 4,
    ]);
    const split = cutPage({ contracts: rows(1, 2), events: rows(2, 3), links: [] }, 2, 9);
    expect(split.cursor).toBe(2);
    expect(split.contracts.length + split.events.length).toBe(3);
  });
});
