import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { cli } from './helpers/cli.js';
import { dialects, postgresUrl } from './helpers/dialects.js';
import { sampleContract } from './helpers/harness.js';
import { API_DIR, entry, runCli, startServer, stop } from './helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Real processes are slow to start on a busy 2-core machine.
const SLOW = 120_000;

/** An empty database: a new SQLite file, or a new PostgreSQL database. */
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

/** The app on a database URL, in-process, with no token cache (as a second server would see it). */
function appOn(url: string) {
  const config = { ...loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }), tokenCacheTtlSeconds: 0 };
  const db = connect(config.database);
  const app = createApp({ db, clock: systemClock, config });
  const get = (path: string, token: string) => app.request(path, { headers: bearer(token) });
  return { app, db, get };
}

describe.each(dialects)('real server process on %s', (dialect) => {
  it(
    'first start prints a one-time owner token with how to rename and replace it; later starts do not',
    async () => {
      const db = await emptyDatabase(dialect);
      try {
        const first = await startServer({ DATABASE_URL: db.url });
        const out = first.stdout.join('\n');
        const token = /Owner token[^:]*: (slk_[A-Za-z0-9_-]{43})/.exec(out)?.[1];
        expect(token).toBeDefined();
        expect(out).toContain(`API docs: ${first.base}/docs`);
        expect(out).toContain(`Team dashboard: ${first.base}/ `);
        expect(out).toContain('org rename --name');
        expect(out).toMatch(/members rename --member [0-9a-f-]{36} --name/);
        expect(out).toMatch(/token create --member [0-9a-f-]{36}/);
        expect(out).toContain(
          'Allowed extension origins: chrome-extension://heokdooncclefjpikahakcfjnmmaioak',
        );
        expect((await fetch(`${first.base}/v1/me`, { headers: bearer(token ?? '') })).status).toBe(200);
        await stop(first);
        expect((await first.exited).code).toBe(0);

        const second = await startServer({ DATABASE_URL: db.url });
        const out2 = second.stdout.join('\n');
        expect(out2).not.toMatch(/slk_[A-Za-z0-9_-]{43}/);
        expect(out2).not.toContain('First start');
        expect(out2).toContain(`API docs: ${second.base}/docs`);
        expect((await fetch(`${second.base}/v1/me`, { headers: bearer(token ?? '') })).status).toBe(200);
        await stop(second);
      } finally {
        await db.drop();
      }
    },
    SLOW,
  );

  it('CLI: init refuses a second organisation unless --another; token create and revoke take effect', async () => {
    const db = await emptyDatabase(dialect);
    const env = { DATABASE_URL: db.url };
    try {
      const created = JSON.parse(
        (await cli(['init', '--org', 'Fabrikam', '--owner', 'Ana', '--json'], env)).stdout,
      );
      const refused = await cli(['init', '--org', 'Other', '--owner', 'Bo', '--json'], env);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain('already has the organisation "Fabrikam"');
      const again = JSON.parse(
        (await cli(['init', '--org', 'Other', '--owner', 'Bo', '--another', '--json'], env)).stdout,
      );
      expect(again.orgId).not.toBe(created.orgId);
      const made = await cli(['token', 'create', '--member', created.memberId, '--json'], env);
      expect(made.code, made.stderr).toBe(0);
      const extra = JSON.parse(made.stdout);
      expect(extra.token).toMatch(/^slk_/);
      const server = appOn(db.url);
      try {
        expect((await server.get('/v1/me', extra.token)).status).toBe(200);
        const revoked = await cli(['token', 'revoke', extra.id], env);
        expect(revoked.code, revoked.stderr).toBe(0);
        expect((await server.get('/v1/me', extra.token)).status).toBe(401);
        expect((await server.get('/v1/me', created.token)).status).toBe(200);
      } finally {
        await server.db.close();
      }
      expect((await cli(['token', 'revoke', extra.id], env)).code).toBe(2);
      expect((await cli(['token', 'create', '--member', 'nobody'], env)).code).toBe(2);
      expect((await cli(['frobnicate'], env)).code).toBe(2);
    } finally {
      await db.drop();
    }
  });

  it('CLI: export leaves the IDs out unless asked; import into another organisation round-trips', async () => {
    const db = await emptyDatabase(dialect);
    const env = { DATABASE_URL: db.url };
    try {
      const src = JSON.parse((await cli(['init', '--org', 'Src', '--owner', 'A', '--json'], env)).stdout);
      const dst = JSON.parse(
        (await cli(['init', '--org', 'Dst', '--owner', 'B', '--another', '--json'], env)).stdout,
      );
      const server = appOn(db.url);
      try {
        const c = await server.app.request('/v1/contracts', {
          method: 'POST',
          headers: bearer(src.token),
          body: JSON.stringify(
            sampleContract({ accessId: 'EXPORT-ACCESS-1', contractId: 'EXPORT-CONTRACT-1' }),
          ),
        });
        const contract = (await c.json()) as { id: string };
        await server.app.request(`/v1/contracts/${contract.id}/events`, {
          method: 'POST',
          headers: bearer(src.token),
          body: JSON.stringify({ id: 'x-1', type: 'opened', at: '2026-02-01T00:00:00Z', count: 2 }),
        });
        await server.app.request(`/v1/contracts/${contract.id}/links/azure`, {
          method: 'PUT',
          headers: bearer(src.token),
          body: JSON.stringify({ account: 'ana@fabrikam.example' }),
        });
        const plain = await cli(['export', '--org', src.orgId], env);
        expect(plain.code, plain.stderr).toBe(0);
        expect(plain.stdout).not.toContain('EXPORT-ACCESS-1');
        expect(JSON.parse(plain.stdout).contracts[0].accessId).toBeNull();
        const full = await cli(['export', '--org', src.orgId, '--include-secrets'], env);
        expect(full.stdout).toContain('EXPORT-ACCESS-1');
        const imported = await cli(['import', '--org', dst.orgId], env, full.stdout);
        expect(imported.code, imported.stderr).toBe(0);
        expect(JSON.parse(imported.stdout)).toMatchObject({ contracts: 1, events: 1, links: 1 });
        const twice = await cli(['import', '--org', dst.orgId], env, full.stdout);
        expect(JSON.parse(twice.stdout)).toMatchObject({ contracts: 0, events: 0, links: 0, skipped: 3 });
        const summary = await server.get('/v1/summary', dst.token);
        const body = (await summary.json()) as { contracts: { remaining: number }[] };
        expect(body.contracts).toHaveLength(1);
        expect(body.contracts[0]?.remaining).toBe(18);
        const copy = await server.get(`/v1/contracts/${contract.id}`, dst.token);
        expect(((await copy.json()) as { accessId: string }).accessId).toBe('EXPORT-ACCESS-1');
      } finally {
        await server.db.close();
      }
    } finally {
      await db.drop();
    }
  });
});

describe('real processes: CLI output, configuration, shutdown (SQLite)', () => {
  it(
    'the CLI process with init --json prints exactly one JSON line on stdout',
    () => {
      const r = runCli(['init', '--org', 'Fabrikam', '--owner', 'Ana', '--json'], {
        DATABASE_URL: `file:${join(dir, 'cli.sqlite')}`,
      });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(Object.keys(JSON.parse(lines[0] ?? '')).sort()).toEqual(['memberId', 'orgId', 'token']);
    },
    SLOW,
  );

  it(
    'invalid configuration stops start-up with a one-line explanation',
    () => {
      for (const env of [{ PORT: 'abc' }, { DATABASE_URL: 'mysql://x/y' }]) {
        const r = spawnSync(process.execPath, entry('server'), {
          cwd: API_DIR,
          env: { ...process.env, DATABASE_URL: join(dir, 'never.sqlite'), ...env },
          encoding: 'utf8',
          timeout: SLOW,
        });
        expect(r.status).toBe(1);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain('invalid configuration');
        expect(r.stdout).toBe('');
      }
    },
    SLOW,
  );

  it(
    'SIGTERM drains in-flight requests, closes the database and exits 0',
    async () => {
      const file = join(dir, 'drain.sqlite');
      const s = await startServer({ DATABASE_URL: file });
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
      const check = new SQLite(file, { readonly: true });
      try {
        const ids = (check.prepare('select id from events').all() as { id: string }[]).map((r) => r.id);
        for (const id of acked) expect(ids).toContain(id);
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        check.close();
      }
    },
    SLOW,
  );
});
