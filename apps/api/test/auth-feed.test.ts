import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connect.js';
import { createOrgWithOwner } from '../src/services/orgs.js';
import { dialects, type SharedDb, sharedDb } from './helpers/dialects.js';

/**
 * Waits until `ok(feed.epoch())`, failing after `limitMs`. The design bound is one second
 * (FRESH_MS + HEARTBEAT_MS); the limit leaves room for a loaded CI machine.
 */
async function waitForEpoch(db: Db, ok: (epoch: number | null) => boolean, limitMs = 3000) {
  const started = performance.now();
  while (!ok(db.authFeed.epoch())) {
    if (performance.now() - started > limitMs) throw new Error(`epoch still ${db.authFeed.epoch()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Each call writes a time no earlier call wrote. SQLite leaves a page untouched when a row is rewritten
 * with the bytes it already holds, so two revocations in the same millisecond would commit nothing and
 * rightly not move `data_version`.
 */
let lastRevokedAt = 0;
const revokeAll = (db: Db, orgId: string) => {
  lastRevokedAt = Math.max(Date.now(), lastRevokedAt + 1);
  return db.kysely
    .updateTable('tokens')
    .set({ revoked_at: lastRevokedAt })
    .where('org_id', '=', orgId)
    .execute();
};

describe.runIf(dialects.includes('postgres'))('auth feed on PostgreSQL (LISTEN/NOTIFY + heartbeat)', () => {
  let shared: SharedDb;
  let other: SharedDb;
  let listener: Db;
  let writer: Db;
  beforeAll(async () => {
    shared = await sharedDb('postgres');
    other = await sharedDb('postgres');
    listener = shared.open();
    writer = shared.open();
  });
  afterAll(async () => {
    await shared.drop();
    await other.drop();
  });

  it('starts on first use and then serves a stable epoch, so the token cache is used', async () => {
    expect(listener.authFeed.epoch()).toBeNull();
    await waitForEpoch(listener, (e) => e !== null);
    const first = listener.authFeed.epoch();
    await new Promise((r) => setTimeout(r, 600));
    expect(listener.authFeed.epoch()).toBe(first);
  });

  it('moves after a revocation or member change committed on another connection, by anyone', async () => {
    const org = await createOrgWithOwner(writer.kysely, { orgName: 'f', ownerName: 'o', now: Date.now() });
    await waitForEpoch(listener, (e) => e !== null);
    let before = listener.authFeed.epoch();
    await revokeAll(writer, org.orgId);
    await waitForEpoch(listener, (e) => e !== null && e !== before);
    before = listener.authFeed.epoch();
    await writer.kysely
      .updateTable('members')
      .set({ role: 'viewer' })
      .where('org_id', '=', org.orgId)
      .execute();
    await waitForEpoch(listener, (e) => e !== null && e !== before);
  });

  it('ignores routine writes (last-used times) and changes in another schema', async () => {
    const org = await createOrgWithOwner(writer.kysely, { orgName: 'g', ownerName: 'o', now: Date.now() });
    const elsewhere = other.open();
    const foreign = await createOrgWithOwner(elsewhere.kysely, {
      orgName: 'x',
      ownerName: 'o',
      now: Date.now(),
    });
    await waitForEpoch(listener, (e) => e !== null);
    await new Promise((r) => setTimeout(r, 300));
    const before = listener.authFeed.epoch();
    await writer.kysely
      .updateTable('tokens')
      .set({ last_used_at: Date.now() })
      .where('org_id', '=', org.orgId)
      .execute();
    await revokeAll(elsewhere, foreign.orgId);
    await new Promise((r) => setTimeout(r, 500));
    expect(listener.authFeed.epoch()).toBe(before);
  });

  it('answers null once closed, so nothing is served from a cache it can no longer vouch for', async () => {
    const db = shared.open();
    await waitForEpoch(db, (e) => e !== null);
    await db.authFeed.close();
    expect(db.authFeed.epoch()).toBeNull();
  });
});

describe('auth feed on SQLite (data_version)', () => {
  it("moves when another connection commits, not on this connection's own writes", async () => {
    const shared = await sharedDb('sqlite');
    try {
      const mine = shared.open();
      const theirs = shared.open();
      const org = await createOrgWithOwner(mine.kysely, { orgName: 's', ownerName: 'o', now: Date.now() });
      const before = mine.authFeed.epoch();
      await revokeAll(mine, org.orgId);
      expect(mine.authFeed.epoch()).toBe(before);
      await revokeAll(theirs, org.orgId);
      expect(mine.authFeed.epoch()).not.toBe(before);
      expect(mine.authFeed.epoch()).not.toBeNull();
    } finally {
      await shared.drop();
    }
  });
});
