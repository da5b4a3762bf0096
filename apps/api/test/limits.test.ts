/**
 * Issue 10, finding 7: limits that hold. Writes are limited per member in the database (shared by
 * every replica: see replicas.test.ts); failed-auth limiting never blocks a request that carries a
 * valid token; the client address honours TRUST_PROXY and ignores X-Forwarded-For otherwise.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { dialects } from './helpers/dialects.js';
import { type Env, harness, sampleContract } from './helpers/harness.js';

const BAD = `slk_${'A'.repeat(43)}`;
const from = (address: string, forwardedFor?: string): { env: Env; headers: Record<string, string> } => ({
  env: { incoming: { socket: { remoteAddress: address } } },
  headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
});

describe.each(dialects)('limits on %s', (dialect) => {
  it('failed authentication is limited per address, but a valid token from that address always gets through', async () => {
    const h = await harness(dialect, { authFailuresPerMinute: 5 });
    try {
      const org = await h.org();
      const shared = from('10.0.0.66');
      for (let i = 0; i < 5; i++)
        expect((await h.req('GET', '/v1/me', { token: BAD, ...shared })).status).toBe(401);
      const limited = await h.req('GET', '/v1/me', { token: BAD, ...shared });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await h.req('GET', '/v1/me', { ...shared })).status).toBe(429);
      // Everyone else behind that address with a real token is not locked out.
      for (const role of ['viewer', 'member', 'owner'] as const) {
        expect((await h.req('GET', '/v1/me', { token: org.tokens[role], ...shared })).status).toBe(200);
      }
      expect(
        (
          await h.req('POST', '/v1/contracts', {
            token: org.tokens.member,
            body: sampleContract(),
            ...shared,
          })
        ).status,
      ).toBe(201);
      expect((await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.7') })).status).toBe(401);
      h.clock.advance(61_000);
      expect((await h.req('GET', '/v1/me', { token: BAD, ...shared })).status).toBe(401);
    } finally {
      await h.close();
    }
  });

  it('writes are limited per member across all of their tokens', async () => {
    const h = await harness(dialect, { writesPerMinute: 8 });
    try {
      const org = await h.org();
      const second = await h.req('POST', `/v1/members/${org.memberIds.member}/tokens`, {
        token: org.tokens.owner,
        body: {},
      });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const token = i % 2 ? org.tokens.member : second.body.token;
        statuses.push((await h.req('POST', '/v1/contracts', { token, body: sampleContract() })).status);
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(8);
      expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
      expect((await h.req('GET', '/v1/contracts', { token: org.tokens.member })).status).toBe(200);
      expect(
        (await h.req('POST', '/v1/contracts', { token: org.tokens.admin, body: sampleContract() })).status,
      ).toBe(201);
    } finally {
      await h.close();
    }
  });
});

describe('client address', () => {
  it('without TRUST_PROXY, X-Forwarded-For is ignored: a client cannot pick the address it is counted under', async () => {
    const h = await harness('sqlite', { authFailuresPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.9', `198.51.100.${i}`) });
        expect(res.status).toBe(401);
      }
      expect(
        (await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.9', '198.51.100.77') })).status,
      ).toBe(429);
    } finally {
      await h.close();
    }
  });

  it('behind a trusted proxy, each client is counted under its own forwarded address', async () => {
    const h = await harness('sqlite', { authFailuresPerMinute: 3, trustProxy: ['10.0.0.1'] });
    try {
      const attacker = from('10.0.0.1', '203.0.113.9');
      for (let i = 0; i < 3; i++)
        expect((await h.req('GET', '/v1/me', { token: BAD, ...attacker })).status).toBe(401);
      expect((await h.req('GET', '/v1/me', { token: BAD, ...attacker })).status).toBe(429);
      // Another client of the same proxy is not blocked by the attacker's failures.
      expect((await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.1', '198.51.100.7') })).status).toBe(
        401,
      );
      // A spoofed hop in front of the real client does not help: the nearest untrusted address counts.
      expect(
        (await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.1', '192.0.2.1, 203.0.113.9') })).status,
      ).toBe(429);
      // A peer that is not the trusted proxy cannot forward for anyone.
      for (let i = 0; i < 3; i++) {
        await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.50', `198.51.100.${100 + i}`) });
      }
      expect(
        (await h.req('GET', '/v1/me', { token: BAD, ...from('10.0.0.50', '198.51.100.200') })).status,
      ).toBe(429);
    } finally {
      await h.close();
    }
  });

  it('TRUST_PROXY takes addresses, ranges and names; refuses "trust everyone" and garbage; defaults to none', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    for (const bad of ['true', '*', 'not-an-ip', '10.0.0.0/99']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });
});
