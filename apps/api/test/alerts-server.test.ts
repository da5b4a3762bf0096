import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleContract } from './helpers/harness.js';
import { startServer, stop } from './helpers/process.js';
import { webhookReceiver } from './helpers/receivers.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-alerts-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Waits for a condition the server brings about on its own (its alert loop), up to a deadline. */
async function eventually(check: () => boolean, deadlineMs: number): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('the real server runs the alert loop', () => {
  it('delivers a fired alert on its own, logs no secret, and still stops cleanly', async () => {
    const hook = await webhookReceiver([200]);
    const server = await startServer({
      DATABASE_URL: `file:${join(dir, 'alerts.sqlite')}`,
      ALERTS_TICK_SECONDS: '1',
      ALERTS_ALLOW_PRIVATE_WEBHOOKS: 'true',
      PUBLIC_URL: 'https://supportlink.example.com',
      LOG_LEVEL: 'info',
    });
    try {
      const token = server.stdout
        .map((l) => /Owner token[^:]*: (slk_\S+)/.exec(l)?.[1])
        .find(Boolean) as string;
      expect(token).toBeTruthy();
      const call = (method: string, path: string, body?: unknown) =>
        fetch(`${server.base}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      const yearAgo = new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10);
      expect(
        (await call('POST', '/v1/contracts', sampleContract({ startDate: yearAgo, endDate: soon }))).status,
      ).toBe(201);
      expect(
        (
          await call('POST', '/v1/alerts/channels', {
            name: 'ops',
            kind: 'webhook',
            format: 'generic',
            url: hook.url,
          })
        ).status,
      ).toBe(201);
      // Evaluation is also the loop's job; asking now keeps the test short. Delivery is left to the loop.
      const evaluated = await call('POST', '/v1/alerts/evaluate');
      expect(await evaluated.json()).toMatchObject({ fired: 1 });
      expect(await eventually(() => hook.received.length === 1, 20_000)).toBe(true);
      expect(hook.received[0]?.body.alert.link).toMatch(
        /^https:\/\/supportlink\.example\.com\/#\/contracts\//,
      );
    } finally {
      await stop(server);
      await hook.close();
    }
    expect((await server.exited).code).toBe(0);
    const logs = server.stderr.join('');
    expect(logs).toContain('alerts tick');
    expect(logs).not.toContain('secret-path-token');
    expect(logs).not.toContain('ACCESS-7f3a9c21');
  }, 120_000);
});
