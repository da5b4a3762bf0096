/**
 * CPU cost per operation, in-process (app.request, no sockets), on a fresh SQLite file. Less
 * sensitive to a busy machine than the throughput benchmark, since it counts this process's CPU
 * time rather than wall time.   npx tsx bench/cpu.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { testConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { writeStats } from '../src/db/write.js';
import { seed } from './seed.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-cpu-'));
try {
  const file = join(dir, 'cpu.sqlite');
  const orgs = await seed(file, 1000);
  const db = connect({ kind: 'sqlite', path: file });
  const app = createApp({ db, clock: systemClock, config: testConfig() });
  const appendHeaders = { authorization: `Bearer ${orgs.appends.token}`, 'content-type': 'application/json' };
  const appendPath = `/v1/contracts/${orgs.appends.contractIds[0]}/events`;
  const readHeaders = { authorization: `Bearer ${orgs.twenty.token}` };
  const head = (await (await app.request('/v1/sync?limit=1000', { headers: readHeaders })).json()) as {
    cursor: string;
  };
  const text = async (res: Response | Promise<Response>) => (await res).text();
  let n = 0;
  const ops: [string, () => Promise<unknown>, number, number][] = [
    ['GET /healthz', () => text(app.request('/healthz')), 8, 4000],
    [
      'GET /v1/sync (empty delta)',
      () => text(app.request(`/v1/sync?since=${head.cursor}`, { headers: readHeaders })),
      8,
      4000,
    ],
    [
      'GET /v1/summary (20 contracts)',
      () => text(app.request('/v1/summary', { headers: readHeaders })),
      8,
      2000,
    ],
    [
      'POST events (64 concurrent)',
      async () => {
        const r = await app.request(appendPath, {
          method: 'POST',
          headers: appendHeaders,
          body: JSON.stringify({ id: `cpu-${++n}`, type: 'opened', at: new Date().toISOString() }),
        });
        if (r.status !== 201) throw new Error(`append answered ${r.status}`);
      },
      64,
      6400,
    ],
  ];
  const lines = ['| operation | CPU µs/op | ops/s (wall, in-process) |', '|---|---:|---:|'];
  for (const [label, op, concurrency, total] of ops) {
    for (let i = 0; i < 200; i++) await op();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = 0; i < total / concurrency; i++) await op();
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    const wall = (performance.now() - t0) / 1000;
    lines.push(`| ${label} | ${Math.round((cpu.user + cpu.system) / total)} | ${Math.round(total / wall)} |`);
  }
  lines.push('', `group commit: ${writeStats.writes} writes in ${writeStats.commits} commits`);
  process.stdout.write(`${lines.join('\n')}\n`);
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
