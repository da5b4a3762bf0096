import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleContract } from './helpers/harness.js';
import { startServer, stop } from './helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 300;
const CONCURRENCY = 24;
const KILL_AFTER_ACKS = 120;

describe('crash safety (real server, SQLite, SIGKILL)', () => {
  it('every acknowledged append survives SIGKILL, with no duplicates and an intact database', async () => {
    const file = join(dir, 'crash.sqlite');
    const first = await startServer({ DATABASE_URL: file, RATE_LIMIT_WRITES_PER_MINUTE: '100000' });
    const token = /(slk_[A-Za-z0-9_-]{43})/.exec(first.stdout.join('\n'))?.[1] ?? '';
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await fetch(`${first.base}/v1/contracts`, {
      method: 'POST',
      headers,
      body: JSON.stringify(sampleContract()),
    });
    const contractId = ((await created.json()) as { id: string }).id;
    const eventBody = (i: number) =>
      JSON.stringify({
        id: `crash-${i}`,
        type: 'opened',
        at: new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString(),
      });

    const acked = new Set<string>();
    let next = 0;
    let killed = false;
    const worker = async (base: string) => {
      while (next < TOTAL && !killed) {
        const i = next++;
        try {
          const res = await fetch(`${base}/v1/contracts/${contractId}/events`, {
            method: 'POST',
            headers,
            body: eventBody(i),
          });
          if (res.status === 201) acked.add(`crash-${i}`);
          else expect(res.status).toBe(201);
        } catch {
          // The connection died with the process: not acknowledged.
        }
        if (!killed && acked.size >= KILL_AFTER_ACKS) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(first.base)));
    const exit = await first.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.size).toBeLessThan(TOTAL);

    const second = await startServer({ DATABASE_URL: file, RATE_LIMIT_WRITES_PER_MINUTE: '100000' });
    const listed = await fetch(`${second.base}/v1/contracts/${contractId}/events`, { headers });
    const ids = ((await listed.json()) as { events: { id: string }[] }).events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of acked) expect(ids).toContain(id);

    // Retrying everything (what a client does after a crash) applies each append exactly once.
    const statuses: number[] = [];
    for (let i = 0; i < TOTAL; i++) {
      const res = await fetch(`${second.base}/v1/contracts/${contractId}/events`, {
        method: 'POST',
        headers,
        body: eventBody(i),
      });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200).length).toBe(ids.length);
    expect(statuses.filter((s) => s === 201).length).toBe(TOTAL - ids.length);
    const after = await fetch(`${second.base}/v1/contracts/${contractId}/events`, { headers });
    expect(((await after.json()) as { events: unknown[] }).events).toHaveLength(TOTAL);
    await stop(second);
    expect((await second.exited).code).toBe(0);

    const check = new SQLite(file, { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
      const dupes = check
        .prepare('select count(*) as n from (select id from events group by org_id, id having count(*) > 1)')
        .get() as { n: number };
      expect(dupes.n).toBe(0);
    } finally {
      check.close();
    }
  }, 120_000);
});
