import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from '../src/api/client';
import { sessionTokenStore, tokenShapeProblem } from '../src/api/session';
import { hrefOf, parseRoute } from '../src/app/route';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('api client', () => {
  it('sends the bearer token same-origin, never credentials or caches', async () => {
    const fetch = vi.fn(async () => json(200, { orgId: 'o', orgName: 'O', member: {}, tokenId: 't' }));
    await createApiClient('slk_x', { fetch }).me();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/v1/me');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer slk_x');
    expect(init.credentials).toBe('omit');
    expect(init.cache).toBe('no-store');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('turns problem+json into ApiError with the field errors, and tells about 401', async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async () =>
      json(
        400,
        {
          type: 'urn:supportlink:problem:validation',
          title: 'Invalid',
          detail: 'Bad name',
          errors: [{ field: 'name', message: 'Too long' }],
        },
        'application/problem+json',
      ),
    );
    const err = await createApiClient('slk_x', { fetch, onUnauthorized })
      .addMember('x', 'member')
      .catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'validation',
      detail: 'Bad name',
      fields: [{ field: 'name', message: 'Too long' }],
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
    const unauthorized = vi.fn(async () =>
      json(401, { type: 'urn:supportlink:problem:unauthorized', detail: 'Revoked' }),
    );
    await createApiClient('slk_x', { fetch: unauthorized, onUnauthorized })
      .summary()
      .catch(() => {});
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('says unreachable and timeout apart, and survives a non-JSON error page', async () => {
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    expect(
      await createApiClient('slk_x', { fetch: down })
        .me()
        .catch((e) => e),
    ).toMatchObject({ status: 0, code: 'unreachable' });
    const slow = vi.fn(async () => {
      throw new DOMException('timed out', 'TimeoutError');
    });
    expect(
      await createApiClient('slk_x', { fetch: slow })
        .me()
        .catch((e) => e),
    ).toMatchObject({ status: -1, code: 'timeout' });
    const proxy = vi.fn(
      async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(
      await createApiClient('slk_x', { fetch: proxy })
        .me()
        .catch((e) => e),
    ).toMatchObject({ status: 502, code: 'http-502' });
  });

  it('encodes ids into paths and reads 204 as nothing', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await createApiClient('slk_x', { fetch }).revokeToken('a/b?c');
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('/v1/tokens/a%2Fb%3Fc');
  });
});

describe('session token', () => {
  it('lives in sessionStorage only and can be cleared', () => {
    const store = sessionTokenStore(sessionStorage);
    store.set('slk_abc');
    expect(sessionStorage.getItem('supportlink.dashboard.token')).toBe('slk_abc');
    expect(Object.values({ ...localStorage })).not.toContain('slk_abc');
    store.clear();
    expect(store.get()).toBeNull();
  });

  it('checks the shape before sending anything', () => {
    expect(tokenShapeProblem('  ')).toBe('empty');
    expect(tokenShapeProblem('hello')).toBe('shape');
    expect(tokenShapeProblem('slk_has space inside_aaaaaaaaaaaaaa')).toBe('shape');
    expect(tokenShapeProblem(` slk_${'a'.repeat(43)} `)).toBeNull();
  });
});

describe('routes', () => {
  it.each([
    ['', { name: 'contracts' }],
    ['#/', { name: 'contracts' }],
    ['#/contracts/abc%2F1', { name: 'contract', id: 'abc/1' }],
    ['#/organisation', { name: 'organisation', section: 'members' }],
    ['#/organisation/audit', { name: 'organisation', section: 'audit' }],
    ['#/organisation/nope', { name: 'organisation', section: 'members' }],
    ['#/contracts/%E0%A4%A', { name: 'contracts' }],
    ['#/whatever', { name: 'contracts' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(parseRoute(hrefOf(parseRoute(hash)))).toEqual(route);
  });
});
