import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, postgresUrl } from './helpers/dialects.js';
import { sampleContract } from './helpers/harness.js';
import { API_DIR, runCli, startServer, stop } from './helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An empty database for a real process: a new SQLite file, or a new PostgreSQL database. */
async function emptyDatabase(dialect: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    return { url: `file:${join(dir, `${Date.now()}-${Math.random()}.sqlite`)}`, drop: async () => {} };
  }
  const name = `slk_srv_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

describe.each(dialects)('the real server process on %s', (dialect) => {
  it('first start prints a one-time owner token and the docs URL; later starts print neither', async () => {
    const db = await emptyDatabase(dialect);
    try {
      const first = await startServer({ DATABASE_URL: db.url });
      const out = first.stdout.join('\n');
      const token = /Owner token[^:]*: (slk_[A-Za-z0-9_-]{43})/.exec(out)?.[1];
      expect(token).toBeDefined();
      expect(out).toContain(`API docs: ${first.base}/docs`);
      const me = await fetch(`${first.base}/v1/me`, { headers: bearer(token ?? '') });
      expect(me.status).toBe(200);
      await stop(first);
      expect((await first.exited).code).toBe(0);

      const second = await startServer({ DATABASE_URL: db.url });
      const out2 = second.stdout.join('\n');
      expect(out2).not.toMatch(/slk_/);
      expect(out2).not.toContain('/docs');
      expect((await fetch(`${second.base}/v1/me`, { headers: bearer(token ?? '') })).status).toBe(200);
      await stop(second);
    } finally {
      await db.drop();
    }
  });

  it('CLI init --json prints only {orgId, memberId, token} on stdout; token create/revoke work', async () => {
    const db = await emptyDatabase(dialect);
    try {
      const init = runCli(['init', '--org', 'Fabrikam', '--owner', 'Ana', '--json'], {
        DATABASE_URL: db.url,
      });
      expect(init.code, init.stderr).toBe(0);
      const lines = init.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const created = JSON.parse(lines[0] ?? '');
      expect(Object.keys(created).sort()).toEqual(['memberId', 'orgId', 'token']);
      const again = JSON.parse(
        runCli(['init', '--org', 'Other', '--owner', 'Bo', '--json'], { DATABASE_URL: db.url }).stdout,
      );
      expect(again.orgId).not.toBe(created.orgId);

      const made = runCli(['token', 'create', '--member', created.memberId, '--json'], {
        DATABASE_URL: db.url,
      });
      const extra = JSON.parse(made.stdout);
      expect(extra.token).toMatch(/^slk_/);
      const server = await startServer({ DATABASE_URL: db.url, TOKEN_CACHE_TTL_SECONDS: '0' });
      try {
        expect((await fetch(`${server.base}/v1/me`, { headers: bearer(extra.token) })).status).toBe(200);
        const revoked = runCli(['token', 'revoke', extra.id], { DATABASE_URL: db.url });
        expect(revoked.code, revoked.stderr).toBe(0);
        expect((await fetch(`${server.base}/v1/me`, { headers: bearer(extra.token) })).status).toBe(401);
        expect((await fetch(`${server.base}/v1/me`, { headers: bearer(created.token) })).status).toBe(200);
      } finally {
        await stop(server);
      }
      expect(runCli(['token', 'revoke', extra.id], { DATABASE_URL: db.url }).code).not.toBe(0);
    } finally {
      await db.drop();
    }
  });
});

describe('server process lifecycle (SQLite)', () => {
  it('invalid configuration stops start-up with a one-line explanation', () => {
    for (const env of [
      { PORT: 'abc' },
      { SUPPORTLINK_ENCRYPTION_KEY: 'nope' },
      { DATABASE_URL: 'mysql://x/y' },
    ]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: API_DIR,
        env: { ...process.env, DATABASE_URL: join(dir, 'never.sqlite'), ...env },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('invalid configuration');
      expect(r.stdout).toBe('');
    }
  });

  it('SIGTERM drains in-flight requests, closes the database and exits 0', async () => {
    const url = `file:${join(dir, 'drain.sqlite')}`;
    const s = await startServer({ DATABASE_URL: url });
    const token = /(slk_[A-Za-z0-9_-]{43})/.exec(s.stdout.join('\n'))?.[1] ?? '';
    const c = await fetch(`${s.base}/v1/contracts`, {
      method: 'POST',
      headers: bearer(token),
      body: JSON.stringify(sampleContract()),
    });
    const contract = (await c.json()) as { id: string };
    const sent = Array.from({ length: 40 }, (_, i) =>
      fetch(`${s.base}/v1/contracts/${contract.id}/events`, {
        method: 'POST',
        headers: bearer(token),
        body: JSON.stringify({ id: `drain-${i}`, type: 'opened', at: '2026-02-01T00:00:00Z' }),
      }).then(
        (r) => r.status,
        () => 0,
      ),
    );
    await new Promise((r) => setTimeout(r, 15));
    s.child.kill('SIGTERM');
    const statuses = await Promise.all(sent);
    const { code } = await s.exited;
    expect(code).toBe(0);
    // Everything the server accepted was answered properly; nothing failed half-way with a 5xx.
    expect(statuses.every((st) => st === 201 || st === 0)).toBe(true);
    const acked = statuses.flatMap((st, i) => (st === 201 ? [`drain-${i}`] : []));
    const again = await startServer({ DATABASE_URL: url });
    const list = await fetch(`${again.base}/v1/contracts/${contract.id}/events`, { headers: bearer(token) });
    const ids = ((await list.json()) as { events: { id: string }[] }).events.map((e) => e.id);
    for (const id of acked) expect(ids).toContain(id);
    await stop(again);
  });

  it('export leaves the IDs out unless asked; import into another organisation round-trips', async () => {
    const url = `file:${join(dir, 'transfer.sqlite')}`;
    const env = { DATABASE_URL: url };
    const src = JSON.parse(runCli(['init', '--org', 'Src', '--owner', 'A', '--json'], env).stdout);
    const dst = JSON.parse(runCli(['init', '--org', 'Dst', '--owner', 'B', '--json'], env).stdout);
    const s = await startServer(env);
    try {
      const c = await fetch(`${s.base}/v1/contracts`, {
        method: 'POST',
        headers: bearer(src.token),
        body: JSON.stringify(
          sampleContract({ accessId: 'EXPORT-ACCESS-1', contractId: 'EXPORT-CONTRACT-1' }),
        ),
      });
      const contract = (await c.json()) as { id: string };
      await fetch(`${s.base}/v1/contracts/${contract.id}/events`, {
        method: 'POST',
        headers: bearer(src.token),
        body: JSON.stringify({ id: 'x-1', type: 'opened', at: '2026-02-01T00:00:00Z', count: 2 }),
      });
      const plain = runCli(['export', '--org', src.orgId], env);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).not.toContain('EXPORT-ACCESS-1');
      const full = runCli(['export', '--org', src.orgId, '--include-secrets'], env);
      expect(full.stdout).toContain('EXPORT-ACCESS-1');
      const imported = runCli(['import', '--org', dst.orgId], env, full.stdout);
      expect(imported.code, imported.stderr).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ contracts: 1, events: 1 });
      expect(JSON.parse(runCli(['import', '--org', dst.orgId], env, full.stdout).stdout)).toMatchObject({
        contracts: 0,
        skipped: 2,
      });
      const summary = await fetch(`${s.base}/v1/summary`, { headers: bearer(dst.token) });
      const body = (await summary.json()) as { contracts: { remaining: number }[] };
      expect(body.contracts).toHaveLength(1);
      expect(body.contracts[0]?.remaining).toBe(18);
    } finally {
      await stop(s);
    }
  });
});
