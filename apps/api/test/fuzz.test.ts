import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from './helpers/dialects.js';
import { type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

/** Deterministic PRNG so a failure can be replayed from the seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20261124;
const COUNT = 3000;

describe.each(dialects)('bounded fuzz on %s (in-process, no network)', (dialect) => {
  let h: Harness;
  let org: Org;
  let contractId: string;
  beforeAll(async () => {
    h = await harness(dialect);
    org = await h.org();
    contractId = (await h.req('POST', '/v1/contracts', { token: org.tokens.owner, body: sampleContract() }))
      .body.id;
  });
  afterAll(() => h.close());

  it(`${COUNT} malformed requests across all routes: no 5xx, the app keeps answering`, async () => {
    const rnd = prng(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const routes = h.app.routes.filter((r) => r.method !== 'ALL').map((r) => [r.method, r.path] as const);
    const weird = [
      '',
      ' ',
      '%00',
      '%',
      '..%2F..%2Fetc',
      'x'.repeat(300),
      '\u202e',
      '😀',
      '-1',
      '1e309',
      'null',
      contractId,
      "'; drop table contracts; --",
      '%E0%A4%A',
    ];
    const scalars: unknown[] = [
      null,
      true,
      0,
      -1,
      1.5,
      2 ** 53,
      '',
      'x'.repeat(5000),
      [],
      {},
      '2026-13-45',
      '0050-01-01',
      '9999-12-31',
      '\u0000',
      'ab\u0000cd',
      '\uD83D',
      'x\uDE00',
      '\uDE00\uD83D',
      '😀\uD83D',
      'enc1:AAAA',
      `enc1:${'A'.repeat(60)}`,
    ];
    const mutate = (v: unknown, depth = 0): unknown => {
      if (depth > 3 || rnd() < 0.3) return pick(scalars);
      if (Array.isArray(v)) return v.map((x) => mutate(x, depth + 1));
      if (v && typeof v === 'object') {
        const o: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v))
          if (rnd() > 0.2) o[rnd() < 0.1 ? `${k}_` : k] = rnd() < 0.5 ? mutate(x, depth + 1) : x;
        if (rnd() < 0.2) o[pick(['orgId', 'version', 'role', '__proto__', 'constructor'])] = pick(scalars);
        return o;
      }
      return pick(scalars);
    };
    const bodies = [
      sampleContract(),
      { id: 'e1', type: 'opened', at: '2026-01-01T00:00:00Z', count: 1 },
      { id: 'e2', type: 'observed', at: '2026-01-01T00:00:00Z', remaining: 3, portal: 'azure' },
      { name: 'n', role: 'viewer' },
      { account: 'a@b' },
    ];
    const rawBodies = [
      '{',
      '[]',
      '"str"',
      '{"a":',
      '\u0000\u0001',
      '{"__proto__":{"x":1}}',
      'null',
      '1'.repeat(1000),
      '{"label":"\\u0000"}',
      '{"name":"\\ud800","role":"viewer"}',
      '{"\\u0000":1}',
      '{"account":"a\\udc00b"}',
    ];
    const tokens = [org.tokens.owner, org.tokens.member, org.tokens.viewer, 'slk_bad', ''];

    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const [routeMethod, pattern] = pick(routes);
      const method =
        rnd() < 0.85 ? routeMethod : pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
      const path = pattern
        .replace(/:(\w+)/g, () => (rnd() < 0.5 ? encodeURIComponent(pick(weird)) : pick(weird)))
        .concat(rnd() < 0.3 ? `?since=${pick(weird)}&limit=${pick(weird)}` : '');
      const headers: Record<string, string> = {};
      const token = pick(tokens);
      if (token) headers.authorization = `Bearer ${token}`;
      if (rnd() < 0.3) headers['if-match'] = pick(['"1"', '*', 'W/"1"', '', '"', 'garbage']);
      const contentTypes = [
        'application/json',
        'text/plain',
        'application/json; charset=utf-8',
        'multipart/form-data',
      ];
      if (rnd() < 0.8) headers['content-type'] = pick(contentTypes);
      let body: string | undefined;
      if (!['GET', 'HEAD'].includes(method) && rnd() < 0.9) {
        body = rnd() < 0.7 ? JSON.stringify(mutate(pick(bodies))) : pick(rawBodies);
      }
      let status: number;
      try {
        const res = await h.app.request(path.startsWith('/') ? path : `/${path}`, { method, headers, body });
        status = res.status;
        await res.arrayBuffer();
      } catch (e) {
        // The request itself could not be constructed (e.g. an invalid URL): not the server's doing.
        if (e instanceof TypeError) continue;
        throw e;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(status, `#${i} ${method} ${path} ${body?.slice(0, 200)}`).toBeLessThan(500);
    }
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(COUNT * 0.9);
    // The mix reached validation, auth, routing and success paths, not just one early rejection.
    for (const s of [200, 400, 401, 404]) expect(statuses.get(s), `status ${s}`).toBeGreaterThan(10);
    expect((await h.req('GET', '/v1/me', { token: org.tokens.viewer })).status).toBe(200);
    expect(h.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  }, 120_000);

  it('every string field of every valid write, set to text that cannot be stored: 400 naming it, never 5xx', async () => {
    const bad = ['\u0000', 'a\u0000', '\uD800', 'x\uDBFFy', '\uDFFF', '😀\uDE00'];
    const writes: [string, string, Record<string, unknown>, Record<string, string>?][] = [
      ['POST', '/v1/contracts', { ...sampleContract(), competency: 'other' }],
      ['PATCH', `/v1/contracts/${contractId}`, { label: 'l', accessId: 'A-1' }, { 'if-match': '*' }],
      [
        'POST',
        `/v1/contracts/${contractId}/events`,
        { id: 'fz', type: 'opened', at: '2026-01-01T00:00:00Z', note: 'n' },
      ],
      [
        'PUT',
        `/v1/contracts/${contractId}/links/azure`,
        { account: 'a@b', linkedAt: '2026-01-01T00:00:00Z' },
      ],
      ['POST', '/v1/members', { name: 'n', role: 'viewer' }],
      ['POST', '/v1/tokens', { name: 'n' }],
    ];
    let checked = 0;
    for (const [method, path, valid, headers] of writes) {
      for (const [field, value] of Object.entries(valid)) {
        if (typeof value !== 'string') continue;
        for (const text of bad) {
          const res = await h.req(method, path, {
            token: org.tokens.owner,
            body: { ...valid, [field]: text },
            headers,
          });
          expect(res.status, `${method} ${path} ${field}=${JSON.stringify(text)}`).toBe(400);
          expect(res.body.errors[0].field).toBe(field);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(h.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  }, 120_000);
});
