import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAlerts } from '../src/alerts/service.js';
import { testConfig } from '../src/config.js';
import { createSecretBox } from '../src/lib/secret-box.js';
import { silentLogger } from '../src/logger.js';
import { dialects } from './helpers/dialects.js';
import { eventId, type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

const DAY = 86_400_000;
const ACCESS = 'ACCESS-7f3a9c21';
const CONTRACT = 'CONTRACT-5b8e0d44';

describe.each(dialects)('alert evaluation on %s', (dialect) => {
  let h: Harness;
  let o: Org;
  let alerts: ReturnType<typeof createAlerts>;

  beforeAll(async () => {
    h = await harness(dialect);
    alerts = createAlerts({
      db: h.tdb.db,
      clock: h.clock,
      config: testConfig(),
      logger: silentLogger,
      secrets: createSecretBox(null),
    });
  });
  afterAll(() => h.close());

  const fresh = async () => {
    o = await h.org(`org-${Math.random()}`);
    return o;
  };
  const contract = async (over: Record<string, unknown> = {}) => {
    const r = await h.req('POST', '/v1/contracts', { token: o.tokens.member, body: sampleContract(over) });
    expect(r.status, r.text).toBe(201);
    return r.body as { id: string; version: number };
  };
  const open = async (id: string, count: number, at = '2026-02-01T00:00:00Z') => {
    const r = await h.req('POST', `/v1/contracts/${id}/events`, {
      token: o.tokens.member,
      body: { id: eventId(), type: 'opened', at, count },
    });
    expect(r.status, r.text).toBe(201);
  };
  const evaluate = async () => {
    const r = await h.req('POST', '/v1/alerts/evaluate', { token: o.tokens.admin });
    expect(r.status, r.text).toBe(200);
    return r.body as { fired: number; cleared: number; skipped: number };
  };
  const list = async (query = '') => {
    const r = await h.req('GET', `/v1/alerts${query}`, { token: o.tokens.viewer });
    expect(r.status, r.text).toBe(200);
    return r.body.alerts as { condition: string; threshold: number | null; active: boolean; title: string }[];
  };
  const summary = (alertList: { condition: string; threshold: number | null; active: boolean }[]) =>
    alertList.map(
      (a) => `${a.condition}${a.threshold === null ? '' : `@${a.threshold}`}${a.active ? '' : ' (cleared)'}`,
    );

  afterEach(() => {
    h.clock.t = Date.parse('2026-03-01T12:00:00Z');
  });

  it('a contract expiring in 20 days with unused incidents fires once, then the 7-day threshold fires', async () => {
    await fresh();
    const c = await contract({ startDate: '2025-03-22', endDate: '2026-03-21', label: 'Gold on-prem' });
    expect(await evaluate()).toEqual({ fired: 1, cleared: 0, skipped: 0 });
    const [first] = await h.req('GET', '/v1/alerts', { token: o.tokens.viewer }).then((r) => r.body.alerts);
    expect(first).toMatchObject({
      condition: 'expires-soon',
      threshold: 30,
      contractId: c.id,
      active: true,
      title: 'Gold on-prem: 20 incidents unused, expires in 20 days',
      link: `/#/contracts/${c.id}`,
      locale: 'en',
      facts: { remaining: 20, allotment: 20, endDate: '2026-03-21', daysToExpiry: 20, unusedAtExpiry: 20 },
      deliveries: { pending: 0, delivered: 0, failed: 0 },
    });
    // Idempotent: evaluating again, now or later the same day, fires nothing.
    expect(await evaluate()).toEqual({ fired: 0, cleared: 0, skipped: 0 });
    h.clock.advance(6 * 3600_000);
    expect(await evaluate()).toEqual({ fired: 0, cleared: 0, skipped: 0 });
    // 14 days later: 6 days left.
    h.clock.advance(14 * DAY);
    expect(await evaluate()).toEqual({ fired: 1, cleared: 0, skipped: 0 });
    expect(summary(await list())).toEqual(['expires-soon@7', 'expires-soon@30']);
  });

  it('fires again only after the condition cleared and returned', async () => {
    await fresh();
    const c = await contract({ startDate: '2025-03-22', endDate: '2026-03-21' });
    await evaluate();
    // Renewed: the end date moves a year out, so the condition clears.
    const renewed = await h.req('PATCH', `/v1/contracts/${c.id}`, {
      token: o.tokens.member,
      body: { endDate: '2027-03-21' },
      headers: { 'if-match': `"${c.version}"` },
    });
    expect(renewed.status, renewed.text).toBe(200);
    expect(await evaluate()).toEqual({ fired: 0, cleared: 1, skipped: 0 });
    expect(summary(await list())).toEqual(['expires-soon@30 (cleared)']);
    expect(summary(await list('?active=true'))).toEqual([]);
    const back = await h.req('PATCH', `/v1/contracts/${c.id}`, {
      token: o.tokens.member,
      body: { endDate: '2026-03-21' },
      headers: { 'if-match': `"${renewed.body.version}"` },
    });
    expect(back.status).toBe(200);
    h.clock.advance(60_000);
    expect(await evaluate()).toEqual({ fired: 1, cleared: 0, skipped: 0 });
    expect(summary(await list())).toEqual(['expires-soon@30', 'expires-soon@30 (cleared)']);
  });

  it('both thresholds at once: only the 7-day alert is announced', async () => {
    await fresh();
    await contract({ startDate: '2025-03-06', endDate: '2026-03-05' });
    expect(await evaluate()).toEqual({ fired: 1, cleared: 0, skipped: 0 });
    expect(summary(await list())).toEqual(['expires-soon@7']);
  });

  it('remaining ≤ 2 (configurable), then used up: hidden in Azure', async () => {
    await fresh();
    const c = await contract({ startDate: '2026-01-01', endDate: '2026-12-31', label: 'Lab' });
    await open(c.id, 18);
    await evaluate();
    expect(summary(await list())).toEqual(['low-remaining@2']);
    const put = await h.req('PUT', '/v1/alerts/settings', {
      token: o.tokens.admin,
      body: { remainingAtMost: 1 },
    });
    expect(put.status, put.text).toBe(200);
    expect(await evaluate()).toMatchObject({ fired: 0, cleared: 1 });
    await open(c.id, 2, '2026-02-20T00:00:00Z');
    h.clock.advance(60_000);
    await evaluate();
    const all = await list();
    expect(summary(all)).toEqual(['hidden-in-azure', 'low-remaining@2 (cleared)']);
    expect(all[0]?.title).toBe('Lab has no incidents left and is hidden in the Azure portal');
  });

  it('a steady pace that runs out before expiry', async () => {
    await fresh();
    h.clock.t = Date.parse('2026-09-01T12:00:00Z');
    const c = await contract({ startDate: '2026-01-01', endDate: '2026-12-31', label: 'Busy' });
    for (const m of ['01', '02', '03', '04', '05', '06', '07', '08']) {
      await open(c.id, 1, `2026-${m}-05T10:00:00Z`);
      await open(c.id, 1, `2026-${m}-15T10:00:00Z`);
    }
    await evaluate();
    const [a] = await h.req('GET', '/v1/alerts', { token: o.tokens.viewer }).then((r) => r.body.alerts);
    expect(a.condition).toBe('runs-out-before-expiry');
    expect(a.title).toMatch(/^Busy: at this pace, runs out around 2026-1\d-\d\d$/);
    expect(a.facts.runsOutOn < '2026-12-31').toBe(true);
  });

  it('a member who has not linked a contract the team uses; clears once they link', async () => {
    await fresh();
    const c = await contract({ startDate: '2026-01-01', endDate: '2026-12-31' });
    const link = (token: string) =>
      h.req('PUT', `/v1/contracts/${c.id}/links/azure`, { token, body: { account: `${token.slice(-6)}@x` } });
    expect((await link(o.tokens.owner)).status).toBe(201);
    await evaluate();
    const fired = await h.req('GET', '/v1/alerts', { token: o.tokens.viewer }).then((r) => r.body.alerts);
    expect(fired.map((a: { memberId: string }) => a.memberId).sort()).toEqual(
      [o.memberIds.admin, o.memberIds.member].sort(),
    );
    const forMember = fired.find((a: { memberId: string }) => a.memberId === o.memberIds.member);
    expect(forMember.title).toBe('member has not linked Gold on-prem');
    expect(forMember.facts.portals).toEqual(['azure']);
    expect((await link(o.tokens.member)).status).toBe(201);
    expect(await evaluate()).toEqual({ fired: 0, cleared: 1, skipped: 0 });
  });

  it('alert texts never carry the Access ID or Contract ID, even when the label does', async () => {
    await fresh();
    await contract({ startDate: '2025-03-22', endDate: '2026-03-21', label: `Gold ${ACCESS.toLowerCase()}` });
    await contract({
      startDate: '2025-03-22',
      endDate: '2026-03-21',
      label: `ours: ${CONTRACT.replace('-', ' - ')}`,
    });
    await evaluate();
    const r = await h.req('GET', '/v1/alerts', { token: o.tokens.owner });
    expect(r.body.alerts).toHaveLength(2);
    for (const id of [ACCESS, CONTRACT, '7f3a9c21', '5b8e0d44'])
      expect(r.text.toLowerCase()).not.toContain(id.toLowerCase());
    expect(r.body.alerts[0].facts.name).toBe('Gold competency — Microsoft Product Support');
  });

  it('Chinese texts, the dashboard URL and switched-off conditions follow the settings', async () => {
    await fresh();
    const put = await h.req('PUT', '/v1/alerts/settings', {
      token: o.tokens.owner,
      body: {
        locale: 'zh-CN',
        dashboardUrl: 'https://supportlink.example.com/',
        conditions: { 'hidden-in-azure': false },
      },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({
      enabled: true,
      locale: 'zh-CN',
      dashboardUrl: 'https://supportlink.example.com',
      expiryDays: [30, 7],
      remainingAtMost: 2,
      forecastMinConfidence: 'medium',
      conditions: { 'hidden-in-azure': false, 'expires-soon': true },
    });
    const got = await h.req('GET', '/v1/alerts/settings', { token: o.tokens.admin });
    expect(got.body).toEqual(put.body);
    const c = await contract({ startDate: '2025-03-22', endDate: '2026-03-21', label: '金牌' });
    const gone = await contract({ startDate: '2025-01-01', endDate: '2026-02-20' });
    expect(gone.id).toBeTruthy();
    await evaluate();
    const [a, ...rest] = await h
      .req('GET', '/v1/alerts', { token: o.tokens.viewer })
      .then((r) => r.body.alerts);
    expect(rest).toEqual([]);
    expect(a.title).toBe('金牌：20 个事件未使用，20 天后到期');
    expect(a.link).toBe(`https://supportlink.example.com/#/contracts/${c.id}`);
  });

  it('settings are validated and switching alerts off stops evaluation', async () => {
    await fresh();
    for (const body of [
      { expiryDays: [] },
      { expiryDays: [7, 7] },
      { expiryDays: [0] },
      { remainingAtMost: 0 },
      { locale: 'fr' },
      { dashboardUrl: 'javascript:alert(1)' },
      { dashboardUrl: 'https://user:pw@example.com' },
      { conditions: { 'made-up': true } },
      { orgId: 'x' },
    ]) {
      const r = await h.req('PUT', '/v1/alerts/settings', { token: o.tokens.admin, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
    await h.req('PUT', '/v1/alerts/settings', { token: o.tokens.admin, body: { enabled: false } });
    await contract({ startDate: '2025-03-22', endDate: '2026-03-21' });
    expect(await evaluate()).toEqual({ fired: 0, cleared: 0, skipped: 0 });
  });

  it('a deleted contract clears its alerts; a bad row is skipped while the rest is evaluated', async () => {
    await fresh();
    const c = await contract({ startDate: '2025-03-22', endDate: '2026-03-21' });
    await evaluate();
    const del = await h.req('DELETE', `/v1/contracts/${c.id}`, {
      token: o.tokens.member,
      headers: { 'if-match': `"${c.version}"` },
    });
    expect(del.status).toBe(204);
    expect(await evaluate()).toEqual({ fired: 0, cleared: 1, skipped: 0 });
    // A row no API would write (an impossible date), e.g. restored from an old backup.
    const bad = await contract({ startDate: '2025-03-22', endDate: '2026-03-21', label: 'bad' });
    await h.tdb.db.kysely
      .updateTable('contracts')
      .set({ start_date: '2025-02-30' })
      .where('id', '=', bad.id)
      .execute();
    await contract({ startDate: '2025-03-22', endDate: '2026-03-22', label: 'good' });
    const r = await evaluate();
    expect(r.fired).toBeGreaterThanOrEqual(1);
    const titles = (await list()).map((a) => a.title);
    expect(titles.some((t) => t.startsWith('good:'))).toBe(true);
  });

  it('the server pass evaluates every organisation once per interval', async () => {
    await fresh();
    await contract({ startDate: '2025-03-22', endDate: '2026-03-21' });
    const first = await alerts.evaluateDue();
    expect(first.orgs).toBeGreaterThanOrEqual(1);
    expect(first.fired).toBeGreaterThanOrEqual(1);
    // Nothing is due until the interval (300 s in tests) has passed.
    expect((await alerts.evaluateDue()).orgs).toBe(0);
    h.clock.advance(301_000);
    const again = await alerts.evaluateDue();
    expect(again.orgs).toBe(first.orgs);
    expect(again.fired).toBe(0);
    // Nothing changed: every organisation is skipped without loading its contracts.
    expect(again.unchanged).toBe(again.orgs);
    // A write to one organisation (its revision moves): that one is evaluated again.
    await contract({ startDate: '2025-03-22', endDate: '2026-03-25', label: 'later' });
    h.clock.advance(301_000);
    const afterWrite = await alerts.evaluateDue();
    expect(afterWrite.unchanged).toBe(afterWrite.orgs - 1);
    expect(afterWrite.fired).toBe(1);
    // A member change counts too (members do not move the revision).
    await h.req('PATCH', `/v1/members/${o.memberIds.viewer}`, {
      token: o.tokens.owner,
      body: { role: 'member' },
    });
    h.clock.advance(301_000);
    const afterMember = await alerts.evaluateDue();
    expect(afterMember.unchanged).toBe(afterMember.orgs - 1);
    // A new day: every organisation is evaluated.
    h.clock.advance(DAY);
    expect((await alerts.evaluateDue()).unchanged).toBe(0);
  });

  it('pages through alerts with a cursor and refuses a forged one', async () => {
    await fresh();
    for (let i = 0; i < 3; i++)
      await contract({ startDate: '2025-03-22', endDate: '2026-03-21', label: `c${i}` });
    await evaluate();
    const p1 = await h.req('GET', '/v1/alerts?limit=2', { token: o.tokens.viewer });
    expect(p1.body.alerts).toHaveLength(2);
    const p2 = await h.req('GET', `/v1/alerts?limit=2&before=${p1.body.next}`, { token: o.tokens.viewer });
    expect(p2.body.alerts).toHaveLength(1);
    expect(p2.body.next).toBeNull();
    const ids = [...p1.body.alerts, ...p2.body.alerts].map((a: { id: string }) => a.id);
    expect(new Set(ids).size).toBe(3);
    const forged = await h.req('GET', `/v1/alerts?before=${Buffer.from('x').toString('base64url')}`, {
      token: o.tokens.viewer,
    });
    expect(forged.status).toBe(400);
  });
});
