/**
 * Dashboard first render: 50 contracts and 10,000 ledger events in the real API (SQLite, the
 * built server), the built dashboard in real Chromium with the session's token already in the tab.
 * Measures, per fresh page, the time from navigation start to the first contract row in the DOM,
 * and in the same run, from the same page, the /healthz round trip; reports medians and the ratio.
 *
 *   npm run bench:dashboard -w @supportlink/e2e        (or: cd test && npx tsx bench/dashboard-first-render.ts)
 *
 * Needs the API and dashboard built (`npx turbo run build --filter=@supportlink/api`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OfferId, rulesetForDate, rulesets } from '@supportlink/rules';
import { type Browser, chromium } from 'playwright-core';
import { startApi } from '../harness/api.js';
import { chromePath } from '../harness/chromium.js';
import { apiDir } from '../harness/paths.js';

const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 50);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const HEALTHZ_PER_PAGE = 5;
const DAY = 86_400_000;

const day = (now: number, d: number) => new Date(now + d * DAY).toISOString().slice(0, 10);

/** The import file: contracts with various terms and allotments, events spread over each term. */
function importFile(now: number) {
  const contracts = [];
  const events = [];
  const links = [];
  for (let i = 0; i < CONTRACTS; i++) {
    const start = -300 + (i % 10) * 20;
    const startDate = day(now, start);
    const ruleset = rulesetForDate(startDate);
    const offer = Object.keys(rulesets[ruleset].offers)[0] as OfferId;
    contracts.push({
      id: `bench-c${i}`,
      ruleset,
      offer,
      benefit: i % 2 ? 'on-premises' : 'cloud',
      competency: null,
      label: `Contract ${String(i).padStart(2, '0')}`,
      accessId: `BENCH-ACCESS-${i}`,
      contractId: `BENCH-CONTRACT-${i}`,
      startDate,
      endDate: day(now, start + 365),
      allotmentOverride: i % 7 === 0 ? 'unlimited' : 400,
    });
    links.push({
      contractId: `bench-c${i}`,
      portal: 'azure',
      account: `user${i}@bench.example`,
      linkedAt: new Date(now - DAY).toISOString(),
    });
  }
  for (let j = 0; j < EVENTS; j++) {
    const c = j % CONTRACTS;
    const start = -300 + (c % 10) * 20;
    const at = new Date(
      now + (start + 1 + ((j * 7) % Math.max(1, -start - 1))) * DAY + (j % 1000),
    ).toISOString();
    const kind = j % 20;
    events.push(
      kind === 0
        ? { id: `bench-e${j}`, contractId: `bench-c${c}`, type: 'refunded', at, count: 1 }
        : kind === 1
          ? {
              id: `bench-e${j}`,
              contractId: `bench-c${c}`,
              type: 'observed',
              at,
              remaining: 300,
              portal: 'serviceshub',
            }
          : { id: `bench-e${j}`, contractId: `bench-c${c}`, type: 'opened', at, count: 1 },
    );
  }
  return { format: 'supportlink-export', version: 1, contracts, events, links };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;

async function measure(browser: Browser, origin: string, token: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(
    ({ token }) => {
      sessionStorage.setItem('supportlink.dashboard.token', token);
      const w = window as unknown as { __firstRow?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="contract-row"]')) {
          w.__firstRow = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    },
    { token },
  );
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator('[data-testid="contract-row"]').first().waitFor({ timeout: 60_000 });
  const { firstRow, summaryStart, summaryEnd } = await page.evaluate(() => {
    const summary = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/v1/summary')) as
      | PerformanceResourceTiming
      | undefined;
    return {
      firstRow: (window as unknown as { __firstRow: number }).__firstRow,
      summaryStart: summary?.startTime ?? Number.NaN,
      summaryEnd: summary?.responseEnd ?? Number.NaN,
    };
  });
  const rows = await page.locator('[data-testid="contract-row"]').count();
  const healthz = await page.evaluate(async (n) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const r = await fetch('/healthz', { cache: 'no-store' });
      await r.text();
      out.push(performance.now() - t);
    }
    return out;
  }, HEALTHZ_PER_PAGE);
  await context.close();
  return { firstRow, summaryStart, summaryEnd, rows, healthz };
}

async function main() {
  const api = await startApi({ env: { ALERTS_TICK_SECONDS: '0' } });
  const dir = mkdtempSync(join(tmpdir(), 'supportlink-bench-dash-'));
  let browser: Browser | null = null;
  try {
    const owner = api.init('Bench Partners', 'Bench Owner');
    const file = join(dir, 'import.json');
    writeFileSync(file, JSON.stringify(importFile(Date.now())));
    const seeded = spawnSync(
      process.execPath,
      [join(apiDir, 'dist/cli.js'), 'import', '--org', owner.orgId, '--file', file],
      { cwd: apiDir, env: { ...process.env, DATABASE_URL: api.dbPath, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
    );
    if (seeded.status !== 0) throw new Error(`cli import failed: ${seeded.stderr}`);
    const summary = await api.json<{ contracts: unknown[] }>(owner.token, '/v1/summary');
    if (summary.contracts.length !== CONTRACTS)
      throw new Error(`seeded ${summary.contracts.length} contracts`);

    const args = ['--disable-gpu', '--no-first-run', '--disable-background-networking'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    browser = await chromium.launch({ executablePath: chromePath(), headless: true, args });
    const firstRows: number[] = [];
    const untilSummary: number[] = [];
    const summaryTrip: number[] = [];
    const render: number[] = [];
    const healthz: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const m = await measure(browser, api.origin, owner.token);
      if (m.rows !== CONTRACTS) throw new Error(`rendered ${m.rows} rows, expected ${CONTRACTS}`);
      if (i < WARMUP) continue;
      firstRows.push(m.firstRow);
      untilSummary.push(m.summaryStart);
      summaryTrip.push(m.summaryEnd - m.summaryStart);
      render.push(m.firstRow - m.summaryEnd);
      healthz.push(...m.healthz);
    }
    const f = median(firstRows);
    const h = median(healthz);
    const [l1, l5] = loadavg();
    const lines = [
      `| measure (${CONTRACTS} contracts, ${EVENTS} events; ${RUNS} fresh pages after ${WARMUP} warm-up) | median | p90 |`,
      '| --- | --- | --- |',
      `| navigation → first contract row | ${f.toFixed(0)} ms | ${pct(firstRows, 0.9).toFixed(0)} ms |`,
      `| of which: navigation → /v1/summary requested (page, script, /v1/me) | ${median(untilSummary).toFixed(0)} ms | ${pct(untilSummary, 0.9).toFixed(0)} ms |`,
      `| of which: /v1/summary round trip (forecasts of ${CONTRACTS} contracts from ${EVENTS} events) | ${median(summaryTrip).toFixed(0)} ms | ${pct(summaryTrip, 0.9).toFixed(0)} ms |`,
      `| of which: summary received → first row in the DOM | ${median(render).toFixed(0)} ms | ${pct(render, 0.9).toFixed(0)} ms |`,
      `| /healthz round trip from the same pages (${healthz.length}) | ${h.toFixed(1)} ms | ${pct(healthz, 0.9).toFixed(1)} ms |`,
      `| ratio first row / healthz | ${(f / h).toFixed(0)}× | |`,
      '',
      `Command: \`npm run bench:dashboard -w @supportlink/e2e\`; ${new Date().toISOString()}; ` +
        `load average ${l1?.toFixed(2)} / ${l5?.toFixed(2)} (1/5 min) on ${cpus().length} cores; Chromium ${browser.version()}.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await browser?.close();
    await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
