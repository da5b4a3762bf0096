/**
 * Loopback-only benchmark of the API as users run it: the built server (dist/server.js) on a fresh
 * SQLite file with synchronous=FULL, driven by autocannon. Bounded: a few seconds per scenario.
 *   npm run bench -w @supportlink/api   (BENCH_SECONDS=8 BENCH_CONNECTIONS=16 BENCH_APPEND_CONNECTIONS=64 BENCH_ROUNDS=2)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { seed } from './seed.js';

const here = dirname(fileURLToPath(import.meta.url));
const apiDir = join(here, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
// Appends model many extension clients writing at once; group commit shares each fsync among them.
const appendConnections = Number(process.env.BENCH_APPEND_CONNECTIONS ?? 64);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
}

interface Server {
  base: string;
  /** Stops with SIGTERM; returns the group-commit counters the server logs on shutdown. */
  stop(): Promise<{ writes: number; commits: number } | null>;
}

async function startServer(file: string): Promise<Server> {
  const server = join(apiDir, 'dist', 'server.js');
  if (!existsSync(server))
    throw new Error('dist/server.js missing: run `npm run build -w @supportlink/api` first');
  const child = spawn(process.execPath, [server], {
    env: {
      ...process.env,
      DATABASE_URL: file,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RATE_LIMIT_WRITES_PER_MINUTE: '10000000',
      // The alert loop evaluates every organisation (100k events) every few seconds; it would land in
      // whichever scenario runs then. It has its own benchmark (bench/alerts.ts).
      ALERTS_TICK_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(d.toString());
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return {
    base,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => {
          const line = stderr.split('\n').find((l) => l.includes('"msg":"stopped"'));
          resolve(line ? (JSON.parse(line) as { writes: number; commits: number }) : null);
        });
        child.kill('SIGTERM');
      }),
  };
}

async function measure(name: string, opts: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections, duration: seconds, ...opts });
  const row = {
    name,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    non2xx: result.non2xx + result.errors,
  };
  process.stderr.write(`${name}: ${row.reqPerSec} req/s, p99 ${row.p99} ms, non-2xx ${row.non2xx}\n`);
  return row;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'slk-bench-'));
  const file = join(dir, 'bench.sqlite');
  try {
    process.stderr.write('seeding (100k events)…\n');
    const orgs = await seed(file);
    const server = await startServer(file);
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const headOf = async (token: string) => {
      const r = await fetch(`${server.base}/v1/sync?limit=1`, { headers: auth(token) });
      const snap = (await r.json()) as { cursor: string; hasMore: boolean };
      // A snapshot page's cursor is not the head when there is more; walk a delta to the end.
      let cursor = snap.cursor;
      for (let more = snap.hasMore; more; ) {
        const p = (await (
          await fetch(`${server.base}/v1/sync?since=${cursor}&limit=1000`, { headers: auth(token) })
        ).json()) as {
          cursor: string;
          hasMore: boolean;
        };
        cursor = p.cursor;
        more = p.hasMore;
      }
      return cursor;
    };
    const smallHead = await headOf(orgs.small.token);
    const largeHead = await headOf(orgs.large.token);

    // Warm-up so JIT and caches are in the same state for every scenario.
    await autocannon({ url: `${server.base}/healthz`, connections, duration: 2 });

    const loadBefore = loadavg()[0] ?? 0;
    let n = 0;
    const contract = orgs.appends.contractIds[0];
    const scenarios: [string, autocannon.Options][] = [
      ['(a) GET /healthz (trivial route, ceiling)', { url: `${server.base}/healthz` }],
      [
        '(b) GET /v1/sync, no changes (org with 10 events)',
        { url: `${server.base}/v1/sync?since=${smallHead}`, headers: auth(orgs.small.token) },
      ],
      [
        '(b′) GET /v1/sync, no changes (org with 100,000 events)',
        { url: `${server.base}/v1/sync?since=${largeHead}`, headers: auth(orgs.large.token) },
      ],
      [
        '(c) GET /v1/summary (20 contracts, 60 events)',
        { url: `${server.base}/v1/summary`, headers: auth(orgs.twenty.token) },
      ],
      [
        `(d) POST /v1/contracts/:id/events (append, synchronous=FULL, ${appendConnections} connections)`,
        {
          url: server.base,
          connections: appendConnections,
          requests: [
            {
              method: 'POST',
              path: `/v1/contracts/${contract}/events`,
              headers: { ...auth(orgs.appends.token), 'content-type': 'application/json' },
              setupRequest: (req) => ({
                ...req,
                body: JSON.stringify({
                  id: `bench-${process.pid}-${++n}`,
                  type: 'opened',
                  at: new Date().toISOString(),
                }),
              }),
            },
          ],
        },
      ],
    ];
    // Rounds interleave the scenarios; each keeps its best round, which filters out moments when
    // other work on the machine took the CPU.
    const best = new Map<string, Row>();
    for (let round = 0; round < rounds; round++) {
      for (const [name, opts] of scenarios) {
        const row = await measure(name, opts);
        const prev = best.get(name);
        if (!prev || row.reqPerSec > prev.reqPerSec) best.set(name, row);
      }
    }
    const rows = scenarios.map(([name]) => best.get(name) as Row);
    const stats = await server.stop();
    const loadAfter = loadavg()[0] ?? 0;

    const [a, b, b2, c, d] = rows as [Row, Row, Row, Row, Row];
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const ratios = {
      syncVsTrivial: b.reqPerSec / a.reqPerSec,
      summaryVsTrivial: c.reqPerSec / a.reqPerSec,
      emptyDelta100kVs10: b2.mean / b.mean,
      appendsPerSec: d.reqPerSec,
    };
    const table = [
      `Run ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${connections} connections × ${seconds} s per scenario, best of ${rounds} interleaved rounds · load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
      '',
      '| scenario | req/s | p50 ms | p99 ms | non-2xx |',
      '|---|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.name} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.non2xx} |`),
      '',
      `- (b) / (a): **${pct(ratios.syncVsTrivial)}** (goal ≥ 50%)`,
      `- (c) / (a): **${pct(ratios.summaryVsTrivial)}**`,
      `- (d) appends: **${d.reqPerSec}/s** with synchronous=FULL (goal ≥ 1,500/s)${
        stats
          ? `; group commit: ${stats.writes} writes in ${stats.commits} commits (${(stats.writes / Math.max(1, stats.commits)).toFixed(1)} per fsync)`
          : ''
      }`,
      `- empty-delta cost, org with 100k events / org with 10 events (mean latency): **${ratios.emptyDelta100kVs10.toFixed(2)}** (goal ≤ 1.5)`,
    ].join('\n');
    const resultsFile = join(here, 'last-results.md');
    writeFileSync(resultsFile, `${table}\n`);
    // The repository's formatter also formats Markdown; keep the file as it would write it.
    spawnSync('npx', ['biome', 'format', '--write', resultsFile], { stdio: 'ignore' });
    process.stdout.write(`${table}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
