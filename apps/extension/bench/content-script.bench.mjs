#!/usr/bin/env node
/**
 * Content-script cost bench (not a timed test). Real Chromium (playwright-core), the built
 * extension loaded, a portal page of ~5,000 nodes served on https://portal.azure.com (the
 * Support plans view, so every Azure feature runs: fill watcher, error flagger, help panel)
 * mutating every frame. The same page and workload run without the extension; the ratio of
 * main-thread task time (CDP Performance.getMetrics TaskDuration) is the content script's cost.
 *
 *   npm run build -w @supportlink/extension && node apps/extension/bench/content-script.bench.mjs
 *
 * Options: --frames N (default 600), --runs N (default 3), --chromium PATH.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..', '.output', 'chrome-mv3');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const FRAMES = Number(arg('frames', '600'));
const RUNS = Number(arg('runs', '5'));
const CHROMIUM = arg('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const URL = 'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans';

/** ~5,000 nodes: a portal shell, a blade with a grid of 480 rows × 5 cells, message bars, inputs. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Azure portal</title></head>
<body><div class="fxs-portal"><header class="fxs-topbar"><div class="fxs-avatarmenu-username">bench@contoso.com</div></header>
<section class="fxs-blade"><h2 class="fxs-blade-title-titleText">Support plans</h2><div class="fxs-blade-content" id="content"></div></section></div>
<script>
  const content = document.getElementById('content');
  const words = ['Subscription', 'Plan', 'Active', 'Developer', 'Standard', 'Professional Direct', 'Resource group', 'West Europe'];
  const grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  for (let r = 0; r < 480; r++) {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.className = 'fxc-gc-row';
    for (let c = 0; c < 5; c++) {
      const cell = document.createElement('div');
      cell.setAttribute('role', 'gridcell');
      const span = document.createElement('span');
      span.textContent = words[(r + c) % words.length] + ' ' + r;
      cell.append(span);
      row.append(cell);
    }
    grid.append(row);
  }
  content.append(grid);
  for (let i = 0; i < 20; i++) {
    const bar = document.createElement('div');
    bar.className = 'fxs-messagebox';
    bar.innerHTML = '<span>Notification ' + i + ': deployment succeeded.</span> <a href="#">Details</a>';
    content.append(bar);
  }
  for (let i = 0; i < 10; i++) {
    const label = document.createElement('label');
    label.innerHTML = 'Filter ' + i + ' <input class="azc-input azc-formControl">';
    content.append(label);
  }
  window.__nodes = document.getElementsByTagName('*').length;
  const rows = Array.from(grid.children);
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  /** One frame of churn: text edits, class toggles, rows replaced, a toast added and removed. */
  window.__churn = () => {
    for (let i = 0; i < 60; i++) {
      rows[rnd(rows.length)].children[rnd(5)].firstChild.textContent = words[rnd(words.length)] + ' ' + rnd(1000);
    }
    for (let i = 0; i < 20; i++) rows[rnd(rows.length)].classList.toggle('fxs-selected');
    for (let i = 0; i < 5; i++) {
      const at = rnd(rows.length);
      const fresh = rows[at].cloneNode(true);
      rows[at].replaceWith(fresh);
      rows[at] = fresh;
    }
    const toast = document.createElement('div');
    toast.className = 'fxs-notification';
    toast.textContent = 'Saved at ' + performance.now().toFixed(0);
    document.body.append(toast);
    if (document.body.children.length > 12) document.body.children[1].remove();
  };
  window.__run = (frames) => new Promise((resolve) => {
    let left = frames;
    const step = () => { window.__churn(); if (--left > 0) requestAnimationFrame(step); else setTimeout(resolve, 300); };
    requestAnimationFrame(step);
  });
</script></body></html>`;

const baseArgs = [
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
];
if (process.getuid?.() === 0) baseArgs.push('--no-sandbox');

async function route(context) {
  await context.route('https://portal.azure.com/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: PAGE }),
  );
  await context.route(/^(?!https:\/\/portal\.azure\.com\/)https?:\/\/.*/, (r) => r.abort());
}

async function measure(page, withExtension) {
  await page.goto(URL);
  if (withExtension) {
    // The help panel on Support plans proves the content script is running.
    await page.waitForSelector('[data-supportlink="azure-support-plans-help"]', { timeout: 20_000 });
  }
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  // Sampling profiler in both runs (same overhead): attributes JS time to the extension's scripts.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const before = await metric();
  const started = Date.now();
  await page.evaluate((frames) => window.__run(frames), FRAMES);
  const wall = Date.now() - started;
  const after = await metric();
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = await page.evaluate(() => window.__nodes);
  return {
    task: (after.task - before.task) * 1000,
    script: (after.script - before.script) * 1000,
    extensionJs: extensionSelfTime(profile),
    wall,
    nodes,
  };
}

/** Self time (ms) of samples whose function lives in a chrome-extension:// script. */
function extensionSelfTime(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (byId.get(id)?.callFrame.url.startsWith('chrome-extension://')) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

async function runWithout() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: baseArgs });
  const context = await browser.newContext();
  await route(context);
  const page = await context.newPage();
  try {
    return await measure(page, false);
  } finally {
    await browser.close();
  }
}

async function runWith() {
  const profile = mkdtempSync(join(tmpdir(), 'supportlink-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...baseArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    await route(context);
    const page = await context.newPage();
    return await measure(page, true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(`No build at ${extensionDir}: run \`npm run build -w @supportlink/extension\` first.`);
    process.exit(1);
  }
  const without = [];
  const withExt = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await runWithout());
    withExt.push(await runWith());
  }
  const a = median(without.map((r) => r.task));
  const b = median(withExt.map((r) => r.task));
  const sa = median(without.map((r) => r.script));
  const sb = median(withExt.map((r) => r.script));
  const ext = median(withExt.map((r) => r.extensionJs));
  const nodes = withExt[0].nodes;
  console.log(
    `page: ${nodes} elements, ${FRAMES} frames of mutations (~86 changes per frame), ${RUNS} runs each (median)`,
  );
  console.log(
    `main-thread task time   without: ${a.toFixed(0)} ms   with: ${b.toFixed(0)} ms   ratio: ${(b / a).toFixed(2)}`,
  );
  console.log(
    `script time             without: ${sa.toFixed(0)} ms   with: ${sb.toFixed(0)} ms   ratio: ${(sb / sa).toFixed(2)}`,
  );
  console.log(
    `content-script JS (profiled self time): ${ext.toFixed(0)} ms = ${(ext / FRAMES).toFixed(3)} ms per frame`,
  );
  console.log(
    `runs (task ms) without: ${without.map((r) => r.task.toFixed(0)).join(', ')}; with: ${withExt.map((r) => r.task.toFixed(0)).join(', ')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
