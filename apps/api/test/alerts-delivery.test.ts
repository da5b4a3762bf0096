import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffMs, LEASE_MS, MAX_ATTEMPTS } from '../src/alerts/deliver.js';
import { claimDeliveries } from '../src/alerts/repo.js';
import { createAlerts } from '../src/alerts/service.js';
import { postWebhook } from '../src/alerts/webhook.js';
import { testConfig } from '../src/config.js';
import { createSecretBox } from '../src/lib/secret-box.js';
import { silentLogger } from '../src/logger.js';
import { dialects } from './helpers/dialects.js';
import { type Harness, harness, type Org, sampleContract } from './helpers/harness.js';
import { smtpReceiver, webhookReceiver } from './helpers/receivers.js';

const KEY = randomBytes(32);
const ACCESS = 'ACCESS-7f3a9c21';
const CONTRACT = 'CONTRACT-5b8e0d44';

describe.each(dialects)('alert delivery on %s', (dialect) => {
  let h: Harness;
  let o: Org;
  let alerts: ReturnType<typeof createAlerts>;
  const config = testConfig({ alertsAllowPrivateWebhooks: true, encryptionKey: KEY });

  beforeAll(async () => {
    h = await harness(dialect, { alertsAllowPrivateWebhooks: true, encryptionKey: KEY });
    alerts = createAlerts({
      db: h.tdb.db,
      clock: h.clock,
      config,
      logger: silentLogger,
      secrets: createSecretBox(KEY),
      random: () => 0.5,
    });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.clock.t = Date.parse('2026-03-01T12:00:00Z');
  });

  const setup = async (label = 'Gold on-prem') => {
    o = await h.org(`org-${Math.random()}`);
    const c = await h.req('POST', '/v1/contracts', {
      token: o.tokens.member,
      body: sampleContract({ startDate: '2025-03-22', endDate: '2026-03-21', label }),
    });
    expect(c.status).toBe(201);
    return c.body.id as string;
  };
  const addWebhook = async (url: string, format: 'generic' | 'teams' | 'slack' = 'generic') => {
    const r = await h.req('POST', '/v1/alerts/channels', {
      token: o.tokens.admin,
      body: { name: `hook ${format}`, kind: 'webhook', format, url },
    });
    expect(r.status, r.text).toBe(201);
    return r.body;
  };
  const deliveries = async () =>
    (await h.req('GET', '/v1/alerts/deliveries', { token: o.tokens.admin })).body.deliveries as {
      status: string;
      attempt: number;
      detail: string;
      gaveUp: boolean;
      nextAttemptAt: string | null;
      test: boolean;
      channelName: string;
    }[];

  it('webhook (generic): delivered once with an idempotency key, logged, never the IDs', async () => {
    const hook = await webhookReceiver([204]);
    try {
      const contractId = await setup(`Gold ${ACCESS}`);
      const channel = await addWebhook(hook.url);
      expect(channel.webhook.urlHint).toBe(`http://127.0.0.1:${hook.port}/…1234`);
      expect(JSON.stringify(channel)).not.toContain('secret-path-token');
      await alerts.evaluateOrg(o.orgId);
      expect(await alerts.deliverDue()).toBe(1);
      expect(await alerts.deliverDue()).toBe(0);
      expect(hook.received).toHaveLength(1);
      const [got] = hook.received;
      expect(got?.headers['content-type']).toContain('application/json');
      expect(got?.headers['idempotency-key']).toBe(got?.body.deliveryId);
      expect(got?.body).toMatchObject({
        type: 'supportlink.alert',
        version: 1,
        test: false,
        alert: { condition: 'expires-soon', threshold: 30, contractId, link: `/#/contracts/${contractId}` },
      });
      expect(got?.body.alert.title).toBe(
        'Gold competency — Microsoft Product Support: 20 incidents unused, expires in 20 days',
      );
      for (const id of [ACCESS, CONTRACT]) expect(got?.raw).not.toContain(id);
      const log = await deliveries();
      expect(log).toMatchObject([
        { status: 'delivered', attempt: 1, detail: 'HTTP 204', gaveUp: false, test: false },
      ]);
      const list = await h.req('GET', '/v1/alerts', { token: o.tokens.viewer });
      expect(list.body.alerts[0].deliveries).toEqual({ pending: 0, delivered: 1, failed: 0 });
      const channels = await h.req('GET', '/v1/alerts/channels', { token: o.tokens.admin });
      expect(channels.body.channels[0].lastDelivery.status).toBe('delivered');
    } finally {
      await hook.close();
    }
  });

  it('a channel added after an alert fired receives the warnings in force, once; a paused one does not', async () => {
    const hook = await webhookReceiver([204, 204]);
    try {
      await setup();
      expect((await alerts.evaluateOrg(o.orgId)).fired).toBe(1);
      expect(await alerts.deliverDue()).toBe(0);
      const paused = await h.req('POST', '/v1/alerts/channels', {
        token: o.tokens.admin,
        body: { name: 'paused', kind: 'webhook', format: 'generic', url: hook.url, enabled: false },
      });
      expect(paused.status, paused.text).toBe(201);
      await addWebhook(hook.url);
      await alerts.evaluateOrg(o.orgId);
      expect(await alerts.deliverDue()).toBe(1);
      expect(await alerts.deliverDue()).toBe(0);
      expect(hook.received.map((r) => r.body.alert.condition)).toEqual(['expires-soon']);
    } finally {
      await hook.close();
    }
  });

  it('a receiver that fails twice then succeeds: retried with backoff, driven by the clock', async () => {
    const hook = await webhookReceiver([500, 503, 200]);
    try {
      await setup();
      await addWebhook(hook.url);
      await alerts.evaluateOrg(o.orgId);
      expect(await alerts.deliverDue()).toBe(1);
      // Not due again until the backoff (30 s at attempt 1, jitter pinned to ×1) has passed.
      expect(await alerts.deliverDue()).toBe(0);
      h.clock.advance(29_000);
      expect(await alerts.deliverDue()).toBe(0);
      h.clock.advance(1_000);
      expect(await alerts.deliverDue()).toBe(1);
      h.clock.advance(59_000);
      expect(await alerts.deliverDue()).toBe(0);
      h.clock.advance(1_000);
      expect(await alerts.deliverDue()).toBe(1);
      h.clock.advance(3600_000);
      expect(await alerts.deliverDue()).toBe(0);
      expect(hook.received).toHaveLength(3);
      expect(new Set(hook.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
      const log = await deliveries();
      expect(log.map((d) => [d.attempt, d.status, d.detail, d.gaveUp])).toEqual([
        [3, 'delivered', 'HTTP 200', false],
        [2, 'failed', 'HTTP 503', false],
        [1, 'failed', 'HTTP 500', false],
      ]);
      expect(log[2]?.nextAttemptAt).not.toBeNull();
    } finally {
      await hook.close();
    }
  });

  it('gives up after the last attempt, and at once when retrying cannot help', async () => {
    const down = await webhookReceiver([500]);
    const gone = await webhookReceiver([404]);
    try {
      await setup();
      await addWebhook(down.url);
      await addWebhook(gone.url);
      await alerts.evaluateOrg(o.orgId);
      for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
        await alerts.deliverDue();
        h.clock.advance(2 * 3600_000);
      }
      expect(down.received).toHaveLength(MAX_ATTEMPTS);
      expect(gone.received).toHaveLength(1);
      const log = await deliveries();
      expect(
        log
          .filter((d) => d.gaveUp)
          .map((d) => d.detail)
          .sort(),
      ).toEqual(['HTTP 404', 'HTTP 500']);
      // The log filtered to one channel, and paged.
      const goneChannel = (
        await h.req('GET', '/v1/alerts/channels', { token: o.tokens.admin })
      ).body.channels.find((ch: { webhook: { urlHint: string } }) =>
        ch.webhook.urlHint.includes(`:${gone.port}/`),
      );
      const one = await h.req('GET', `/v1/alerts/deliveries?channelId=${goneChannel.id}`, {
        token: o.tokens.admin,
      });
      expect(one.body.deliveries.map((d: { detail: string }) => d.detail)).toEqual(['HTTP 404']);
      const page = await h.req('GET', '/v1/alerts/deliveries?limit=3', { token: o.tokens.admin });
      expect(page.body.deliveries).toHaveLength(3);
      const rest = await h.req('GET', `/v1/alerts/deliveries?limit=50&before=${page.body.next}`, {
        token: o.tokens.admin,
      });
      expect(rest.body.deliveries).toHaveLength(MAX_ATTEMPTS + 1 - 3);
      expect(rest.body.next).toBeNull();
      const list = await h.req('GET', '/v1/alerts', { token: o.tokens.viewer });
      expect(list.body.alerts[0].deliveries).toEqual({ pending: 0, delivered: 0, failed: 2 });
    } finally {
      await down.close();
      await gone.close();
    }
  });

  it('Teams and Slack bodies', async () => {
    const teams = await webhookReceiver([200]);
    const slack = await webhookReceiver([200]);
    try {
      await setup('Gold <on-prem> & co');
      await h.req('PUT', '/v1/alerts/settings', {
        token: o.tokens.admin,
        body: { dashboardUrl: 'https://supportlink.example.com' },
      });
      await addWebhook(teams.url, 'teams');
      await addWebhook(slack.url, 'slack');
      await alerts.evaluateOrg(o.orgId);
      await alerts.deliverDue();
      const t = teams.received[0]?.body;
      expect(t.type).toBe('message');
      expect(t.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = t.attachments[0].content;
      expect(card.type).toBe('AdaptiveCard');
      expect(card.body[0].text).toBe('Gold <on-prem> & co: 20 incidents unused, expires in 20 days');
      expect(card.body[2].facts).toContainEqual({ title: 'Incidents left', value: '20 / 20' });
      expect(card.actions[0]).toMatchObject({
        type: 'Action.OpenUrl',
        url: expect.stringMatching(/^https:\/\/supportlink\.example\.com\/#\/contracts\//),
      });
      const s = slack.received[0]?.body;
      expect(s.text).toBe('Gold <on-prem> & co: 20 incidents unused, expires in 20 days');
      expect(s.blocks[1].text.text).toContain('Gold &lt;on-prem&gt; &amp; co ends on 2026-03-21');
      expect(s.blocks.at(-1).elements[0].url).toMatch(/^https:\/\/supportlink\.example\.com\//);
    } finally {
      await teams.close();
      await slack.close();
    }
  });

  it('e-mail over SMTP (real server on loopback, AUTH), password encrypted at rest and never shown', async () => {
    const smtp = await smtpReceiver();
    try {
      const contractId = await setup();
      const create = await h.req('POST', '/v1/alerts/channels', {
        token: o.tokens.admin,
        body: {
          name: 'Admins',
          kind: 'email',
          to: ['admins@example.com'],
          from: 'alerts@example.com',
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          username: smtp.credentials.username,
          password: smtp.credentials.password,
        },
      });
      expect(create.status, create.text).toBe(201);
      expect(create.body.email).toMatchObject({ passwordSet: true, username: 'alerts', port: smtp.port });
      expect(create.text).not.toContain(smtp.credentials.password);
      const stored = await h.tdb.db.kysely
        .selectFrom('alert_channels')
        .select('secret')
        .where('id', '=', create.body.id)
        .executeTakeFirstOrThrow();
      expect(stored.secret.startsWith('enc1:')).toBe(true);
      expect(stored.secret).not.toContain(smtp.credentials.password);

      const test = await h.req('POST', `/v1/alerts/channels/${create.body.id}/test`, {
        token: o.tokens.admin,
      });
      expect(test.body).toMatchObject({ ok: true, status: 'delivered', detail: 'SMTP 250' });
      await alerts.evaluateOrg(o.orgId);
      expect(await alerts.deliverDue()).toBe(1);
      expect(smtp.mails).toHaveLength(2);
      expect(smtp.auths).toEqual(['alerts', 'alerts']);
      const [testMail, alertMail] = smtp.mails;
      expect(testMail?.subject).toBe('SupportLink test alert');
      expect(alertMail?.subject).toBe('Gold on-prem: 20 incidents unused, expires in 20 days');
      expect(alertMail?.text).toContain(`/#/contracts/${contractId}`);
      expect(alertMail?.text).toContain('Incidents left: 20 / 20');
      expect(alertMail?.messageId).toMatch(/@supportlink\.invalid>$/);
      for (const raw of smtp.rawMails) for (const id of [ACCESS, CONTRACT]) expect(raw).not.toContain(id);
      const log = await deliveries();
      expect(log.map((d) => [d.test, d.status, d.channelName])).toEqual([
        [false, 'delivered', 'Admins'],
        [true, 'delivered', 'Admins'],
      ]);

      // A wrong password: refused by the server, reported without echoing anything secret.
      const patched = await h.req('PATCH', `/v1/alerts/channels/${create.body.id}`, {
        token: o.tokens.admin,
        body: { password: 'wrong-password' },
      });
      expect(patched.status, patched.text).toBe(200);
      const bad = await h.req('POST', `/v1/alerts/channels/${create.body.id}/test`, {
        token: o.tokens.admin,
      });
      expect(bad.body.ok).toBe(false);
      expect(bad.body.detail).toMatch(/^SMTP 535/);
      expect(bad.text).not.toContain('wrong-password');
    } finally {
      await smtp.close();
    }
  });

  it('send a test to a webhook; a patch cannot mix kinds; delete cancels pending deliveries', async () => {
    const hook = await webhookReceiver([200]);
    try {
      await setup();
      const ch = await addWebhook(hook.url, 'slack');
      const test = await h.req('POST', `/v1/alerts/channels/${ch.id}/test`, { token: o.tokens.admin });
      expect(test.body).toMatchObject({ ok: true, detail: 'HTTP 200' });
      expect(hook.received[0]?.body.text).toBe('SupportLink test alert');
      const mixed = await h.req('PATCH', `/v1/alerts/channels/${ch.id}`, {
        token: o.tokens.admin,
        body: { password: 'x' },
      });
      expect(mixed.status).toBe(400);
      await alerts.evaluateOrg(o.orgId);
      const del = await h.req('DELETE', `/v1/alerts/channels/${ch.id}`, { token: o.tokens.admin });
      expect(del.status).toBe(204);
      expect(await alerts.deliverDue()).toBe(0);
      expect(hook.received).toHaveLength(1);
      const list = await h.req('GET', '/v1/alerts/channels', { token: o.tokens.admin });
      expect(list.body.channels).toEqual([]);
      const again = await h.req('POST', `/v1/alerts/channels/${ch.id}/test`, { token: o.tokens.admin });
      expect(again.status).toBe(404);
    } finally {
      await hook.close();
    }
  });

  it('a replica that stops mid-send loses its lease; another one delivers', async () => {
    const hook = await webhookReceiver([200]);
    try {
      await setup();
      await addWebhook(hook.url);
      await alerts.evaluateOrg(o.orgId);
      // "Replica A" claims the delivery, then dies before sending.
      const claimed = await claimDeliveries(h.tdb.db.kysely, h.tdb.db.dialect, h.clock.now(), LEASE_MS, 10);
      expect(claimed).toHaveLength(1);
      expect(await alerts.deliverDue()).toBe(0);
      h.clock.advance(LEASE_MS);
      expect(await alerts.deliverDue()).toBe(1);
      expect(hook.received).toHaveLength(1);
      expect((await deliveries())[0]).toMatchObject({ attempt: 2, status: 'delivered' });
    } finally {
      await hook.close();
    }
  });
});

describe('webhook safety', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness('sqlite');
  });
  afterAll(() => h.close());

  it('refuses non-http(s), credentials in the URL, and private or loopback literals unless allowed', async () => {
    const o = await h.org('ssrf');
    for (const url of [
      'ftp://example.com/x',
      'file:///etc/passwd',
      'https://user:pw@example.com/x',
      'http://127.0.0.1:8080/x',
      'http://[::1]/x',
      'http://10.1.2.3/x',
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:9/x',
      'http://[::ffff:127.0.0.1]/x',
      'not a url',
    ]) {
      const r = await h.req('POST', '/v1/alerts/channels', {
        token: o.tokens.admin,
        body: { name: 'x', kind: 'webhook', format: 'generic', url },
      });
      expect(r.status, url).toBe(400);
      expect(r.text).not.toContain(url);
    }
    const ok = await h.req('POST', '/v1/alerts/channels', {
      token: o.tokens.admin,
      body: {
        name: 'x',
        kind: 'webhook',
        format: 'generic',
        url: 'https://hooks.example.com/services/T0/B0/abc',
      },
    });
    expect(ok.status).toBe(201);
  });

  it('checks the resolved address at send time, bounds the time, follows no redirect', async () => {
    const hook = await webhookReceiver([200]);
    const slow = await webhookReceiver(['hang']);
    const moved = await webhookReceiver(['redirect']);
    try {
      // A host name that resolves to loopback is refused after DNS, before any byte is sent.
      const viaName = await postWebhook(
        `http://localhost:${hook.port}/x`,
        {},
        { deliveryId: 'd1', allowPrivate: false },
      );
      expect(viaName).toEqual({
        ok: false,
        detail: 'address not allowed (private or loopback)',
        retryable: false,
      });
      expect(hook.received).toHaveLength(0);
      const allowed = await postWebhook(
        `http://localhost:${hook.port}/x`,
        {},
        { deliveryId: 'd2', allowPrivate: true },
      );
      expect(allowed.ok).toBe(true);
      const timedOut = await postWebhook(
        slow.url,
        {},
        { deliveryId: 'd3', allowPrivate: true, timeoutMs: 300 },
      );
      expect(timedOut).toEqual({ ok: false, detail: 'timeout after 0.3 s', retryable: true });
      const redirected = await postWebhook(moved.url, {}, { deliveryId: 'd4', allowPrivate: true });
      expect(redirected).toEqual({
        ok: false,
        detail: 'HTTP 302 (redirects are not followed)',
        retryable: false,
      });
      const refused = await postWebhook('http://127.0.0.1:1/x', {}, { deliveryId: 'd5', allowPrivate: true });
      expect(refused).toEqual({ ok: false, detail: 'connection refused', retryable: true });
    } finally {
      await hook.close();
      await slow.close();
      await moved.close();
    }
  });

  it('backoff doubles from 30 s to a 1 h cap, with ±50 % jitter', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20, () => 0.5)).toBe(3_600_000);
    expect(backoffMs(1, () => 0)).toBe(15_000);
    expect(backoffMs(1, () => 0.999)).toBeLessThan(45_000);
  });
});
