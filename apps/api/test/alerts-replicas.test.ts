import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlerts } from '../src/alerts/service.js';
import { createApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { connect, type Db, type DialectName } from '../src/db/connect.js';
import { createSecretBox } from '../src/lib/secret-box.js';
import { silentLogger } from '../src/logger.js';
import { createOrgWithOwner } from '../src/services/orgs.js';
import { dialects, freshDb, postgresUrl, type TestDb } from './helpers/dialects.js';
import { FakeClock, sampleContract } from './helpers/harness.js';
import { webhookReceiver } from './helpers/receivers.js';

/**
 * Two replicas: separate connections (pools) to one PostgreSQL database, each with its own app and
 * alert loop. SQLite replicas are separate processes in practice (better-sqlite3 blocks its process
 * while it waits for a lock), so on SQLite the two instances share one handle: the interleaving of
 * their awaits is still exercised.
 */
async function twoReplicas(dialect: DialectName): Promise<{ a: Db; b: Db; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const tdb = await freshDb('sqlite');
    return { a: tdb.db, b: tdb.db, close: () => tdb.drop() };
  }
  const tdb: TestDb = await freshDb('postgres');
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(tdb.db.kysely);
  const b = connect(
    { kind: 'postgres', url: postgresUrl },
    { searchPath: rows[0]?.schema as string, poolSize: 10, sessionSettings: { synchronous_commit: 'off' } },
  );
  return {
    a: tdb.db,
    b,
    async close() {
      await b.close();
      await tdb.drop();
    },
  };
}

describe.each(dialects)('two replicas on one %s database', (dialect) => {
  const clock = new FakeClock();
  const config = testConfig({ alertsAllowPrivateWebhooks: true });
  let dbs: Awaited<ReturnType<typeof twoReplicas>>;
  let replicas: ReturnType<typeof createAlerts>[];
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dbs = await twoReplicas(dialect);
    replicas = [dbs.a, dbs.b].map((db) =>
      createAlerts({
        db,
        clock,
        config,
        logger: silentLogger,
        secrets: createSecretBox(null),
        random: () => 0.5,
      }),
    );
    // The second app serves requests on its own connection, as a second replica would.
    createApp({ db: dbs.a, clock, config, logger: silentLogger });
    app = createApp({ db: dbs.b, clock, config, logger: silentLogger });
  });
  afterAll(() => dbs.close());

  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };

  const seedOrg = async (contracts: number, hookUrls: string[]) => {
    const org = await createOrgWithOwner(dbs.a.kysely, { orgName: 'r', ownerName: 'o', now: clock.now() });
    for (let i = 0; i < contracts; i++) {
      const r = await call(
        org.token,
        'POST',
        '/v1/contracts',
        sampleContract({ startDate: '2025-03-22', endDate: '2026-03-21', label: `c${i}` }),
      );
      expect(r.status).toBe(201);
    }
    for (const url of hookUrls) {
      const r = await call(org.token, 'POST', '/v1/alerts/channels', {
        name: 'h',
        kind: 'webhook',
        format: 'generic',
        url,
      });
      expect(r.status).toBe(201);
    }
    return org;
  };

  it('the same organisation evaluated by both at once fires each alert once; each delivery is sent once', async () => {
    const one = await webhookReceiver([200]);
    const two = await webhookReceiver([500, 200]);
    try {
      const org = await seedOrg(30, [one.url, two.url]);
      const results = await Promise.all(
        [0, 1, 0, 1, 0, 1].map((i) => (replicas[i] as (typeof replicas)[number]).evaluateOrg(org.orgId)),
      );
      expect(results.reduce((s, r) => s + r.fired, 0)).toBe(30);
      const alerts = await dbs.a.kysely
        .selectFrom('alerts')
        .select('id')
        .where('org_id', '=', org.orgId)
        .execute();
      expect(alerts).toHaveLength(30);

      const sent = async () =>
        (await Promise.all(replicas.flatMap((r) => [r.deliverDue(), r.deliverDue()]))).reduce(
          (s, n) => s + n,
          0,
        );
      expect(await sent()).toBe(60);
      clock.advance(60_000);
      expect(await sent()).toBe(1); // the one retry for receiver two's first failure
      clock.advance(3600_000);
      expect(await sent()).toBe(0);

      const keysOne = one.received.map((r) => r.headers['idempotency-key']);
      expect(keysOne).toHaveLength(30);
      expect(new Set(keysOne).size).toBe(30);
      expect(new Set(one.received.map((r) => r.body.alert.id)).size).toBe(30);
      expect(two.received).toHaveLength(31);
      expect(new Set(two.received.map((r) => r.body.alert.id)).size).toBe(30);
      const delivered = await dbs.b.kysely
        .selectFrom('alert_outbox')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('org_id', '=', org.orgId)
        .where('status', '=', 'delivered')
        .executeTakeFirstOrThrow();
      expect(Number(delivered.n)).toBe(60);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('both server loops ticking at once share the organisations and deliver each alert once', async () => {
    const hook = await webhookReceiver([200]);
    try {
      const orgs = [];
      for (let i = 0; i < 6; i++) orgs.push(await seedOrg(5, [hook.url]));
      clock.advance(600_000); // every organisation is due
      const ticks = await Promise.all(replicas.flatMap((r) => [r.evaluateDue(), r.evaluateDue()]));
      const evaluated = ticks.reduce((s, t) => s + t.orgs, 0);
      const orgCount = await dbs.a.kysely
        .selectFrom('orgs')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      expect(evaluated).toBe(Number(orgCount.n)); // each organisation claimed by exactly one call
      await Promise.all(replicas.map((r) => r.tick()));
      const ids = orgs.map((o) => o.orgId);
      const mine = hook.received.filter((r) =>
        ids.includes(r.body.alert.link ? r.body.alert.link && '' : ''),
      );
      expect(mine).toEqual([]);
      const byAlert = new Map<string, number>();
      for (const r of hook.received) byAlert.set(r.body.alert.id, (byAlert.get(r.body.alert.id) ?? 0) + 1);
      expect(byAlert.size).toBe(30);
      expect([...byAlert.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await hook.close();
    }
  });
});
