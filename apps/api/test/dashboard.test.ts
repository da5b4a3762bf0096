import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecast } from '@supportlink/rules';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrorHandler, Problem, problemResponse } from '../src/errors.js';
import { createLogger } from '../src/logger.js';
import { DASHBOARD_CSP, dashboardRoutes } from '../src/web/dashboard.js';
import { dialects } from './helpers/dialects.js';
import { eventId, type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

/** The routes as the app mounts them: problems rendered by the app's one error handler. */
function withErrors(routes: ReturnType<typeof dashboardRoutes>) {
  const app = new Hono();
  app.route('/', routes);
  app.notFound((c) => problemResponse(c, new Problem(404, 'not-found', 'Not found', 'No such route.')));
  app.onError(createErrorHandler(createLogger('silent')));
  return app;
}

describe('the dashboard is served from memory with a strict CSP', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'supportlink-dashboard-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app-1.js"></script>',
    );
    writeFileSync(join(dir, 'assets/app-1.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets/app-1.css'), 'body{}');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'assets/notes.map'), 'not served: unknown type');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page, its assets and the icon with types, caching and the CSP', async () => {
    const app = dashboardRoutes(dir);
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(await page.text()).toContain('/assets/app-1.js');
    const js = await app.request('/assets/app-1.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/app-1.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await app.request('/favicon.svg')).status).toBe(200);
  });

  it('answers If-None-Match with 304 and unknown or escaping paths with 404', async () => {
    const app = withErrors(dashboardRoutes(dir));
    const first = await app.request('/');
    const again = await app.request('/', { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    for (const path of [
      '/assets/nope.js',
      '/assets/notes.map',
      '/assets/..%2Findex.html',
      '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ]) {
      const res = await app
        .onError((err, c) => c.text(String((err as { status?: number }).status), 404))
        .request(path);
      expect(res.status, path).toBe(404);
    }
  });

  it('without a build, `/` says how to build it (404 problem), and the rest of the API is unaffected', async () => {
    const res = await withErrors(dashboardRoutes(join(dir, 'missing'))).request('/');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain(
      'npm run build -w @supportlink/dashboard',
    );
  });

  it('the CSP allows nothing but this origin: no inline code, no eval, no frames', () => {
    expect(DASHBOARD_CSP).toContain("default-src 'none'");
    expect(DASHBOARD_CSP).toContain("script-src 'self'");
    expect(DASHBOARD_CSP).toContain("frame-ancestors 'none'");
    expect(DASHBOARD_CSP).not.toMatch(/unsafe|https?:|\*|data:|blob:/);
  });
});

describe.each(dialects)('audit and export routes on %s', (dialect) => {
  let h: Harness;
  let a: Org;
  let b: Org;
  let contractId: string;
  beforeAll(async () => {
    h = await harness(dialect);
    a = await h.org('A');
    b = await h.org('B');
    const c = await h.req('POST', '/v1/contracts', { token: a.tokens.member, body: sampleContract() });
    contractId = c.body.id;
    await h.req('POST', `/v1/contracts/${contractId}/events`, {
      token: a.tokens.member,
      body: { id: eventId(), type: 'opened', at: '2026-02-01T00:00:00Z' },
    });
    await h.req('PUT', `/v1/contracts/${contractId}/links/azure`, {
      token: a.tokens.member,
      body: { account: 'x@a.example' },
    });
    await h.req('POST', '/v1/contracts', {
      token: b.tokens.member,
      body: sampleContract({ label: 'B only' }),
    });
  });
  afterAll(() => h.close());

  it('lists the audit log newest first, names the actor, pages with `before`, and shows no secrets', async () => {
    const first = await h.req('GET', '/v1/audit?limit=2', { token: a.tokens.admin });
    expect(first.status).toBe(200);
    expect(first.body.entries).toHaveLength(2);
    expect(first.body.entries[0].action).toBe('link.create');
    expect(first.body.entries[0].actorName).toBe('member');
    expect(first.body.entries[1].action).toBe('contract.create');
    expect(first.body.entries[0].seq).toBeGreaterThan(first.body.entries[1].seq);
    const all: { seq: number; action: string }[] = [...first.body.entries];
    let next = first.body.next;
    while (next) {
      const page = await h.req('GET', `/v1/audit?limit=2&before=${next}`, { token: a.tokens.admin });
      all.push(...page.body.entries);
      next = page.body.next;
    }
    const seqs = all.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(all.some((e) => e.action === 'member.create')).toBe(true);
    const text = JSON.stringify(all);
    expect(text).not.toContain(sampleContract().accessId);
    expect(text).not.toContain(sampleContract().contractId);
    expect(text).not.toContain('B only');
  });

  it("the summary carries each contract's forecast from the rules package", async () => {
    const org = await h.org('forecast');
    const end = new Date(h.clock.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const start = new Date(h.clock.now() - 345 * 86_400_000).toISOString().slice(0, 10);
    const c = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: sampleContract({ startDate: start, endDate: end, label: 'Ends soon' }),
    });
    for (const daysAgo of [300, 200, 100]) {
      await h.req('POST', `/v1/contracts/${c.body.id}/events`, {
        token: org.tokens.member,
        body: {
          id: eventId(),
          type: 'opened',
          at: new Date(h.clock.now() - daysAgo * 86_400_000).toISOString(),
        },
      });
    }
    const s = await h.req('GET', '/v1/summary', { token: org.tokens.viewer });
    const item = s.body.contracts[0];
    expect(item.remaining).toBe(17);
    expect(item.daysToExpiry).toBe(20);
    const events = (await h.req('GET', `/v1/contracts/${c.body.id}/events`, { token: org.tokens.viewer }))
      .body.events;
    const expected = forecast(
      {
        id: c.body.id,
        ruleset: 'mpn-2021',
        offer: 'gold',
        benefit: 'on-premises',
        startDate: start,
        endDate: end,
      },
      events.map((e: { id: string; at: string; count: number }) => ({
        id: e.id,
        type: 'opened',
        at: Date.parse(e.at),
        count: e.count,
      })),
      h.clock.now(),
    );
    expect(expected.kind).toBe('unused-at-expiry');
    expect(item.forecast).toEqual({
      kind: 'unused-at-expiry',
      runsOutOn: null,
      unusedAtExpiry: expected.unusedAtExpiry,
      pacePerMonth: Math.round((expected.pacePerMonth ?? 0) * 100) / 100,
      confidence: expected.confidence,
      reasons: expected.reasons,
      basis: expected.basis,
    });
    expect(item.forecast.unusedAtExpiry).toBe(17);
  });

  it('refuses a malformed cursor or limit with 400', async () => {
    for (const q of ['before=abc', 'limit=0', 'limit=501', 'before=-1']) {
      const res = await h.req('GET', `/v1/audit?${q}`, { token: a.tokens.admin });
      expect(res.status, q).toBe(400);
    }
  });

  it('exports the organisation without Access or Contract IDs and records it in the audit log', async () => {
    const res = await h.req('GET', '/v1/export', { token: a.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.format).toBe('supportlink-export');
    expect(res.body.includesSecrets).toBe(false);
    expect(res.body.contracts).toHaveLength(1);
    expect(res.body.contracts[0].accessId).toBeNull();
    expect(res.body.contracts[0].contractId).toBeNull();
    expect(res.body.events).toHaveLength(1);
    expect(res.body.links[0].account).toBe('x@a.example');
    expect(res.text).not.toContain(sampleContract().accessId);
    expect(res.text).not.toContain('B only');
    const audit = await h.req('GET', '/v1/audit?limit=1', { token: a.tokens.owner });
    expect(audit.body.entries[0]).toMatchObject({
      action: 'org.export',
      actorName: 'admin',
      detail: { contracts: 1, events: 1 },
    });
  });
});
